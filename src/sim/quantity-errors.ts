// Field errors in the API server's wording (k8s.io/apimachinery/pkg/util/validation/field:
// `field.Invalid(path, value, detail).Error()`).
import { decodeQuantity } from './quantity-parse.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
  '"': '\\"', '\\': '\\\\',
};
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go's `strconv.Quote`, which `%#v` uses to show a string value in a field error. */
export function goQuote(text: string): string {
  let out = '"';
  for (const raw of text) {
    // A lone surrogate cannot come out of a UTF-8 decoder; Go would hold U+FFFD there.
    const ch = raw.length === 1 && raw >= '\ud800' && raw <= '\udfff' ? '\ufffd' : raw;
    const code = ch.codePointAt(0) ?? 0;
    if (ESCAPES[ch] !== undefined) out += ESCAPES[ch];
    else if (PRINTABLE.test(ch)) out += ch;
    else if (code < 0x80) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** `field.Invalid(path, value, detail).Error()`: `path: Invalid value: "v": detail`. */
export function fieldInvalid(fieldPath: string, value: string | number | bigint, detail: string): string {
  const shown = typeof value === 'string' ? goQuote(value) : String(value);
  return `${fieldPath}: Invalid value: ${shown}: ${detail}`;
}

/**
 * The error for a quantity field, or undefined when the value is a valid quantity, e.g.
 * `spec.containers[0].resources.limits[memory]: Invalid value: "1gb": quantities must match
 * the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`. The value is read
 * as the API server decodes it (surrounding whitespace trimmed); the detail is the parser's
 * own error, so `1i` gets "unable to parse quantity's suffix".
 */
export function quantityFieldError(fieldPath: string, raw: string | number | bigint): string | undefined {
  const parsed = decodeQuantity(raw);
  return parsed.ok ? undefined : fieldInvalid(fieldPath, raw, parsed.error);
}
