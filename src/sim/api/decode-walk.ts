// Decodes one manifest tree against a schema the way the API server's strict JSON decoder does
// (sigs.k8s.io/json UnmarshalStrict over encoding/json): case-sensitive field names, the first
// wrong JSON type wins, unknown fields are collected, zero values of omitempty fields vanish.
//
// Note: kubectl turns YAML into a Go map and marshals it again, so the server reads every
// object's keys in sorted order; errors are found (and listed) in that order here too.
import { assertNever } from '../../util/assert-never.js';
import { readQuantity } from './quantity-adapter.js';
import { goTypeName, type FieldType, type ScalarType, type StructType } from './schema-types.js';
import { base64Error } from './base64.js';

/** What went wrong while decoding, with the exact field path for pointing at the line. */
export interface DecodeProblem {
  /** `spec.containers[0].ports[0].containerPort` (with indices). */
  readonly path: string;
  /** The decoder's own text, e.g. `json: cannot unmarshal string into Go struct field ...`. */
  readonly message: string;
}

/** The outcome of a walk: the cleaned tree, or the problems in the order the server finds them. */
export interface WalkResult {
  readonly value: unknown;
  /** The error that stopped decoding (a type error, a bad quantity), if any. */
  readonly fatal?: DecodeProblem;
  /** Unknown fields, reported only when nothing is fatal. */
  readonly unknown: readonly string[];
}

interface Context {
  /** Go struct that holds the field being decoded. */
  struct: string;
  /** JSON field names from the root, without indices (encoding/json's error path). */
  goPath: string;
}

interface State {
  saved?: DecodeProblem;
  aborted?: DecodeProblem;
  unknown: string[];
}

/** Walks `raw` (already known to be an object) as an instance of `schema`. */
export function decodeTree(raw: Readonly<Record<string, unknown>>, schema: StructType): WalkResult {
  const state: State = { unknown: [] };
  const value = walkStruct(raw, schema, '', { struct: schema.struct, goPath: '' }, state);
  const fatal = state.aborted ?? state.saved;
  return { value, fatal, unknown: fatal ? [] : state.unknown };
}

function jsonKind(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function typeError(state: State, path: string, ctx: Context, value: string, goType: string): undefined {
  const where = ctx.goPath ? `Go struct field ${ctx.struct}.${ctx.goPath}` : `Go value`;
  state.saved ??= { path, message: `json: cannot unmarshal ${value} into ${where} of type ${goType}` };
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const INT_RANGE = { int32: [-(2 ** 31), 2 ** 31 - 1], int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] } as const;

function walk(v: unknown, t: FieldType, path: string, ctx: Context, state: State): unknown {
  if (state.aborted) return undefined;
  if (v === null || v === undefined) return undefined;
  if ('any' in t) return v;
  if ('scalar' in t) return walkScalar(v, t, path, ctx, state);
  if ('list' in t) {
    if (!Array.isArray(v)) return typeError(state, path, ctx, jsonKind(v), goTypeName(t));
    // Note: a null element decodes to the element type's zero value, as in Go.
    const items = v.map((item, i) => walk(item, t.list, `${path}[${i}]`, ctx, state) ?? zeroOf(t.list));
    return items.length > 0 ? items : undefined;
  }
  if ('map' in t) {
    if (!isPlainObject(v)) return typeError(state, path, ctx, jsonKind(v), t.go);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const item = walk(v[k], t.map, `${path}[${k}]`, ctx, state);
      // Note: a map keeps its entries even when their value is the zero value.
      out[k] = item === undefined ? zeroOf(t.map) : item;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (!isPlainObject(v)) return typeError(state, path, ctx, jsonKind(v), goTypeName(t));
  return walkStruct(v, t, path, ctx, state);
}

function zeroOf(t: FieldType): unknown {
  if ('struct' in t) return {};
  if (!('scalar' in t)) return null;
  switch (t.scalar) {
    case 'string': case 'time': case 'bytes': return '';
    case 'int32': case 'int64': case 'float64': case 'intOrString': return 0;
    case 'bool': return false;
    case 'quantity': return '0';
    default: return assertNever(t.scalar);
  }
}

function walkStruct(v: Readonly<Record<string, unknown>>, t: StructType, path: string, ctx: Context, state: State): unknown {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const fieldPath = path ? `${path}.${k}` : k;
    const fieldType = Object.prototype.hasOwnProperty.call(t.fields, k) ? t.fields[k] : undefined;
    if (!fieldType) {
      state.unknown.push(fieldPath);
      continue;
    }
    const goPath = ctx.goPath ? `${ctx.goPath}.${k}` : k;
    const item = walk(v[k], fieldType, fieldPath, { struct: t.struct, goPath }, state);
    if (item !== undefined) out[k] = item;
  }
  return out;
}

/**
 * The JSON text a Go unmarshaler would be handed for `v`. Nesting too deep to write out (or a
 * cycle, which no parsed document has) is written as its outer brackets only: any such text is
 * refused as a quantity all the same.
 */
function rawJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return Array.isArray(v) ? '[...]' : '{...}';
  }
}

function walkScalar(v: unknown, t: ScalarType, path: string, ctx: Context, state: State): unknown {
  const goType = goTypeName(t);
  switch (t.scalar) {
    case 'string':
    case 'time':
      if (typeof v !== 'string') return typeError(state, path, ctx, jsonKind(v), t.scalar === 'time' ? 'string' : goType);
      return v === '' && !t.keep ? undefined : v;
    case 'bool':
      if (typeof v !== 'boolean') return typeError(state, path, ctx, jsonKind(v), goType);
      return v === false && !t.keep ? undefined : v;
    case 'float64':
      if (typeof v !== 'number') return typeError(state, path, ctx, jsonKind(v), goType);
      return v === 0 && !t.keep ? undefined : v;
    case 'int32':
    case 'int64':
      return walkInteger(v, t.scalar, t.keep === true, goType, path, ctx, state);
    case 'intOrString':
      // Note: IntOrString.UnmarshalJSON decodes a non-string into an int32, and encoding/json
      // then names the enclosing field: "... Go struct field ServicePort.spec.ports.targetPort of type int32".
      if (typeof v === 'string') return v === '' && !t.keep ? undefined : v;
      return walkInteger(v, 'int32', t.keep === true, 'int32', path, ctx, state);
    case 'quantity': {
      const text = typeof v === 'string' || typeof v === 'number' ? v : rawJson(v);
      const r = readQuantity(text);
      if (!r.ok) {
        // Note: Quantity.UnmarshalJSON's error is not a type error: it stops decoding and
        // reaches the user as is ("quantities must match the regular expression ...").
        state.aborted ??= { path, message: r.error };
        return undefined;
      }
      return v;
    }
    case 'bytes': {
      if (typeof v !== 'string') return typeError(state, path, ctx, jsonKind(v), goType);
      const bad = base64Error(v);
      if (bad !== undefined) state.saved ??= { path, message: `illegal base64 data at input byte ${bad}` };
      return v;
    }
    default:
      return assertNever(t.scalar);
  }
}

function walkInteger(
  v: unknown, kind: 'int32' | 'int64', keep: boolean, goType: string, path: string, ctx: Context, state: State,
): unknown {
  if (typeof v !== 'number') return typeError(state, path, ctx, jsonKind(v), goType);
  const [lo, hi] = INT_RANGE[kind];
  if (!Number.isInteger(v) || v < lo || v > hi) {
    return typeError(state, path, ctx, `number ${String(v)}`, goType);
  }
  return v === 0 && !keep ? undefined : v;
}
