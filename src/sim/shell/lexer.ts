// Reads words of POSIX shell text: quotes, backslashes, `$VAR`, `${VAR...}`, `$(...)`, `$((...))`,
// backticks and `~`. The tokenizer (tokenize.ts) splits a script into these words and operators.

import type { ParamOp, Word, WordPart } from './ast.js';

export const META = ' \t\n;&|()<>';
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPECIAL = /^[?#$!@*\-0-9]/;
const OPS: readonly ParamOp[] = [':-', ':=', ':+', ':?', '-', '=', '+', '?', '%%', '%', '##', '#'];

/** Thrown inside the lexer for an unterminated construct; the tokenizer turns it into a SyntaxError. */
export class Unterminated extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

export class Lexer {
  i = 0;
  line = 1;
  constructor(readonly src: string) {}

  /** One word from the current position; `stopAtMeta` false reads to the end (for `${x:-a b}`). */
  readWord(stopAtMeta = true): Word {
    const parts: WordPart[] = [];
    const lit = (v: string, q: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.k === 'lit' && last.q === q) parts[parts.length - 1] = { k: 'lit', v: last.v + v, q };
      else if (v !== '') parts.push({ k: 'lit', v, q });
    };
    const start = this.i;
    const s = this.src;
    while (this.i < s.length) {
      const c = s[this.i];
      if (stopAtMeta && META.includes(c)) break;
      if (c === '\\') {
        if (s[this.i + 1] === '\n') {
          this.i += 2;
          this.line++;
        } else {
          lit(s[this.i + 1] ?? '', true);
          this.i += 2;
        }
      } else if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        if (end < 0) throw new Unterminated("'");
        const body = s.slice(this.i + 1, end);
        this.line += body.split('\n').length - 1;
        parts.push({ k: 'lit', v: body, q: true });
        this.i = end + 1;
      } else if (c === '"') {
        this.i++;
        this.readDouble(parts);
      } else if (c === '$') {
        const part = this.readDollar(false);
        if (part.k === 'lit') lit(part.v, part.q);
        else parts.push(part);
      } else if (c === '`') {
        parts.push({ k: 'cmd', src: this.readBacktick(), q: false });
      } else if (c === '~' && this.i === start) {
        const m = /^~([A-Za-z0-9_.-]*)/.exec(s.slice(this.i))!;
        const next = s[this.i + m[0].length];
        if (next === undefined || next === '/' || META.includes(next)) {
          parts.push({ k: 'tilde', user: m[1] });
          this.i += m[0].length;
        } else {
          lit('~', false);
          this.i++;
        }
      } else {
        if (c === '\n') this.line++;
        lit(c, false);
        this.i++;
      }
    }
    return parts.length === 0 && this.i > start ? [{ k: 'lit', v: '', q: true }] : parts;
  }

  /** Text read as inside double quotes; `heredoc`: a here-document body, where `"` is literal. */
  readDouble(parts: WordPart[], heredoc = false): void {
    const s = this.src;
    let buf = '';
    const flush = () => {
      parts.push({ k: 'lit', v: buf, q: true });
      buf = '';
    };
    while (this.i < s.length && (heredoc || s[this.i] !== '"')) {
      const c = s[this.i];
      if (c === '\\' && (heredoc ? '$`\\\n' : '$`"\\\n').includes(s[this.i + 1] ?? '')) {
        if (s[this.i + 1] !== '\n') buf += s[this.i + 1];
        else this.line++;
        this.i += 2;
      } else if (c === '$') {
        const part = this.readDollar(true);
        if (part.k === 'lit') buf += part.v;
        else {
          if (buf) flush();
          parts.push(part);
        }
      } else if (c === '`') {
        if (buf) flush();
        parts.push({ k: 'cmd', src: this.readBacktick(), q: true });
      } else {
        if (c === '\n') this.line++;
        buf += c;
        this.i++;
      }
    }
    if (heredoc) return flush();
    if (this.i >= s.length) throw new Unterminated('"');
    this.i++;
    flush();
  }

  private readDollar(q: boolean): WordPart {
    const s = this.src;
    const rest = s.slice(this.i + 1);
    if (rest.startsWith('((')) {
      const end = this.matching(this.i + 3, '(', ')');
      if (s[end + 1] === ')') {
        const src = s.slice(this.i + 3, end);
        this.i = end + 2;
        return { k: 'arith', src, q };
      }
    }
    if (rest.startsWith('(')) {
      const end = this.matching(this.i + 2, '(', ')');
      const src = s.slice(this.i + 2, end);
      this.i = end + 1;
      return { k: 'cmd', src, q };
    }
    if (rest.startsWith('{')) {
      const end = this.matching(this.i + 2, '{', '}');
      const inner = s.slice(this.i + 2, end);
      this.i = end + 1;
      return braced(inner, q);
    }
    if (rest.startsWith("'") && !q) {
      const end = s.indexOf("'", this.i + 2);
      if (end < 0) throw new Unterminated("'");
      const body = s.slice(this.i + 2, end);
      this.i = end + 1;
      return { k: 'lit', v: ansiC(body), q: true };
    }
    const name = NAME.exec(rest)?.[0] ?? SPECIAL.exec(rest)?.[0];
    if (!name) {
      this.i++;
      return { k: 'lit', v: '$', q };
    }
    this.i += 1 + name.length;
    return { k: 'param', name, q };
  }

  private readBacktick(): string {
    const end = this.src.indexOf('`', this.i + 1);
    if (end < 0) throw new Unterminated('`');
    const body = this.src.slice(this.i + 1, end).replace(/\\([`$\\])/g, '$1');
    this.i = end + 1;
    return body;
  }

  /** Index of the bracket closing one opened just before `from`, skipping quotes. */
  private matching(from: number, open: string, close: string): number {
    const s = this.src;
    let depth = 1;
    for (let j = from; j < s.length; j++) {
      const c = s[j];
      if (c === '\\') j++;
      else if (c === "'") {
        const e = s.indexOf("'", j + 1);
        if (e < 0) break;
        j = e;
      } else if (c === '"') {
        for (j++; j < s.length && s[j] !== '"'; j++) if (s[j] === '\\') j++;
      } else if (c === open) depth++;
      else if (c === close && --depth === 0) {
        this.line += s.slice(from, j).split('\n').length - 1;
        return j;
      }
    }
    throw new Unterminated(open === '{' ? '}' : ')');
  }
}

/** `${...}` contents: `#name`, `name`, or `name` followed by an operator and a word. */
function braced(inner: string, q: boolean): WordPart {
  if (inner.length > 1 && inner.startsWith('#')) {
    const name = inner.slice(1);
    if (NAME.test(name) || SPECIAL.test(name)) return { k: 'param', name, q, op: 'len' };
  }
  const name = NAME.exec(inner)?.[0] ?? SPECIAL.exec(inner)?.[0] ?? '';
  const rest = inner.slice(name.length);
  if (rest === '') return { k: 'param', name, q };
  const op = OPS.find((o) => rest.startsWith(o));
  if (!op) return { k: 'param', name: inner, q };
  const arg = new Lexer(rest.slice(op.length)).readWord(false).map((p) => (q && p.k !== 'tilde' ? { ...p, q: true } : p));
  return { k: 'param', name, q, op, arg };
}

/** `$'...'` escapes (bash and busybox ash). */
function ansiC(body: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', e: '\x1b', a: '\x07', '0': '\0' };
  return body.replace(/\\(.)/g, (_, c: string) => map[c] ?? '\\' + c);
}

/** A here-document body as a word: expansions happen as inside double quotes. */
export function heredocWord(body: string): Word {
  const parts: WordPart[] = [];
  new Lexer(body).readDouble(parts, true);
  return parts;
}
