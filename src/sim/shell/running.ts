// The foreground program a machine waits on, stepped through its Behaviour: timed log lines, a
// repeated line, its own exit, and the exit a handled signal schedules.

import type { Millis } from '../api/types.js';
import { type Behaviour, SIGNAL_NUMBERS, type Signal, type Stream } from '../proc/behaviour-types.js';
import { fillTemplate } from '../proc/clock.js';
import type { Runtime } from './command-types.js';
import type { Fds, Machine, Running } from './machine-types.js';
import { write } from './redirect.js';

export function startRunning(name: string, behaviour: Behaviour, at: Millis, fds: Fds, final: boolean, pid1: boolean, underInit = false): Running {
  const logs = behaviour.logs;
  const sorted = logs && logs.some((l, i) => i > 0 && l.afterMs < logs[i - 1].afterMs)
    ? { ...behaviour, logs: [...logs].sort((a, b) => a.afterMs - b.afterMs) }
    : behaviour;
  const r: Running = { name, behaviour: sorted, startedAt: at, fds, final, pid1, underInit, logIndex: 0, signalLogs: [] };
  if (behaviour.repeat) r.nextRepeatAt = at + (behaviour.repeat.startMs ?? behaviour.repeat.everyMs);
  return r;
}

function exitTime(r: Running): { at: Millis; code: number } | undefined {
  const own = r.behaviour.exit ? { at: r.startedAt + r.behaviour.exit.afterMs, code: r.behaviour.exit.code } : undefined;
  const sig = r.signalExit;
  if (own && sig) return own.at <= sig.at ? own : sig;
  return own ?? sig;
}

/** The next time something happens (a line, an exit, memory being allocated) after `now`. */
export function nextRunningEvent(r: Running, now: Millis): Millis | undefined {
  const times: number[] = [];
  const logs = r.behaviour.logs ?? [];
  if (r.logIndex < logs.length) times.push(r.startedAt + logs[r.logIndex].afterMs);
  if (r.nextRepeatAt !== undefined) times.push(r.nextRepeatAt);
  if (r.signalLogs.length) times.push(r.signalLogs[0].at);
  const exit = exitTime(r);
  if (exit) times.push(exit.at);
  const mem = r.behaviour.memory;
  if (mem?.afterMs && r.startedAt + mem.afterMs > now) times.push(r.startedAt + mem.afterMs);
  return times.length ? Math.min(...times) : undefined;
}

/** Writes what happens up to `until`; returns the exit when it comes by then. */
export function advanceRunning(m: Machine, rt: Runtime, r: Running, until: Millis): { at: Millis; code: number } | undefined {
  const logs = r.behaviour.logs ?? [];
  const exit = exitTime(r);
  const exitAt = exit?.at ?? Infinity;
  const emit = (at: Millis, stream: Stream | undefined, text: string) => {
    const filled = fillTemplate(text, rt.world.startEpochMs + at, at - r.startedAt, rt.world.hostname);
    write(m, rt, stream === 'stderr' ? r.fds.err : r.fds.out, filled + '\n', at);
  };
  for (let guard = 0; guard < 100_000; guard++) {
    const tLog = r.logIndex < logs.length ? r.startedAt + logs[r.logIndex].afterMs : Infinity;
    const tRep = r.nextRepeatAt ?? Infinity;
    const tSig = r.signalLogs.length ? r.signalLogs[0].at : Infinity;
    const t = Math.min(tLog, tRep, tSig);
    if (t > until || t > exitAt) break;
    if (t === tSig) {
      const line = r.signalLogs.shift()!;
      emit(line.at, line.stream, line.text);
    } else if (t === tLog) {
      const line = logs[r.logIndex++];
      emit(t, line.stream, line.text);
    } else {
      const rep = r.behaviour.repeat!;
      emit(t, rep.stream, rep.text);
      r.nextRepeatAt = t + Math.max(1, rep.everyMs);
    }
  }
  return exit && exit.at <= until ? exit : undefined;
}

/** A signal to a program that is PID 1: true when it handles it (and an exit is now scheduled). */
export function signalRunning(r: Running, sig: Signal, now: Millis): boolean {
  const handled = r.behaviour.signals?.[sig];
  // Under an init such as tini the program is not PID 1: a signal it does not handle terminates it.
  const action = handled ?? (r.underInit && sig !== 'SIGWINCH' ? { exitCode: 128 + SIGNAL_NUMBERS[sig] } : undefined);
  if (!action) return false;
  const at = now + (action.afterMs ?? 0);
  if (!r.signalExit || r.signalExit.at > at) r.signalExit = { at, code: action.exitCode };
  for (const l of action.logs ?? []) r.signalLogs.push({ at: now + l.afterMs, stream: l.stream ?? 'stdout', text: l.text });
  r.signalLogs.sort((a, b) => a.at - b.at);
  return true;
}
