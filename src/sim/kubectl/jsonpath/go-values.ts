// How Go prints the JSON-shaped values kubectl's JSONPath engine walks: `fmt.Fprint` for a
// scalar result, `json.Marshal` for a map or slice result, `%#v` for the object dump in
// execution errors, and text/template's comparisons for filters.
import { goJsonString } from '../print/json.js';

/** A number literal from the template written with a dot (`FloatNode`); data numbers that are whole are int64. */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** A value the engine walks: JSON data, or a literal from the template. */
export type GoValue = unknown;

const isMap = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);

/** Go's `%v` of a float64 (shortest digits; exponent below 1e-4 or from 1e21). */
export function goFloatV(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mantissa, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 21) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  const digits = mantissa.replace('.', '').replace('-', '');
  const sign = f < 0 ? '-' : '';
  if (exp >= digits.length - 1) return sign + digits + '0'.repeat(exp - digits.length + 1);
  if (exp >= 0) return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : goFloatV(n);
}

/** Compact `json.Marshal` (sorted keys, HTML-safe escaping). */
export function goJsonCompact(v: GoValue): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof GoFloat) return numberText(v.value);
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goJsonCompact).join(',')}]`;
  if (isMap(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
    return `{${keys.map((k) => `${goJsonString(k)}:${goJsonCompact(v[k])}`).join(',')}}`;
  }
  return 'null';
}

/** One result as kubectl's JSONPath printer writes it. */
export function printResult(v: GoValue): string {
  if (Array.isArray(v) || isMap(v)) return goJsonCompact(v);
  if (v === null || v === undefined) return 'null';
  if (v instanceof GoFloat) return goFloatV(v.value);
  if (typeof v === 'number') return numberText(v);
  return String(v);
}

/** Go's `%v` of unstructured content (`map[a:1 b:x]`, `[1 2]`). */
export function goV(v: GoValue): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goV).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goV(v[k])}`).join(' ')}]`;
  return printResult(v);
}

/** Go's strconv.Quote, as `%#v` uses it for strings. */
export function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (cp === 7) out += '\\a';
    else if (cp === 8) out += '\\b';
    else if (cp === 12) out += '\\f';
    else if (cp === 11) out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if ((cp >= 0x80 && cp < 0xa0) || cp === 0xad || cp === 0xfeff) out += cp > 0xff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\u00${cp.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

/** Go's `%#v` of unstructured content (map[string]interface {}, []interface {}, ...). */
export function goSharpV(v: GoValue, top = true): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (v instanceof GoFloat) return goFloatV(v.value);
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSharpV(x, false)).join(', ')}}`;
  if (isMap(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
    return `map[string]interface {}{${keys.map((k) => `${goQuote(k)}:${goSharpV(v[k], false)}`).join(', ')}}`;
  }
  return top ? '<nil>' : 'interface {}(nil)';
}

type Kind = 'bool' | 'int' | 'float' | 'string';

function kindOf(v: GoValue): Kind | undefined {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (v instanceof GoFloat) return 'float';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return undefined;
}

const numeric = (v: GoValue): number => (v instanceof GoFloat ? v.value : (v as number));

/** A filter comparison that text/template refuses (`errBadComparisonType`, `errBadComparison`). */
export class GoCompareError extends Error {}

/** text/template's eq/ne/lt/le/gt/ge over two basic values. */
export function goCompare(op: string, a: GoValue, b: GoValue): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (!ka || !kb) throw new GoCompareError('invalid type for comparison');
  if (ka !== kb) throw new GoCompareError('incompatible types for comparison');
  if (op === '==') return ka === 'string' || ka === 'bool' ? a === b : numeric(a) === numeric(b);
  if (op === '!=') return !goCompare('==', a, b);
  if (ka === 'bool') throw new GoCompareError('invalid type for comparison');
  const x = ka === 'string' ? (a as string) : numeric(a);
  const y = ka === 'string' ? (b as string) : numeric(b);
  switch (op) {
    case '<': return x < y;
    case '>': return x > y;
    case '<=': return x <= y;
    case '>=': return x >= y;
    default: throw new GoCompareError(`unrecognized filter operator ${op}`);
  }
}
