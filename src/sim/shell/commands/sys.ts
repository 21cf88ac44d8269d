// Process and system tools: sleep, shells (sh, ash, bash, dash), env, printenv, hostname, id,
// whoami, uname, yes, nohup, nice.

import { resolvePath } from '../../proc/paths.js';
import type { CommandImpl } from '../command-types.js';
import type { ShellKind } from '../machine-types.js';
import { own } from '../own.js';
import { date } from './date.js';
import { done } from './files.js';

const UNIT: Readonly<Record<string, number>> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `sleep 5`, `sleep 0.5`, `sleep 1m 30s`, `sleep 1d`, `sleep infinity`. */
const sleep: CommandImpl = (argv, ctx) => {
  const args = argv.slice(1);
  if (args.length === 0) return done(1, '', ctx.userland === 'gnu' ? "sleep: missing operand\nTry 'sleep --help' for more information.\n" : 'BusyBox: sleep: missing operand\n');
  let ms = 0;
  for (const a of args) {
    if (/^inf(inity)?$/i.test(a)) return { kind: 'run', behaviour: {} };
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return done(1, '', ctx.userland === 'gnu' ? `sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n` : `sleep: invalid number '${a}'\n`);
    ms += Math.round(Number(m[1]) * UNIT[m[2]]);
  }
  // Note: sleep installs no signal handlers; as PID 1 it ignores SIGTERM until SIGKILL.
  return { kind: 'run', behaviour: { exit: { afterMs: ms, code: 0 } } };
};

/** sh / ash / bash / dash: `-c SCRIPT [NAME [ARGS]]`, `FILE [ARGS]`, or a script on stdin. */
const shell: CommandImpl = (argv, ctx) => {
  const name = argv[0].slice(argv[0].lastIndexOf('/') + 1);
  const kind: ShellKind = name === 'bash' ? 'bash' : name === 'dash' || (name === 'sh' && ctx.userland === 'gnu') ? 'dash' : 'ash';
  let i = 1;
  let command = false;
  let errexit = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (!/^[-+]/.test(a)) break;
    if (a.startsWith('--')) continue;
    if (a === '-o' || a === '+o') {
      i++;
      continue;
    }
    if (a.includes('c')) command = true;
    if (a.startsWith('-') && a.includes('e')) errexit = true;
    if (a.includes('o')) i++;
  }
  const setE = errexit ? 'set -e\n' : '';
  if (command) {
    if (argv[i] === undefined) return done(2, '', `${name}: -c requires an argument\n`);
    return { kind: 'shell', shell: kind, src: setE + argv[i], arg0: argv[i + 1] ?? argv[0], args: argv.slice(i + 2) };
  }
  if (argv[i] !== undefined) {
    const file = argv[i];
    const src = ctx.world.fs.read(resolvePath(ctx.cwd, file));
    if (src === undefined) {
      if (kind === 'bash') return done(127, '', `bash: ${file}: No such file or directory\n`);
      return done(2, '', kind === 'dash' ? `${argv[0]}: 0: cannot open ${file}: No such file\n` : `${name}: can't open '${file}': No such file or directory\n`);
    }
    return { kind: 'shell', shell: kind, src: setE + src, arg0: file, args: argv.slice(i + 1) };
  }
  if (ctx.stdin) return { kind: 'shell', shell: kind, src: setE + ctx.stdin, arg0: argv[0], args: [] };
  // An interactive shell waits for input when the container keeps stdin open; otherwise it reads EOF.
  return ctx.stdinWaits ? { kind: 'run', behaviour: {} } : done(0);
};

const envCmd: CommandImpl = (argv, ctx) => {
  let env: Record<string, string> = { ...ctx.env };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-i' || a === '-') env = {};
    else if (a === '-u') delete env[argv[++i] ?? ''];
    else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) env[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    else break;
  }
  if (i >= argv.length) return done(0, Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(''));
  return { kind: 'exec', argv: argv.slice(i), env };
};

/** Runs the rest of the command line as it is (`nohup cmd`, `nice -n 5 cmd`). */
const passThrough = (skipValue: string): CommandImpl => (argv) => {
  let i = 1;
  while (i < argv.length && argv[i].startsWith('-')) i += skipValue.includes(argv[i]) ? 2 : 1;
  return i < argv.length ? { kind: 'exec', argv: argv.slice(i) } : done(0);
};

export const SYS_TOOLS: Readonly<Record<string, CommandImpl>> = {
  sleep, date, sh: shell, ash: shell, bash: shell, dash: shell, env: envCmd,
  printenv: (argv, ctx) => {
    if (argv.length === 1) return done(0, Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
    const values = argv.slice(1).map((n) => own(ctx.env, n));
    return done(values.every((v) => v !== undefined) ? 0 : 1, values.filter((v) => v !== undefined).map((v) => v + '\n').join(''));
  },
  hostname: (argv, ctx) => done(0, (argv[1] === '-i' || argv[1] === '-I' ? ctx.world.podIP : ctx.world.hostname) + '\n'),
  id: () => done(0, 'uid=0(root) gid=0(root) groups=0(root)\n'),
  whoami: () => done(0, 'root\n'),
  uname: (argv, ctx) => {
    const all = argv.includes('-a');
    const parts = all ? ['Linux', ctx.world.hostname, '6.8.0-51-generic', '#52-Ubuntu SMP PREEMPT_DYNAMIC', 'x86_64', ctx.userland === 'gnu' ? 'GNU/Linux' : 'Linux']
      : argv.includes('-r') ? ['6.8.0-51-generic'] : argv.includes('-m') ? ['x86_64'] : argv.includes('-n') ? [ctx.world.hostname] : ['Linux'];
    return done(0, parts.join(' ') + '\n');
  },
  // `yes` prints without pause; the model keeps its CPU use, not its output.
  yes: () => ({ kind: 'run', behaviour: { cpuMilli: 1000 } }),
  nohup: passThrough(''),
  nice: passThrough('-n'),
};
