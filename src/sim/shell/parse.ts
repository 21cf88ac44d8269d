// A recursive-descent parser for the POSIX shell grammar the simulator interprets: lists, and-or
// lists, pipelines, `if`, `while`/`until`, `for`, `case`, `{ }`, `( )`, functions, redirections.

import type { Assign, Node, Redir, SimpleCmd, SyntaxError, Word } from './ast.js';
import { caseClause, forClause, ifClause, loopClause } from './parse-compound.js';
import { type Token, tokenize } from './tokenize.js';

export type ParseResult = { readonly ok: true; readonly node: Node } | { readonly ok: false; readonly error: SyntaxError };

const ENDERS = new Set(['then', 'do', 'done', 'fi', 'elif', 'else', 'esac', '}']);

class Fail {
  constructor(readonly error: SyntaxError) {}
}

export function parseScript(src: string): ParseResult {
  const tokens = tokenize(src);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens };
  const p = new Parser(tokens);
  try {
    const node = p.list(true);
    const t = p.peek();
    if (t.t !== 'eof') p.unexpected(t);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

export class Parser {
  pos = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    return this.tokens[this.pos];
  }
  next(): Token {
    return this.tokens[this.pos++];
  }
  isWord(value: string, t = this.peek()): boolean {
    return t.t === 'word' && t.plain === value;
  }
  isOp(value: string, t = this.peek()): boolean {
    return t.t === 'op' && t.v === value;
  }
  skipNewlines(): void {
    while (this.isOp('\n')) this.pos++;
  }

  unexpected(t: Token, expecting?: string): never {
    if (t.t === 'eof') throw new Fail({ kind: 'eof', expecting, line: t.line });
    const text = t.t === 'op' ? (t.v === '\n' ? 'newline' : t.v) : t.t === 'redir' ? t.op : (t.plain ?? 'word');
    throw new Fail({ kind: 'unexpected', token: text, line: t.line });
  }
  expect(word: string): void {
    if (!this.isWord(word)) this.unexpected(this.peek(), word);
    this.pos++;
  }

  /** A list of and-or lists, up to a closing word or bracket. `top`: the whole script. */
  list(top = false): Node {
    const items: { node: Node; bg: boolean }[] = [];
    this.skipNewlines();
    for (;;) {
      const t = this.peek();
      if (t.t === 'eof' || this.isOp(')') || this.isOp(';;') || (t.t === 'word' && t.plain !== undefined && ENDERS.has(t.plain))) break;
      const node = this.andOr();
      const sep = this.peek();
      const bg = this.isOp('&', sep);
      items.push({ node, bg });
      if (bg || this.isOp(';', sep) || this.isOp('\n', sep)) {
        this.pos++;
        this.skipNewlines();
      } else break;
    }
    if (items.length === 0 && !top) this.unexpected(this.peek());
    return items.length === 1 && !items[0].bg ? items[0].node : { t: 'list', items };
  }

  private andOr(): Node {
    const first = this.pipeline();
    const rest: { op: '&&' | '||'; node: Node }[] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.next() as { v: '&&' | '||' }).v;
      this.skipNewlines();
      rest.push({ op, node: this.pipeline() });
    }
    return rest.length ? { t: 'andor', first, rest } : first;
  }

  private pipeline(): Node {
    const bang = this.isWord('!');
    if (bang) this.pos++;
    const cmds = [this.command()];
    while (this.isOp('|')) {
      this.pos++;
      this.skipNewlines();
      cmds.push(this.command());
    }
    return bang || cmds.length > 1 ? { t: 'pipeline', bang, cmds } : cmds[0];
  }

  private command(): Node {
    const t = this.peek();
    if (this.isOp('(')) {
      this.pos++;
      const body = this.list();
      if (!this.isOp(')')) this.unexpected(this.peek(), ')');
      this.pos++;
      return { t: 'group', body, subshell: true, redirs: this.redirs() };
    }
    if (t.t === 'word' && t.plain !== undefined) {
      switch (t.plain) {
        case 'if': return ifClause(this);
        case 'while': case 'until': return loopClause(this, t.plain === 'until');
        case 'for': return forClause(this);
        case 'case': return caseClause(this);
        case '{': {
          this.pos++;
          const body = this.list();
          this.expect('}');
          return { t: 'group', body, subshell: false, redirs: this.redirs() };
        }
        case 'function': {
          this.pos++;
          const name = this.next();
          if (name.t !== 'word' || !name.plain) this.unexpected(name);
          if (this.isOp('(') && this.isOp(')', this.tokens[this.pos + 1])) this.pos += 2;
          this.skipNewlines();
          return { t: 'func', name: name.plain, body: this.command() };
        }
      }
      if (ENDERS.has(t.plain) || t.plain === '!') this.unexpected(t);
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.plain) && this.isOp('(', this.tokens[this.pos + 1]) && this.isOp(')', this.tokens[this.pos + 2])) {
        this.pos += 3;
        this.skipNewlines();
        return { t: 'func', name: t.plain, body: this.command() };
      }
    }
    return this.simple();
  }

  private simple(): SimpleCmd {
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    for (;;) {
      const t = this.peek();
      if (t.t === 'redir') {
        redirs.push(this.redir());
      } else if (t.t === 'word') {
        this.pos++;
        const a = words.length === 0 ? assignment(t.w) : undefined;
        if (a) assigns.push(a);
        else words.push(t.w);
      } else break;
    }
    if (!assigns.length && !words.length && !redirs.length) this.unexpected(this.peek());
    return { t: 'simple', assigns, words, redirs };
  }

  private redir(): Redir {
    const r = this.next() as Extract<Token, { t: 'redir' }>;
    const target = this.next();
    if (target.t !== 'word') this.unexpected(target);
    return r.heredoc ? { fd: r.fd, op: r.op, target: target.w, heredoc: r.heredoc } : { fd: r.fd, op: r.op, target: target.w };
  }

  redirs(): Redir[] {
    const out: Redir[] = [];
    while (this.peek().t === 'redir') out.push(this.redir());
    return out;
  }
}

/** `NAME=value` at the start of a simple command. */
function assignment(w: Word): Assign | undefined {
  const first = w[0];
  if (!first || first.k !== 'lit' || first.q) return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.v);
  if (!m) return undefined;
  const restFirst = first.v.slice(m[0].length);
  const value: Word = [...(restFirst ? [{ ...first, v: restFirst }] : []), ...w.slice(1)];
  return { name: m[1], value };
}
