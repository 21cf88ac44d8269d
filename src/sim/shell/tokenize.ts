// Splits shell text into words, operators and redirections, reading here-document bodies.

import type { RedirOp, SyntaxError, Word } from './ast.js';
import { Lexer, Unterminated } from './lexer.js';

export type Op = ';' | '&&' | '||' | '|' | '&' | '(' | ')' | ';;' | '\n';

export type Token =
  /** `plain`: the word's text when it has no quotes or expansions (reserved words are plain). */
  | { readonly t: 'word'; readonly w: Word; readonly plain?: string; readonly line: number }
  | { readonly t: 'op'; readonly v: Op; readonly line: number }
  | { readonly t: 'redir'; readonly fd: number; readonly op: RedirOp; readonly line: number; heredoc?: { body: string; expand: boolean } }
  | { readonly t: 'eof'; readonly line: number };

const OPERATORS: readonly string[] = ['&>>', '<<-', '&&', '||', ';;', '&>', '>>', '>|', '<<', '<>', '>&', '<&', '>', '<', '|', '&', ';', '(', ')'];
const REDIRS = new Set(['&>>', '<<-', '&>', '>>', '>|', '<<', '<>', '>&', '<&', '>', '<']);

export function tokenize(src: string): Token[] | SyntaxError {
  const lx = new Lexer(src);
  const out: Token[] = [];
  const pending: { tok: Extract<Token, { t: 'redir' }>; delim: string; quoted: boolean }[] = [];
  let heredocFor: Extract<Token, { t: 'redir' }> | undefined;
  try {
    while (lx.i < src.length) {
      const c = src[lx.i];
      if (c === ' ' || c === '\t' || c === '\r') {
        lx.i++;
      } else if (c === '\\' && src[lx.i + 1] === '\n') {
        lx.i += 2;
        lx.line++;
      } else if (c === '#') {
        while (lx.i < src.length && src[lx.i] !== '\n') lx.i++;
      } else if (c === '\n') {
        out.push({ t: 'op', v: '\n', line: lx.line });
        lx.i++;
        lx.line++;
        for (const p of pending.splice(0)) p.tok.heredoc = readHeredoc(lx, p.delim, p.tok.op === '<<-', !p.quoted);
      } else {
        const io = /^(\d+)(?=[<>])/.exec(src.slice(lx.i));
        const at = lx.i + (io ? io[1].length : 0);
        const op = OPERATORS.find((o) => src.startsWith(o, at));
        if (op && (REDIRS.has(op) || !io)) {
          lx.i = at + op.length;
          if (REDIRS.has(op)) {
            const fd = io ? Number(io[1]) : op.startsWith('<') ? 0 : 1;
            const tok: Extract<Token, { t: 'redir' }> = { t: 'redir', fd, op: op as RedirOp, line: lx.line };
            out.push(tok);
            if (op === '<<' || op === '<<-') heredocFor = tok;
          } else {
            out.push({ t: 'op', v: op as Op, line: lx.line });
          }
          continue;
        }
        const line = lx.line;
        const w = lx.readWord();
        const plain = w.length === 1 && w[0].k === 'lit' && !w[0].q ? w[0].v : undefined;
        out.push(plain === undefined ? { t: 'word', w, line } : { t: 'word', w, plain, line });
        if (heredocFor) {
          const text = w.map((p) => (p.k === 'lit' ? p.v : p.k === 'param' ? '$' + p.name : '')).join('');
          pending.push({ tok: heredocFor, delim: text, quoted: w.some((p) => p.k === 'lit' && p.q) });
          heredocFor = undefined;
        }
      }
    }
  } catch (e) {
    if (e instanceof Unterminated) return { kind: 'unterminated', what: e.what, line: lx.line };
    throw e;
  }
  for (const p of pending) p.tok.heredoc = readHeredoc(lx, p.delim, p.tok.op === '<<-', !p.quoted);
  out.push({ t: 'eof', line: lx.line });
  return out;
}

/** Lines up to the delimiter line (or the end of the text). */
function readHeredoc(lx: Lexer, delim: string, stripTabs: boolean, expand: boolean): { body: string; expand: boolean } {
  const lines: string[] = [];
  while (lx.i < lx.src.length) {
    let end = lx.src.indexOf('\n', lx.i);
    if (end < 0) end = lx.src.length;
    let line = lx.src.slice(lx.i, end);
    lx.i = end + 1;
    lx.line++;
    if (stripTabs) line = line.replace(/^\t+/, '');
    if (line === delim) break;
    lines.push(line);
  }
  return { body: lines.map((l) => l + '\n').join(''), expand };
}
