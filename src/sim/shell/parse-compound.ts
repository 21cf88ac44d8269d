// The compound commands: if, while/until, for and case.

import type { Node, Word } from './ast.js';
import type { Parser } from './parse.js';

export function ifClause(p: Parser): Node {
  p.pos++;
  const arms: { cond: Node; body: Node }[] = [];
  let elseBody: Node | undefined;
  for (;;) {
    const cond = p.list();
    p.expect('then');
    arms.push({ cond, body: p.list() });
    if (p.isWord('elif')) {
      p.pos++;
      continue;
    }
    if (p.isWord('else')) {
      p.pos++;
      elseBody = p.list();
    }
    p.expect('fi');
    break;
  }
  return elseBody ? { t: 'if', arms, else: elseBody, redirs: p.redirs() } : { t: 'if', arms, redirs: p.redirs() };
}

export function loopClause(p: Parser, until: boolean): Node {
  p.pos++;
  const cond = p.list();
  p.expect('do');
  const body = p.list();
  p.expect('done');
  return { t: 'loop', until, cond, body, redirs: p.redirs() };
}

export function forClause(p: Parser): Node {
  p.pos++;
  const name = p.next();
  if (name.t !== 'word' || !name.plain || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name.plain)) p.unexpected(name);
  let items: Word[] | undefined;
  p.skipNewlines();
  if (p.isWord('in')) {
    p.pos++;
    items = [];
    while (p.peek().t === 'word') items.push((p.next() as { w: Word }).w);
  }
  if (p.isOp(';') || p.isOp('\n')) p.pos++;
  p.skipNewlines();
  p.expect('do');
  const body = p.list();
  p.expect('done');
  return items ? { t: 'for', name: name.plain, items, body, redirs: p.redirs() } : { t: 'for', name: name.plain, body, redirs: p.redirs() };
}

export function caseClause(p: Parser): Node {
  p.pos++;
  const word = p.next();
  if (word.t !== 'word') p.unexpected(word);
  p.skipNewlines();
  p.expect('in');
  p.skipNewlines();
  const arms: { patterns: Word[]; body?: Node }[] = [];
  while (!p.isWord('esac')) {
    if (p.isOp('(')) p.pos++;
    const patterns: Word[] = [];
    for (;;) {
      const t = p.next();
      if (t.t !== 'word') p.unexpected(t);
      patterns.push(t.w);
      if (!p.isOp('|')) break;
      p.pos++;
    }
    if (!p.isOp(')')) p.unexpected(p.peek(), ')');
    p.pos++;
    p.skipNewlines();
    const empty = p.isOp(';;') || p.isWord('esac');
    arms.push(empty ? { patterns } : { patterns, body: p.list() });
    if (p.isOp(';;')) {
      p.pos++;
      p.skipNewlines();
    } else if (!p.isWord('esac')) p.unexpected(p.peek(), 'esac');
  }
  p.pos++;
  return { t: 'case', word: word.w, arms, redirs: p.redirs() };
}
