// A compact description of the Go types behind each manifest field, as data. The decoder walks
// it to find unknown fields (strict decoding), wrong JSON types (worded like encoding/json), and
// to drop zero values the way a Go round trip does (omitempty on non-pointer fields).
import { assertNever } from '../../util/assert-never.js';

/** A leaf kind, named after what the Go field holds. */
export type ScalarKind =
  | 'string' | 'int32' | 'int64' | 'bool' | 'float64'
  /** resource.Quantity: a string or a number, parsed by its own UnmarshalJSON. */
  | 'quantity'
  /** intstr.IntOrString: a string or an int32. */
  | 'intOrString'
  /** metav1.Time: an RFC 3339 string (its format is not checked here). */
  | 'time'
  /** []byte: a base64 string. */
  | 'bytes';

/** A leaf field. */
export interface ScalarType {
  readonly scalar: ScalarKind;
  /** Go type name used in `of type ...` when it is not the plain kind (`v1.RestartPolicy`). */
  readonly go?: string;
  /**
   * True when the zero value survives a round trip: a pointer (`*int64`) or a field without
   * omitempty. Otherwise `0`, `""` and `false` read as "not set", as they do in Go.
   */
  readonly keep?: boolean;
}

/** `[]T`. */
export interface ListType {
  readonly list: FieldType;
  /** Go type name of the element, for messages (`v1.Container`, `string`). */
  readonly go?: string;
}

/** `map[string]T`. */
export interface MapType {
  readonly map: FieldType;
  /** Go type name, e.g. `map[string]string` or `v1.ResourceList`. */
  readonly go: string;
}

/** A Go struct: its JSON field names and their types. */
export interface StructType {
  /** Go type name without package, used in `Go struct field <Name>.path`. */
  readonly struct: string;
  /** Package prefix for `of type`, e.g. `v1`. */
  readonly pkg: string;
  readonly fields: Readonly<Record<string, FieldType>>;
}

/** Anything at all: accepted as written, not checked (rarely used or status-only subtrees). */
export interface AnyType {
  readonly any: true;
}

export type FieldType = ScalarType | ListType | MapType | StructType | AnyType;

/** Builds a string field; `go` names a Go string type such as `v1.Protocol`. */
export const str = (go?: string, keep = false): ScalarType => ({ scalar: 'string', go, keep });
/** A string field whose Go type is a pointer (`*string`): an empty string is kept. */
export const strPtr = (go?: string): ScalarType => ({ scalar: 'string', go, keep: true });
export const int32 = (keep = false): ScalarType => ({ scalar: 'int32', keep });
export const int64 = (keep = false): ScalarType => ({ scalar: 'int64', keep });
export const bool = (keep = false): ScalarType => ({ scalar: 'bool', keep });
export const quantity: ScalarType = { scalar: 'quantity', keep: true };
export const intOrString = (keep = false): ScalarType => ({ scalar: 'intOrString', keep });
export const time: ScalarType = { scalar: 'time' };
export const bytes: ScalarType = { scalar: 'bytes', keep: true };
export const anything: AnyType = { any: true };

export const listOf = (item: FieldType, go?: string): ListType => ({ list: item, go });
export const mapOf = (value: FieldType, go: string): MapType => ({ map: value, go });
export const stringMap: MapType = mapOf(str(undefined, true), 'map[string]string');
export const stringList: ListType = listOf(str(undefined, true), 'string');

/** A struct in package `pkg` (default `v1`, which is also how apps/v1 types print). */
export function struct(name: string, fields: Readonly<Record<string, FieldType>>, pkg = 'v1'): StructType {
  return { struct: name, pkg, fields };
}

/** The Go type name printed after `of type` for a field of this type. */
export function goTypeName(t: FieldType): string {
  if ('scalar' in t) {
    if (t.go) return t.go;
    switch (t.scalar) {
      case 'string': case 'int32': case 'int64': case 'bool': case 'float64': return t.scalar;
      case 'quantity': return 'resource.Quantity';
      case 'intOrString': return 'intstr.IntOrString';
      case 'time': return 'v1.Time';
      case 'bytes': return '[]uint8';
      default: return assertNever(t.scalar);
    }
  }
  if ('list' in t) return `[]${t.go ?? goTypeName(t.list)}`;
  if ('map' in t) return t.go;
  if ('struct' in t) return `${t.pkg}.${t.struct}`;
  return 'interface {}';
}
