// Starting, stepping and signalling a container's main process over virtual time.

import type { Millis } from '../api/types.js';
import type { Runtime } from '../shell/command-types.js';
import { bootMachine, deliverSignal, machineWake, runMachine } from '../shell/machine.js';
import type { Machine } from '../shell/machine-types.js';
import type { Signal } from './behaviour-types.js';
import { cloneProc } from './clone.js';
import { lookupCommand } from './commands.js';
import { memoryAt } from './memory.js';
import type { Proc, ProcStep } from './process-types.js';
import type { LogLine, ProcWorld } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MProc = Mutable<Omit<Proc, 'jobs' | 'ended' | 'warned'>> & { jobs: Machine[]; ended: Record<number, { status: number; at: Millis }>; warned: string[] };

const STDOUT = { k: 'log', stream: 'stdout' } as const;
const STDERR = { k: 'log', stream: 'stderr' } as const;

/**
 * A new process about to run `argv` (already ENTRYPOINT/CMD-resolved, see `containerArgv`).
 * Nothing runs until the first `stepProcess`. The working directory is created, as runc does.
 */
export function startProcess(argv: readonly string[], world: ProcWorld): Proc {
  const cwd = world.workingDir || world.image.workingDir || '/';
  if (cwd !== '/') world.fs.mkdir(cwd, true);
  const main = bootMachine({ id: 0, argv, env: world.env, cwd, clock: world.now, fds: { out: STDOUT, err: STDERR } });
  // Every field present, in `cloneProc`'s order: a process stepped in place keeps one shape.
  return {
    argv: [...argv], startedAt: world.now, jobs: [main], nextJob: 1, ended: {}, listening: [], memory: [], memoryBytes: 0, cpuMilli: 0,
    handlesSigterm: false, exited: undefined, warned: [],
  };
}

/** The runtime a step's machines see. */
export function runtimeFor(p: MProc, world: ProcWorld, warnings: string[], mode: Runtime['mode'] = 'process'): Runtime {
  return {
    world,
    mode,
    logs: [] as LogLine[],
    warn(text) {
      if (p.warned.includes(text)) return;
      p.warned.push(text);
      warnings.push(text);
    },
    lookup: (name, m, env) => lookupCommand(world, m.cwd, name, env),
    spawn(make) {
      const id = p.nextJob++;
      p.jobs.push(make(id));
      return 100 + id;
    },
    jobEnd(id) {
      const job = p.jobs.find((j) => j.id === id);
      if (job) return job.done === undefined ? undefined : { status: job.done, at: job.clock };
      return p.ended[id] ?? { status: 127, at: 0 };
    },
    liveJobs: () => p.jobs.filter((j) => j.id !== 0 && j.done === undefined).map((j) => j.id),
  };
}

/** Runs every machine up to `until`, again while one of them unblocks another (`wait`). */
export function advance(p: MProc, rt: Runtime, until: Millis): void {
  for (let round = 0; round < 50; round++) {
    for (let i = 0; i < p.jobs.length; i++) {
      const m = p.jobs[i];
      if (m.done === undefined && (i === 0 || p.jobs[0].done === undefined)) runMachine(m, rt, until);
    }
    const unblocked = p.jobs.some((m) => m.done === undefined && m.waitingFor?.every((id) => rt.jobEnd(id) !== undefined));
    if (!unblocked || p.jobs[0].done !== undefined) return;
  }
}

/** Whether the process's PID 1 reacts to `sig` (handler, trap, or an init forwarding it). */
export function handlesSignal(proc: Pick<Proc, 'jobs' | 'exited'>, sig: Signal): boolean {
  const main = proc.jobs[0];
  if (proc.exited || !main || main.done !== undefined) return false;
  if (sig === 'SIGKILL') return true;
  if (main.fg?.pid1) return !!main.fg.behaviour.signals?.[sig] || (main.fg.underInit && sig !== 'SIGWINCH');
  return main.shellIsPid1 && !!main.traps[sig.slice(3)];
}

