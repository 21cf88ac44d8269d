// Commands every shell has built in, so they work in any image with a shell: echo, printf, test,
// true, false, pwd, kill.

import type { CmdCtx, CmdOutcome, CommandImpl } from '../command-types.js';
import { testCommand } from './test-cmd.js';
import { warningText } from '../../proc/warnings.js';

const done = (status: number, stdout?: string, stderr?: string): CmdOutcome => ({ kind: 'done', status, stdout, stderr });

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };

/** Backslash escapes of `echo -e` and `printf`; `\c` stops all output (returned as `stop`). */
function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i === text.length - 1) {
      out += c;
      continue;
    }
    const n = text[++i];
    if (n === 'c') return { text: out, stop: true };
    if (/[0-7]/.test(n)) {
      const from = n === '0' ? i + 1 : i;
      const digits = /^[0-7]{0,3}/.exec(text.slice(from))![0];
      out += String.fromCharCode(Number.parseInt(digits || '0', 8));
      i = from + digits.length - 1;
    } else out += ESCAPES[n] ?? '\\' + n;
  }
  return { text: out, stop: false };
}

const echo: CommandImpl = (argv, ctx) => {
  let args = argv.slice(1);
  let newline = true;
  // Note: dash's echo always interprets backslash escapes; ash and bash need -e.
  let escapes = ctx.shell === 'dash';
  while (args.length && /^-[neE]+$/.test(args[0])) {
    if (ctx.shell === 'dash' && args[0] !== '-n') break;
    for (const f of args[0].slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
    args = args.slice(1);
  }
  const joined = args.join(' ');
  const u = escapes ? unescape(joined) : { text: joined, stop: false };
  return done(0, u.text + (newline && !u.stop ? '\n' : ''));
};

/** printf FORMAT [ARGS...]: the format is reused until the arguments run out. */
export function printf(format: string, args: readonly string[]): { out: string; error?: string } {
  let out = '';
  let i = 0;
  let error: string | undefined;
  const next = () => args[i++] ?? '';
  const spec = /%([-+ #0]*)(\d+|\*)?(?:\.(\d+))?([sdiuxXocbfeg%])/g;
  do {
    const startArgs = i;
    const body = format.replace(spec, (_all, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      const w = width === '*' ? Number(next()) : Number(width ?? 0);
      let v: string;
      if (conv === 's') v = prec !== undefined ? next().slice(0, Number(prec)) : next();
      else if (conv === 'b') v = unescape(next()).text;
      else if (conv === 'c') v = next().slice(0, 1);
      else {
        const raw = next();
        const n = raw === '' ? 0 : Number(raw);
        if (Number.isNaN(n)) {
          error = `printf: invalid number '${raw}'`;
          return '0';
        }
        v = conv === 'x' ? Math.trunc(n).toString(16) : conv === 'X' ? Math.trunc(n).toString(16).toUpperCase()
          : conv === 'o' ? Math.trunc(n).toString(8) : 'feg'.includes(conv) ? n.toFixed(Number(prec ?? 6)) : String(Math.trunc(n));
      }
      if (v.length >= w) return v;
      if (flags.includes('-')) return v.padEnd(w);
      return flags.includes('0') && conv !== 's' ? v.padStart(w, '0') : v.padStart(w);
    });
    const u = unescape(body);
    out += u.text;
    if (u.stop || i === startArgs) break;
  } while (i < args.length);
  return error ? { out, error } : { out };
}

export const SHELL_TOOLS: Readonly<Record<string, CommandImpl>> = {
  ':': () => done(0),
  true: () => done(0),
  false: () => done(1),
  echo,
  printf: (argv) => {
    if (argv.length < 2) return done(2, undefined, 'printf: usage: printf format [arguments]\n');
    const r = printf(argv[1], argv.slice(2));
    return done(r.error ? 1 : 0, r.out, r.error ? `sh: ${r.error}\n` : undefined);
  },
  test: testCommand,
  '[': testCommand,
  '[[': testCommand,
  pwd: (_argv, ctx: CmdCtx) => done(0, ctx.cwd + '\n'),
  kill: (argv) => {
    if (argv[1] === '-l') return done(0, 'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM\n');
    return { kind: 'done', status: 0, warning: warningText('killNotSimulated', { cmd: argv.join(' ') }) };
  },
};
