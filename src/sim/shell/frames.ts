// Frame bookkeeping: entering and leaving functions, subshells and trap actions; `exit` and
// `return`; running a trap action.

import type { Signal } from '../proc/behaviour-types.js';
import { compileText } from './compile-cache.js';
import type { Runtime } from './command-types.js';
import type { Frame, Machine, Scope } from './machine-types.js';
import { syntaxErrorText } from './messages.js';
import { currentFds, write } from './redirect.js';

export function pushFrame(m: Machine, kind: Frame['kind'], chunk: number, extra: Partial<Pick<Frame, 'saved' | 'savedArgs' | 'savedStatus'>> = {}): void {
  m.frames.push({ kind, chunk, pc: 0, fdDepth: m.fdStack.length, iterDepth: m.iters.length, ...extra });
}

export function scopeOf(m: Machine): Scope {
  return {
    vars: { ...m.vars }, exported: [...m.exported], cwd: m.cwd, traps: { ...m.traps }, funcs: { ...m.funcs },
    positional: [...m.positional], arg0: m.arg0, shell: m.shell,
  };
}

function restore(m: Machine, s: Scope): void {
  m.vars = { ...s.vars };
  m.exported = [...s.exported];
  m.cwd = s.cwd;
  m.traps = { ...s.traps };
  m.funcs = { ...s.funcs };
  m.positional = [...s.positional];
  m.arg0 = s.arg0;
  m.shell = s.shell;
}

/** The process (or job) is over. */
export function finish(m: Machine, code: number): void {
  m.done = code;
  m.frames = [];
  m.fg = undefined;
  m.waitingFor = undefined;
}

/** Pops the top frame, restoring what it saved. */
export function endFrame(m: Machine, rt: Runtime): void {
  const f = m.frames.pop()!;
  m.fdStack.length = Math.max(1, f.fdDepth);
  m.iters.length = f.iterDepth;
  switch (f.kind) {
    case 'sub':
      restore(m, f.saved!);
      break;
    case 'func':
      m.positional = [...(f.savedArgs ?? [])];
      break;
    case 'trap':
      if (m.exiting !== undefined) return finish(m, m.exiting);
      m.status = f.savedStatus ?? m.status;
      break;
    case 'eval':
      break;
    case 'boot':
    case 'script':
      return exitShell(m, rt, m.status);
  }
  if (m.frames.length === 0) exitShell(m, rt, m.status);
}

/** The shell exits: the EXIT trap runs first. */
export function exitShell(m: Machine, rt: Runtime, code: number): void {
  const action = m.traps.EXIT;
  if (action && m.exiting === undefined) {
    m.exiting = code;
    delete m.traps.EXIT;
    m.frames = [];
    m.fdStack.length = 1;
    m.iters = [];
    m.status = code;
    if (runAction(m, rt, action, code)) return;
  }
  finish(m, m.exiting ?? code);
}

/** `exit N`: leaves the innermost subshell, or the shell. */
export function exitFrom(m: Machine, rt: Runtime, code: number): void {
  for (let i = m.frames.length - 1; i >= 0; i--) {
    if (m.frames[i].kind === 'sub') {
      unwindTo(m, i);
      m.status = code;
      return endFrame(m, rt);
    }
    if (m.frames[i].kind === 'trap' && m.exiting !== undefined) break;
  }
  if (m.exiting !== undefined) return finish(m, code);
  exitShell(m, rt, code);
}

/** `return N`: leaves the innermost function (or sourced file); at the top it exits. */
export function returnFrom(m: Machine, rt: Runtime, code: number): void {
  for (let i = m.frames.length - 1; i >= 0; i--) {
    const kind = m.frames[i].kind;
    if (kind === 'func' || kind === 'eval') {
      unwindTo(m, i);
      m.status = code;
      return endFrame(m, rt);
    }
    if (kind === 'sub' || kind === 'trap') break;
  }
  exitFrom(m, rt, code);
}

/** Drops frames above index `i`, keeping the stacks they opened consistent. */
function unwindTo(m: Machine, i: number): void {
  const above = m.frames[i + 1];
  if (above) {
    m.fdStack.length = Math.max(1, above.fdDepth);
    m.iters.length = above.iterDepth;
  }
  m.frames.length = i + 1;
}

/** Runs a trap action (or `eval` text) as a new frame; false when it does not parse. */
export function runAction(m: Machine, rt: Runtime, action: string, savedStatus: number, kind: 'trap' | 'eval' = 'trap'): boolean {
  const chunk = compileText(m, action, false);
  if (typeof chunk !== 'number') {
    write(m, rt, currentFds(m).err, syntaxErrorText(m.shell, m.arg0, chunk) + '\n', m.clock);
    return false;
  }
  pushFrame(m, kind, chunk, kind === 'trap' ? { savedStatus } : {});
  return true;
}

/** Runs the action of the first pending trapped signal. */
export function runPendingTrap(m: Machine, rt: Runtime): void {
  const sig = m.pending.shift() as Signal;
  const action = m.traps[sig.slice(3)];
  if (action) runAction(m, rt, action, m.status);
}