function conclude(p: MProc, rt: Runtime, warnings: string[], now: Millis): ProcStep {
  const main = p.jobs[0];
  if (!p.exited && main.done !== undefined) {
    p.exited = main.startError ? { code: 128, startError: main.startError } : { code: main.done };
  }
  // Finished background jobs leave the list (their end stays known); most processes have none.
  if (p.jobs.length > 1) {
    for (let i = 1; i < p.jobs.length; i++) {
      const j = p.jobs[i];
      if (j.done !== undefined) p.ended[j.id] = { status: j.done, at: j.clock };
    }
    p.jobs = p.jobs.filter((j, i) => i === 0 || j.done === undefined);
  }
  const listening: Proc['listening'][number][] = [];
  const memory: Proc['memory'][number][] = [];
  let cpuMilli = 0;
  let wakeAt: Millis | undefined;
  for (const j of p.jobs) {
    if (j.done !== undefined) continue;
    cpuMilli += j.spinning ? 1000 : (j.fg?.behaviour.cpuMilli ?? 0);
    if (p.exited) continue;
    const fg = j.fg;
    if (fg) {
      for (const l of fg.behaviour.listen ?? []) {
        listening.push({ port: l.port, since: fg.startedAt + (l.afterMs ?? 0), programStart: fg.startedAt, ...(l.http ? { http: l.http } : {}) });
      }
      const mem = fg.behaviour.memory;
      if (mem) memory.push({ bytes: mem.bytes, from: fg.startedAt + (mem.afterMs ?? 0), growBytesPerSecond: mem.growBytesPerSecond ?? 0 });
    }
    const wake = machineWake(j, now);
    if (wake !== undefined && (wakeAt === undefined || wake < wakeAt)) wakeAt = wake;
  }
  p.listening = listening;
  p.memory = memory;
  p.memoryBytes = memoryAt(p, now);
  p.cpuMilli = p.exited ? 0 : cpuMilli;
  p.handlesSigterm = handlesSignal(p, 'SIGTERM');
  if (wakeAt !== undefined) wakeAt = Math.max(now + 1, wakeAt);
  // The step's own log list is not used after this, so it is sorted in place (a stable sort).
  const logs = rt.logs.length > 1 ? rt.logs.sort((a, b) => a.at - b.at) : rt.logs;
  return { proc: p as Proc, logs, ...(wakeAt !== undefined ? { wakeAt } : {}), ...(p.exited ? { exit: p.exited } : {}), warnings };
}

function begin(proc: Proc, world: ProcWorld): { p: MProc; rt: Runtime; warnings: string[] } {
  const p = proc as MProc;
  const warnings: string[] = [];
  return { p, rt: runtimeFor(p, world, warnings), warnings };
}

/** Runs the process up to `world.now`: at its start and at each `wakeAt`. */
export function stepProcess(proc: Proc, world: ProcWorld): ProcStep {
  return proc.exited ? { proc, logs: [], warnings: [] } : stepOwnedProcess(cloneProc(proc), world);
}

/**
 * `stepProcess` for a caller that owns `proc` and keeps only the step's result: the step
 * changes `proc` itself instead of a copy (the kubelet's instances step thousands of times,
 * and each copy would be garbage a moment later).
 */
export function stepOwnedProcess(proc: Proc, world: ProcWorld): ProcStep {
  if (proc.exited) return { proc, logs: [], warnings: [] };
  const { p, rt, warnings } = begin(proc, world);
  advance(p, rt, world.now);
  return conclude(p, rt, warnings, world.now);
}

/**
 * Delivers a signal at `world.now` (after catching up to it). SIGKILL ends the process (137).
 * Note: PID 1 has no default signal actions, so a signal without a handler or trap is ignored.
 */
export function signalProcess(proc: Proc, signal: Signal, world: ProcWorld): ProcStep {
  return proc.exited ? { proc, logs: [], warnings: [] } : signalOwnedProcess(cloneProc(proc), signal, world);
}

/** `signalProcess` changing `proc` itself (see `stepOwnedProcess`). */
export function signalOwnedProcess(proc: Proc, signal: Signal, world: ProcWorld): ProcStep {
  if (proc.exited) return { proc, logs: [], warnings: [] };
  const { p, rt, warnings } = begin(proc, world);
  advance(p, rt, world.now);
  if (!p.exited && p.jobs[0].done === undefined) {
    if (signal === 'SIGKILL') {
      p.exited = { code: 137, signal: 9 };
    } else {
      deliverSignal(p.jobs[0], signal, world.now);
      advance(p, rt, world.now);
    }
  }
  return conclude(p, rt, warnings, world.now);
}
