// `test` and `[`: file tests, string and integer comparisons, `!`, `-a`, `-o` and parentheses.

import { resolvePath } from '../../proc/paths.js';
import type { CmdCtx, CmdOutcome } from '../command-types.js';
import { own } from '../own.js';

class Bad {
  constructor(readonly msg: string) {}
}

export function testCommand(argv: readonly string[], ctx: CmdCtx): CmdOutcome {
  const name = argv[0];
  let args = argv.slice(1);
  if (name === '[' || name === '[[') {
    const close = name === '[' ? ']' : ']]';
    if (args[args.length - 1] !== close) return { kind: 'done', status: 2, stderr: `${ctx.shell === 'bash' ? 'bash: ' : 'sh: '}${name}: missing ${close}\n` };
    args = args.slice(0, -1);
  }
  try {
    return { kind: 'done', status: evaluate(args, ctx) ? 0 : 1 };
  } catch (e) {
    if (e instanceof Bad) return { kind: 'done', status: 2, stderr: `sh: ${e.msg}\n` };
    throw e;
  }
}

function evaluate(args: readonly string[], ctx: CmdCtx): boolean {
  let pos = 0;
  const fs = ctx.world.fs;
  const path = (p: string) => resolvePath(ctx.cwd, p);
  const int = (s: string) => {
    if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new Bad(`${s}: bad number`);
    return Number.parseInt(s, 10);
  };
  const unary: Record<string, (v: string) => boolean> = {
    '-e': (v) => fs.stat(path(v)) !== undefined,
    '-f': (v) => fs.stat(path(v)) === 'file',
    '-d': (v) => fs.stat(path(v)) === 'dir',
    '-s': (v) => (fs.read(path(v)) ?? '').length > 0 || fs.stat(path(v)) === 'dir',
    '-r': (v) => fs.stat(path(v)) !== undefined,
    '-w': (v) => fs.stat(path(v)) !== undefined,
    '-x': (v) => fs.stat(path(v)) === 'dir' || /^\/(usr\/)?(s?bin)\//.test(path(v)),
    '-L': () => false,
    '-h': () => false,
    '-p': () => false,
    '-S': () => false,
    '-z': (v) => v.length === 0,
    '-n': (v) => v.length > 0,
  };
  const binary: Record<string, (a: string, b: string) => boolean> = {
    '=': (a, b) => a === b,
    '==': (a, b) => a === b,
    '!=': (a, b) => a !== b,
    '<': (a, b) => a < b,
    '>': (a, b) => a > b,
    '-eq': (a, b) => int(a) === int(b),
    '-ne': (a, b) => int(a) !== int(b),
    '-lt': (a, b) => int(a) < int(b),
    '-le': (a, b) => int(a) <= int(b),
    '-gt': (a, b) => int(a) > int(b),
    '-ge': (a, b) => int(a) >= int(b),
  };
  const primary = (): boolean => {
    const a = args[pos];
    if (a === undefined) throw new Bad('argument expected');
    if (a === '!' && pos + 1 < args.length) {
      pos++;
      return !primary();
    }
    if (a === '(' && args.length - pos > 2) {
      pos++;
      const v = or();
      if (args[pos] !== ')') throw new Bad("')' expected");
      pos++;
      return v;
    }
    const op = args[pos + 1];
    const bin = op === undefined ? undefined : own(binary, op);
    if (bin && pos + 2 < args.length) {
      pos += 3;
      return bin(a, args[pos - 1]);
    }
    const un = own(unary, a);
    if (un && pos + 1 < args.length) {
      pos += 2;
      return un(args[pos - 1]);
    }
    pos++;
    return a.length > 0;
  };
  const and = (): boolean => {
    let v = primary();
    while (args[pos] === '-a' || args[pos] === '&&') {
      pos++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (args[pos] === '-o' || args[pos] === '||') {
      pos++;
      v = and() || v;
    }
    return v;
  };
  if (args.length === 0) return false;
  const v = or();
  if (pos < args.length) throw new Bad(`${args[pos]}: unknown operand`);
  return v;
}
