// Pieces of the JSONPath parser that read literal text: slice bounds (`[1:3]`), quoted strings
// (strconv.Unquote plus single quotes) and Go's %#U rune notation for error messages.
import { JsonPathSyntaxError, type SliceParam } from './parse.js';

export function sliceParams(parts: readonly (string | undefined)[]): [SliceParam, SliceParam, SliceParam] {
  const out: SliceParam[] = [];
  for (let i = 0; i < 3; i++) {
    let v = parts[i] ?? '';
    if (v !== '') {
      if (i > 0) v = v.slice(1);
      out.push(i > 0 && v === '' ? { value: 0, known: false } : { value: Number(v), known: true });
    } else if (i === 1) {
      out.push({ value: out[0].value + 1, known: true, derived: true });
    } else {
      out.push({ value: 0, known: false });
    }
  }
  return out as [SliceParam, SliceParam, SliceParam];
}

/** Go's `%#U` for one rune, e.g. `U+0021 '!'`. */
export function goRuneU(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`;
}

const ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** `UnquoteExtend`: strconv.Unquote that also accepts single-quoted strings. */
export function unquoteExtend(s: string): string {
  const quote = s[0];
  if (s.length < 2 || s[s.length - 1] !== quote) throw new JsonPathSyntaxError(`unquote string ${s} error invalid syntax`);
  const body = s.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === quote) throw new JsonPathSyntaxError(`unquote string ${s} error invalid syntax`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e in ESCAPES && (e !== "'" || quote === "'") && (e !== '"' || quote === '"')) {
      out += ESCAPES[e];
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new JsonPathSyntaxError(`unquote string ${s} error invalid syntax`);
      out += String.fromCodePoint(parseInt(hex, 16));
      i += n;
    } else {
      throw new JsonPathSyntaxError(`unquote string ${s} error invalid syntax`);
    }
  }
  return out;
}

