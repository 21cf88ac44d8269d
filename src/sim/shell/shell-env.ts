// What expansion sees of a running shell: its variables and special parameters, command
// substitution (run to completion at once in a subshell) and filename expansion.

import { resolvePath } from '../proc/paths.js';
import type { Runtime } from './command-types.js';
import { compileText } from './compile-cache.js';
import type { ExpandEnv } from './expand.js';
import { scopeOf } from './frames.js';
import { globPaths } from './glob.js';
import { bootMachine, runMachine } from './machine.js';
import type { Machine } from './machine-types.js';
import { builtinError, syntaxErrorText } from './messages.js';
import { own } from './own.js';
import { currentFds, write } from './redirect.js';
import { warningText } from '../proc/warnings.js';

export function expandEnvFor(m: Machine, rt: Runtime): ExpandEnv & { substStatus?: number } {
  const env: ExpandEnv & { substStatus?: number } = {
    get: (n) => own(m.vars, n),
    set: (n, v) => {
      m.vars[n] = v;
    },
    positional: m.positional,
    arg0: m.arg0,
    status: m.status,
    pid: m.id === 0 ? 1 : 100 + m.id,
    lastBgPid: m.lastBg,
    home: m.vars.HOME ?? '/root',
    substitute: (src) => {
      const r = substitute(m, rt, src);
      env.substStatus = r.status;
      return r.out;
    },
    glob: (pattern) =>
      globPaths(pattern, m.cwd, (p) => rt.world.fs.list(resolvePath(m.cwd, p))).filter((p) => rt.world.fs.stat(resolvePath(m.cwd, p)) !== undefined),
    error: (msg) => write(m, rt, currentFds(m).err, builtinError(m.shell, m.arg0, msg) + '\n', m.clock),
  };
  return env;
}

/** `$(...)`: runs to completion at once in a subshell and returns its standard output. */
function substitute(m: Machine, rt: Runtime, src: string): { out: string; status: number } {
  const chunk = compileText(m, src, false);
  if (typeof chunk !== 'number') {
    write(m, rt, currentFds(m).err, syntaxErrorText(m.shell, m.arg0, chunk) + '\n', m.clock);
    return { out: '', status: 2 };
  }
  const child = bootMachine({ id: m.id, argv: [], env: {}, cwd: m.cwd, clock: m.clock, fds: { out: { k: 'capture', stream: 'stdout' }, err: currentFds(m).err } });
  const s = scopeOf(m);
  Object.assign(child, {
    chunks: m.chunks, compiled: m.compiled, vars: { ...s.vars }, exported: [...s.exported], positional: [...s.positional], arg0: s.arg0, shell: s.shell, funcs: { ...m.funcs },
  });
  child.frames = [{ kind: 'script', chunk, pc: 0, fdDepth: 1, iterDepth: 0 }];
  runMachine(child, rt, m.clock + 60_000);
  if (child.done === undefined) rt.warn(warningText('substitutionHangs', { cmd: src }));
  return { out: child.captured.stdout, status: child.done ?? 0 };
}

export function exportedEnv(m: Machine): Record<string, string> {
  const env: Record<string, string> = {};
  for (const n of m.exported) {
    const v = own(m.vars, n);
    if (v !== undefined) env[n] = v;
  }
  return env;
}
