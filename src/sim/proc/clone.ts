// Copying a process before a step changes it (the step returns a new value and leaves the one
// it was given as it was). The copy knows the process's shape: what a step changes in place is
// copied (frames, variables, fd and loop stacks, the foreground program's counters), what is
// only ever replaced or read is shared (compiled code, catalog behaviours, saved scopes, fds,
// listeners). The literals below name every field, so a new field cannot be forgotten: the
// type check asks how to copy it.
import type { Frame, Machine } from '../shell/machine-types.js';
import type { Proc } from './process-types.js';

/** Every field of T, optional ones included (they may be undefined). */
type AllFields<T> = { [K in keyof Required<T>]: T[K] | undefined };

/** `pc` moves in place; a frame's saved scope and arguments are only read back. */
const frame = (f: Frame): Frame => ({ ...f });

function cloneMachine(m: Machine): Machine {
  const c: AllFields<Machine> = {
    id: m.id,
    chunks: m.chunks,
    compiled: m.compiled,
    frames: m.frames.map(frame),
    status: m.status,
    vars: { ...m.vars },
    exported: [...m.exported],
    positional: [...m.positional],
    arg0: m.arg0,
    shell: m.shell,
    funcs: { ...m.funcs },
    traps: { ...m.traps },
    pending: [...m.pending],
    fdStack: [...m.fdStack],
    iters: m.iters.map((it) => ({ ...it })),
    cwd: m.cwd,
    fg: m.fg && { ...m.fg, signalLogs: [...m.fg.signalLogs] },
    waitingFor: m.waitingFor && [...m.waitingFor],
    clock: m.clock,
    done: m.done,
    exiting: m.exiting,
    errexit: m.errexit,
    shellIsPid1: m.shellIsPid1,
    spent: m.spent,
    spinning: m.spinning,
    captured: { ...m.captured },
    lastBg: m.lastBg,
    startError: m.startError,
  };
  // Note: an optional field the original lacks is present and undefined here; JSON and every
  // reader treat both alike, and one object shape keeps the copy fast.
  return c as Machine;
}

/** A copy of `proc` that a step may change without changing `proc`. */
export function cloneProc(proc: Proc): Proc {
  const c: AllFields<Proc> = {
    argv: proc.argv,
    startedAt: proc.startedAt,
    jobs: proc.jobs.map(cloneMachine),
    nextJob: proc.nextJob,
    ended: { ...proc.ended },
    listening: proc.listening,
    memory: proc.memory,
    memoryBytes: proc.memoryBytes,
    cpuMilli: proc.cpuMilli,
    handlesSigterm: proc.handlesSigterm,
    exited: proc.exited,
    warned: [...proc.warned],
  };
  return c as Proc;
}
