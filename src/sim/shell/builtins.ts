// Builtins that change the shell itself: exit, return, trap, wait, exec, export, set, cd, eval,
// `.`, read, command ... (echo, test, printf and friends are in commands/shell-tools.ts).

import { resolvePath } from '../proc/paths.js';
import type { Runtime } from './command-types.js';
import { type Call, dispatch, startFg } from './exec-simple.js';
import { exitFrom, returnFrom, runAction } from './frames.js';
import type { Machine } from './machine-types.js';
import { builtinError } from './messages.js';
import { own } from './own.js';
import { write } from './redirect.js';
import { SHELL_TOOLS } from './commands/shell-tools.js';

export type Builtin = (m: Machine, rt: Runtime, argv: readonly string[], call: Call) => void;

const SIGNAL_NAMES: Readonly<Record<string, string>> = {
  '0': 'EXIT', '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '10': 'USR1', '12': 'USR2', '15': 'TERM', '17': 'CHLD', '28': 'WINCH',
};
const KNOWN = new Set(['EXIT', 'HUP', 'INT', 'QUIT', 'KILL', 'USR1', 'USR2', 'TERM', 'CHLD', 'WINCH', 'ERR']);

/** `TERM`, `SIGTERM`, `term`, `15` → `TERM`; undefined when not a signal. */
export function trapName(spec: string): string | undefined {
  const up = spec.toUpperCase().replace(/^SIG/, '');
  const name = SIGNAL_NAMES[up] ?? up;
  return KNOWN.has(name) ? name : undefined;
}

const err = (m: Machine, rt: Runtime, call: Call, text: string) => write(m, rt, call.fds.err, builtinError(m.shell, m.arg0, text) + '\n', m.clock);
const out = (m: Machine, rt: Runtime, call: Call, text: string) => write(m, rt, call.fds.out, text, m.clock);
const num = (s: string | undefined, dflt: number) => (s === undefined ? dflt : Number.parseInt(s, 10) & 255);

