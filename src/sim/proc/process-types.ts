// A container's process as plain data: the shell machines (the main one and background jobs) and
// what the kubelet reads from it (ports, memory, CPU, signal handling, how it ended).

import type { Millis } from '../api/types.js';
import type { Machine } from '../shell/machine-types.js';
import type { HttpSpec } from './behaviour-types.js';
import type { ProcExit, StepOutput } from './types.js';

/** A listening socket. */
export interface Listener {
  readonly port: number;
  /** When it accepts connections; later than now while the server is still starting. */
  readonly since: Millis;
  /** When its program started (for answers that change over time). */
  readonly programStart: Millis;
  /** Absent: a TCP server that does not speak HTTP. */
  readonly http?: HttpSpec;
}

/** Memory a program holds: `bytes` from `from`, growing by `growBytesPerSecond` after that. */
export interface MemoryPart {
  readonly bytes: number;
  readonly from: Millis;
  readonly growBytesPerSecond: number;
}

/**
 * The process. Copy with `cloneProc` (clone.ts); every function here returns a new value, except
 * the `Owned` steps of process.ts, which change the process they are given.
 */
export interface Proc {
  readonly argv: readonly string[];
  readonly startedAt: Millis;
  /** `jobs[0]` is the main process (PID 1's side); others are background jobs (`cmd &`). */
  readonly jobs: readonly Machine[];
  readonly nextJob: number;
  /** Background jobs that ended: exit status and time, by job id. */
  readonly ended: Readonly<Record<number, { readonly status: number; readonly at: Millis }>>;
  readonly listening: readonly Listener[];
  readonly memory: readonly MemoryPart[];
  /** Memory in use at the last step. */
  readonly memoryBytes: number;
  /** CPU demand in millicores at the last step (before any limit throttles it). */
  readonly cpuMilli: number;
  /** Whether SIGTERM makes it exit (a shell as PID 1 without a trap ignores it). */
  readonly handlesSigterm: boolean;
  readonly exited?: ProcExit;
  /** Warnings already given (each is given once). */
  readonly warned: readonly string[];
}

export type ProcStep = StepOutput<Proc>;
