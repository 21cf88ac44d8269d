// The small-step interpreter: runs a machine's instructions until it blocks (a foreground program,
// `wait`), exits, or reaches the given virtual time.

import type { Millis } from '../api/types.js';
import { SIGNAL_NUMBERS, type Signal } from '../proc/behaviour-types.js';
import type { Runtime } from './command-types.js';
import { exitFrom, finish, runPendingTrap, scopeOf } from './frames.js';
import type { Fds, Machine } from './machine-types.js';
import { step } from './machine-step.js';
import { currentFds } from './redirect.js';
import { advanceRunning, nextRunningEvent, signalRunning } from './running.js';
import { warningText } from '../proc/warnings.js';

/** Instructions a machine runs per slice of virtual time when it never blocks. */
const SLICE_STEPS = 1000;
const SLICE_MS = 1000;

export interface BootInit {
  readonly id: number;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly clock: Millis;
  readonly fds: Fds;
}

/** A machine about to start `argv` the way the container runtime does (no shell involved). */
export function bootMachine(init: BootInit): Machine {
  const words = init.argv.map((a) => [{ k: 'lit' as const, v: a, q: true }]);
  return {
    id: init.id,
    chunks: [[{ op: 'run', cmd: { t: 'simple', assigns: [], words, redirs: [] }, cond: true, tail: true }, { op: 'end' }]],
    compiled: {},
    frames: [{ kind: 'boot', chunk: 0, pc: 0, fdDepth: 1, iterDepth: 0 }],
    status: 0,
    vars: { ...init.env },
    exported: Object.keys(init.env),
    positional: [],
    arg0: init.argv[0] ?? '',
    shell: 'ash',
    funcs: {},
    traps: {},
    pending: [],
    fdStack: [init.fds],
    iters: [],
    cwd: init.cwd,
    // Every optional field present, in `cloneMachine`'s order (proc/clone.ts): a machine the
    // kubelet steps in place keeps one shape from its start.
    fg: undefined,
    waitingFor: undefined,
    clock: init.clock,
    done: undefined,
    exiting: undefined,
    errexit: false,
    shellIsPid1: false,
    spent: 0,
    spinning: false,
    captured: { stdout: '', stderr: '', all: '' },
    lastBg: undefined,
    startError: undefined,
  };
}

/** A background job: a subshell of `m` running `chunk`. */
export function forkJob(m: Machine, id: number, chunk: number): Machine {
  const s = scopeOf(m);
  return {
    ...bootMachine({ id, argv: [], env: {}, cwd: m.cwd, clock: m.clock, fds: currentFds(m) }),
    chunks: m.chunks,
    compiled: m.compiled,
    frames: [{ kind: 'script', chunk, pc: 0, fdDepth: 1, iterDepth: 0 }],
    vars: { ...s.vars }, exported: [...s.exported], positional: [...s.positional], arg0: s.arg0, shell: s.shell,
    funcs: { ...m.funcs }, traps: {},
  };
}

/** When the machine next needs a step; undefined when it waits for a signal, a job, or is done. */
export function machineWake(m: Machine, now: Millis): Millis | undefined {
  if (m.done !== undefined || m.waitingFor) return undefined;
  if (m.fg) return nextRunningEvent(m.fg, now);
  return m.clock;
}

/** Runs until blocked, done, or past `until`. */
export function runMachine(m: Machine, rt: Runtime, until: Millis): void {
  for (let guard = 0; guard < 1_000_000 && m.done === undefined; guard++) {
    if (m.fg) {
      const fg = m.fg;
      const ended = advanceRunning(m, rt, fg, until);
      if (!ended) return;
      m.fg = undefined;
      m.clock = Math.max(m.clock, ended.at);
      m.status = ended.code;
      // A program that replaced its shell (exec, or the container's own command) ends the process.
      if (fg.final) {
        if (m.frames.some((f) => f.kind === 'sub')) exitFrom(m, rt, ended.code);
        else finish(m, ended.code);
        return;
      }
      continue;
    }
    if (m.waitingFor) {
      const left = m.waitingFor.filter((id) => rt.jobEnd(id) === undefined);
      if (left.length === 0) {
        const ends = m.waitingFor.map((id) => rt.jobEnd(id)!);
        m.clock = Math.max(m.clock, ...ends.map((e) => e.at));
        m.status = ends.length ? ends[ends.length - 1].status : 0;
        m.waitingFor = undefined;
        continue;
      }
      if (!m.pending.length) return;
      // Note: a trapped signal interrupts `wait` at once (POSIX), unlike a foreground command.
      m.waitingFor = undefined;
      m.status = 128 + SIGNAL_NUMBERS[m.pending[0]];
    }
    if (m.pending.length) {
      runPendingTrap(m, rt);
      continue;
    }
    if (m.spent >= SLICE_STEPS) {
      m.spent = 0;
      m.clock += SLICE_MS;
      if (!m.spinning) rt.warn(warningText('busyLoop'));
      m.spinning = true;
      if (m.clock > until) return;
      continue;
    }
    m.spent++;
    step(m, rt);
    if (m.fg || m.waitingFor) {
      m.spent = 0;
      m.spinning = false;
    }
  }
}

/** Delivers a signal to the process this machine is (main job only). */
export function deliverSignal(m: Machine, sig: Signal, now: Millis): void {
  if (m.done !== undefined) return;
  if (m.fg?.pid1) {
    // Note: PID 1 has no default signal actions; an unhandled signal is ignored by the kernel.
    signalRunning(m.fg, sig, now);
    return;
  }
  if (!m.shellIsPid1) return;
  const action = m.traps[sig.slice(3)];
  if (!action) return;
  m.pending.push(sig);
  if (!m.fg) m.clock = Math.max(m.clock, now);
}
