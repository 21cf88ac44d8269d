// Field errors worded exactly as apimachinery words them
// (staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go, ErrorBody), plus the
// `field.Path` builders. Values are printed the way Go's fmt prints them there: strings
// quoted with strconv.Quote, numbers and booleans bare, anything else pre-rendered.
import type { FieldError } from './types.js';

/**
 * A bad value as Go would print it: a string is quoted (`"x"`), a number or boolean is bare,
 * `null` prints `null`, and `{ go }` is printed as given (a `%#v` map, a Stringer such as a
 * Quantity, which prints unquoted).
 */
export type GoValue = string | number | boolean | null | { readonly go: string };

/** strconv.Quote: escapes quotes, backslashes and control characters; keeps printable Unicode. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0x80 && code < 0xa0) || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `%#v` of a `map[string]string`: keys sorted, as fmt prints maps. */
export function goStringMap(m: Readonly<Record<string, string>> | undefined): GoValue {
  if (m === undefined) return { go: 'map[string]string(nil)' };
  const body = Object.keys(m).sort().map((k) => `${goQuote(k)}:${goQuote(m[k])}`).join(', ');
  return { go: `map[string]string{${body}}` };
}

function renderValue(value: GoValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.go;
}

/** The message after the path, e.g. `Invalid value: "x": must be ...`. */
function body(type: string, value: GoValue | undefined, detail: string): string {
  const head = value === undefined ? type : `${type}: ${renderValue(value)}`;
  return detail ? `${head}: ${detail}` : head;
}

/** `field.Required`: never shows the value. */
export function required(path: string, detail = ''): FieldError {
  return { path, message: body('Required value', undefined, detail) };
}

/** `field.Invalid`. */
export function invalid(path: string, value: GoValue, detail: string): FieldError {
  return { path, message: body('Invalid value', value, detail) };
}

/** `field.NotSupported`: `supported values: "a", "b"` in the order given. */
export function notSupported(path: string, value: GoValue, valid: readonly string[]): FieldError {
  const detail = valid.length > 0 ? `supported values: ${valid.map(goQuote).join(', ')}` : '';
  return { path, message: body('Unsupported value', value, detail) };
}

/** `field.Duplicate`. */
export function duplicate(path: string, value: GoValue): FieldError {
  return { path, message: body('Duplicate value', value, '') };
}

/** `field.Forbidden`: never shows the value. */
export function forbidden(path: string, detail: string): FieldError {
  return { path, message: body('Forbidden', undefined, detail) };
}

/** `field.NotFound`. */
export function notFound(path: string, value: GoValue): FieldError {
  return { path, message: body('Not found', value, '') };
}

/** `field.TooLong`: `must have at most N bytes`, never shows the value. */
export function tooLong(path: string, maxLength: number): FieldError {
  return { path, message: body('Too long', undefined, `must have at most ${maxLength} bytes`) };
}

/** `fldPath.Child(name)`. */
export function child(path: string, ...names: readonly string[]): string {
  return names.reduce((p, n) => (p ? `${p}.${n}` : n), path);
}

/** `fldPath.Index(i)`. */
export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** `fldPath.Key(k)`: the key is not quoted, e.g. `limits[memory]`. */
export function key(path: string, k: string): string {
  return `${path}[${k}]`;
}

/** One cause line as kubectl prints it: `path: message`. */
export function causeLine(e: FieldError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}
