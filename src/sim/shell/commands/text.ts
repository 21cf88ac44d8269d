// Text filters over files or standard input: grep, wc, head, tail, sort, uniq, seq, basename, dirname.

import { resolvePath } from '../../proc/paths.js';
import type { CmdCtx, CommandImpl } from '../command-types.js';
import { done, flags } from './files.js';

/** The text of the operands (or stdin), or an error line per missing file. */
function input(name: string, args: readonly string[], ctx: CmdCtx): { text: string; err: string } {
  if (args.length === 0) return { text: ctx.stdin, err: '' };
  let text = '';
  let err = '';
  for (const a of args) {
    const c = a === '-' ? ctx.stdin : ctx.world.fs.read(resolvePath(ctx.cwd, a));
    if (c === undefined) err += ctx.userland === 'gnu' ? `${name}: ${a}: No such file or directory\n` : `${name}: can't open '${a}': No such file or directory\n`;
    else text += c;
  }
  return { text, err };
}

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
const joinLines = (ls: readonly string[]) => ls.map((l) => l + '\n').join('');

const grep: CommandImpl = (argv, ctx) => {
  const { on, values, args } = flags(argv, 'em');
  const pattern = values.e ?? args.shift();
  if (pattern === undefined) return done(2, '', 'BusyBox: grep: no pattern\n');
  let re: RegExp;
  try {
    const src = on.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : on.has('E') ? pattern : pattern.replace(/\\([|()+?{}])/g, '$1');
    re = new RegExp(on.has('w') ? `\\b(?:${src})\\b` : on.has('x') ? `^(?:${src})$` : src, on.has('i') ? 'i' : '');
  } catch {
    return done(2, '', `grep: bad regex '${pattern}'\n`);
  }
  const { text, err } = input('grep', args, ctx);
  const hits = lines(text).filter((l) => re.test(l) !== on.has('v'));
  const out = on.has('q') ? '' : on.has('c') ? `${hits.length}\n` : joinLines(hits);
  return done(err && !on.has('s') ? 2 : hits.length ? 0 : 1, out, on.has('s') ? '' : err);
};

const wc: CommandImpl = (argv, ctx) => {
  const { on, args } = flags(argv);
  const { text, err } = input('wc', args, ctx);
  const counts = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: text.length };
  const pick = (['l', 'w', 'c'] as const).filter((k) => on.has(k));
  const cols = (pick.length ? pick : (['l', 'w', 'c'] as const)).map((k) => counts[k]);
  const shown = pick.length === 1 ? String(cols[0]) : cols.map((c) => String(c).padStart(7)).join(' ');
  return done(err ? 1 : 0, `${shown}${args.length === 1 ? ' ' + args[0] : ''}\n`, err);
};

const headTail = (tail: boolean): CommandImpl => (argv, ctx) => {
  const normal = argv.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const { on, values, args } = flags(normal, 'nc');
  if (tail && (on.has('f') || on.has('F') || on.has('--follow'))) {
    // `tail -f`: prints the end, then waits for more lines forever.
    const { text } = input('tail', args.filter((a) => a !== '/dev/null'), ctx);
    return { kind: 'run', behaviour: {}, stdout: args.every((a) => a === '/dev/null') ? '' : joinLines(lines(text).slice(-10)) };
  }
  const { text, err } = input(tail ? 'tail' : 'head', args, ctx);
  if (values.c !== undefined) {
    const n = Number(values.c);
    return done(err ? 1 : 0, tail ? text.slice(-n) : text.slice(0, n), err);
  }
  const raw = values.n ?? '10';
  const n = Number.parseInt(raw.replace(/^\+/, ''), 10) || 0;
  const all = lines(text);
  const picked = tail ? (raw.startsWith('+') ? all.slice(Math.max(0, n - 1)) : all.slice(-n || all.length)) : all.slice(0, n);
  return done(err ? 1 : 0, joinLines(n === 0 && !raw.startsWith('+') ? [] : picked), err);
};

const sort: CommandImpl = (argv, ctx) => {
  const { on, args } = flags(argv);
  const { text, err } = input('sort', args, ctx);
  let ls = [...lines(text)];
  ls = on.has('n') ? ls.sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b)) : ls.sort();
  if (on.has('r')) ls.reverse();
  if (on.has('u')) ls = ls.filter((l, i) => l !== ls[i - 1]);
  return done(err ? 2 : 0, joinLines(ls), err);
};

const uniq: CommandImpl = (argv, ctx) => {
  const { on, args } = flags(argv);
  const { text, err } = input('uniq', args, ctx);
  const groups: { line: string; n: number }[] = [];
  for (const l of lines(text)) {
    const last = groups[groups.length - 1];
    if (last && last.line === l) last.n++;
    else groups.push({ line: l, n: 1 });
  }
  return done(err ? 1 : 0, joinLines(groups.map((g) => (on.has('c') ? `${String(g.n).padStart(7)} ${g.line}` : g.line))), err);
};

const seq: CommandImpl = (argv) => {
  const nums = argv.slice(1).map(Number);
  if (nums.length === 0 || nums.some(Number.isNaN)) return done(1, '', `seq: invalid argument\n`);
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  const out: number[] = [];
  for (let v = first; step > 0 ? v <= last : v >= last; v += step) {
    out.push(v);
    if (out.length > 100_000 || step === 0) break;
  }
  return done(0, joinLines(out.map(String)));
};

export const TEXT_TOOLS: Readonly<Record<string, CommandImpl>> = {
  grep, egrep: (argv, ctx) => grep([argv[0], '-E', ...argv.slice(1)], ctx), wc, head: headTail(false), tail: headTail(true), sort, uniq, seq,
  basename: (argv) => {
    const p = argv[1] ?? '';
    const b = p.replace(/\/+$/, '').split('/').pop() || (p.startsWith('/') ? '/' : '');
    return done(0, (argv[2] && b.endsWith(argv[2]) && b !== argv[2] ? b.slice(0, -argv[2].length) : b) + '\n');
  },
  dirname: (argv) => {
    const p = (argv[1] ?? '').replace(/\/+$/, '');
    const i = p.lastIndexOf('/');
    return done(0, (i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i)) + '\n');
  },
};