const setVars = (m: Machine, args: readonly string[], exportThem: boolean) => {
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (eq >= 0) m.vars[name] = a.slice(eq + 1);
    if (exportThem && !m.exported.includes(name)) m.exported.push(name);
  }
};

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  exit: (m, rt, argv) => exitFrom(m, rt, num(argv[1], m.status)),
  return: (m, rt, argv) => returnFrom(m, rt, num(argv[1], m.status)),
  trap: (m, rt, argv, call) => {
    const args = argv.slice(1).filter((a, i) => !(i === 0 && a === '--'));
    if (args.length === 0) {
      out(m, rt, call, Object.entries(m.traps).map(([n, a]) => `trap -- '${a}' ${n}\n`).join(''));
      m.status = 0;
      return;
    }
    const reset = args.length === 1 || args[0] === '-';
    const action = args[0];
    m.status = 0;
    for (const spec of reset && args.length === 1 ? args : args.slice(1)) {
      const name = trapName(spec);
      if (!name) {
        err(m, rt, call, `trap: ${spec}: bad trap`);
        m.status = 1;
      } else if (reset) delete m.traps[name];
      else m.traps[name] = action;
    }
  },
  wait: (m, rt, argv) => {
    const ids = argv.length > 1 ? argv.slice(1).map((a) => Number(a) - 100).filter((id) => id > 0) : [...rt.liveJobs()];
    m.status = 0;
    if (ids.length) m.waitingFor = ids;
  },
  exec: (m, rt, argv, call) => {
    if (argv.length === 1) {
      m.fdStack[m.fdStack.length - 1] = call.fds;
      m.status = 0;
      return;
    }
    const top = m.frames[m.frames.length - 1];
    dispatch(m, rt, argv.slice(1), { ...call, final: true, depth: 1 });
    // A program that finished at once ends the shell it replaced (a new shell script replaces the frames).
    if (!m.fg && m.done === undefined && m.frames[m.frames.length - 1] === top && m.startError === undefined) exitFrom(m, rt, m.status);
  },
  export: (m, rt, argv, call) => {
    const args = argv.slice(1).filter((a) => a !== '-p');
    if (args.length === 0) out(m, rt, call, m.exported.filter((n) => m.vars[n] !== undefined).sort().map((n) => `export ${n}='${m.vars[n]}'\n`).join(''));
    setVars(m, args, true);
    m.status = 0;
  },
  readonly: (m, _rt, argv) => {
    setVars(m, argv.slice(1).filter((a) => !a.startsWith('-')), false);
    m.status = 0;
  },
  local: (m, _rt, argv) => {
    setVars(m, argv.slice(1), false);
    m.status = 0;
  },
  unset: (m, _rt, argv) => {
    const fns = argv[1] === '-f';
    for (const n of argv.slice(1).filter((a) => !a.startsWith('-'))) {
      if (fns) delete m.funcs[n];
      else {
        delete m.vars[n];
        m.exported = m.exported.filter((e) => e !== n);
      }
    }
    m.status = 0;
  },
  set: (m, rt, argv, call) => {
    const args = argv.slice(1);
    if (args.length === 0) out(m, rt, call, Object.keys(m.vars).sort().map((n) => `${n}='${m.vars[n]}'\n`).join(''));
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        m.positional = args.slice(i + 1);
        break;
      }
      if (a === '-o' || a === '+o') i++;
      else if (/^[-+][a-z]+$/.test(a) && a.includes('e')) m.errexit = a.startsWith('-');
      else if (!/^[-+]/.test(a)) {
        m.positional = args.slice(i);
        break;
      }
    }
    m.status = 0;
  },
  shift: (m, _rt, argv) => {
    const n = num(argv[1], 1);
    m.status = n > m.positional.length ? 1 : 0;
    if (m.status === 0) m.positional = m.positional.slice(n);
  },
  cd: (m, rt, argv, call) => {
    const target = argv[1] === undefined || argv[1] === '~' ? (m.vars.HOME ?? '/') : argv[1] === '-' ? (m.vars.OLDPWD ?? m.cwd) : argv[1];
    const path = resolvePath(m.cwd, target);
    const kind = rt.world.fs.stat(path);
    if (kind !== 'dir') {
      const why = kind === 'file' ? 'Not a directory' : 'No such file or directory';
      err(m, rt, call, m.shell === 'bash' ? `cd: ${target}: ${why}` : `cd: can't cd to ${target}${m.shell === 'ash' ? `: ${why}` : ''}`);
      m.status = m.shell === 'dash' ? 2 : 1;
      return;
    }
    m.vars.OLDPWD = m.cwd;
    m.cwd = path;
    m.vars.PWD = path;
    m.status = 0;
  },
  eval: (m, rt, argv) => {
    const text = argv.slice(1).join(' ');
    m.status = 0;
    if (text.trim()) runAction(m, rt, text, m.status, 'eval');
  },
  '.': (m, rt, argv, call) => source(m, rt, argv, call),
  source: (m, rt, argv, call) => source(m, rt, argv, call),
  read: (m, rt, argv, call) => {
    const names = argv.slice(1).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '-p' && all[i - 1] !== '-t');
    if (call.stdin === undefined && rt.world.stdinOpen && m.id === 0) return startFg(m, 'read', {}, call);
    const input = call.stdin ?? '';
    const nl = input.indexOf('\n');
    const line = nl < 0 ? input : input.slice(0, nl);
    const fields = line.trim().split(/[ \t]+/);
    (names.length ? names : ['REPLY']).forEach((n, i, all) => {
      m.vars[n] = i === all.length - 1 ? fields.slice(i).join(' ') : (fields[i] ?? '');
    });
    m.status = input === '' ? 1 : 0;
  },
  command: (m, rt, argv, call) => {
    if (argv[1] === '-v' || argv[1] === '-V') {
      const name = argv[2] ?? '';
      const kind = own(BUILTINS, name) || own(SHELL_TOOLS, name) ? 'builtin' : rt.lookup(name, m, {}).kind;
      m.status = kind === 'missing' || name === '' ? 1 : 0;
      if (m.status === 0) out(m, rt, call, (kind === 'builtin' || name.includes('/') ? name : `/usr/bin/${name}`) + '\n');
      return;
    }
    if (argv.length > 1) dispatch(m, rt, argv.slice(1), { ...call, depth: 1 });
    else m.status = 0;
  },
  ulimit: (m, rt, argv, call) => {
    if (argv.length === 1 || argv[1] === '-n') out(m, rt, call, argv.length === 1 ? 'unlimited\n' : '1048576\n');
    m.status = 0;
  },
  umask: (m, rt, argv, call) => {
    if (argv.length === 1) out(m, rt, call, '0022\n');
    m.status = 0;
  },
  hash: (m) => {
    m.status = 0;
  },
  alias: (m) => {
    m.status = 0;
  },
  break: (m) => {
    m.status = 0;
  },
  continue: (m) => {
    m.status = 0;
  },
};

function source(m: Machine, rt: Runtime, argv: readonly string[], call: Call): void {
  const file = argv[1];
  const text = file === undefined ? undefined : rt.world.fs.read(resolvePath(m.cwd, file));
  if (text === undefined) {
    err(m, rt, call, `${argv[0]}: can't open '${file ?? ''}'`);
    m.status = 2;
    return;
  }
  m.status = 0;
  runAction(m, rt, text, 0, 'eval');
}
