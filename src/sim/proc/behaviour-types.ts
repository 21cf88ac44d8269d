// What a long-running program does over time, as plain data. The catalog's servers, `sleep`,
// `stress` and the images a Scenario declares are all described this way, so one stepper runs them.

import type { Millis } from '../api/types.js';

/** Signals the simulator delivers. Numbers are Linux x86-64. */
export type Signal = 'SIGHUP' | 'SIGINT' | 'SIGQUIT' | 'SIGKILL' | 'SIGUSR1' | 'SIGTERM' | 'SIGWINCH';

export const SIGNAL_NUMBERS: Readonly<Record<Signal, number>> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGUSR1: 10, SIGTERM: 15, SIGWINCH: 28,
};

export type Stream = 'stdout' | 'stderr';

/**
 * A log line template. Placeholders filled when the line is written: `{ts:nginx}` and `{ts:go}`
 * (`2025/01/01 00:00:01`), `{ts:iso}` (`2025-01-01T00:00:01.000000Z`), `{ts:mysql}`
 * (`2025-01-01 00:00:01+00:00`), `{ts:pg}` (`2025-01-01 00:00:01.000 UTC`), `{ts:redis}`
 * (`01 Jan 2025 00:00:01.000`), `{ts:fluentd}` (`2025-01-01 00:00:01 +0000`), `{ts:httpd}`,
 * `{ts:clf}` (access logs), `{ts:unix}` (epoch seconds), `{uptime}` (seconds since the program
 * started, as Go prints a float), `{hostname}`. HTTP route bodies take the same placeholders.
 */
export interface TimedLog {
  readonly afterMs: Millis;
  readonly text: string;
  readonly stream?: Stream;
}

/** One HTTP route; the first route whose path and time window match answers. */
export interface HttpRoute {
  /** Exact path, or a prefix ending in `*` (`/api/*`); `*` alone matches every path. */
  readonly path: string;
  readonly status: number;
  readonly body?: string;
  /** Only from this long after the program started (inclusive). */
  readonly fromMs?: Millis;
  /** Only until this long after the program started (exclusive). */
  readonly untilMs?: Millis;
}

/** How a listening port answers HTTP. */
export type HttpSpec =
  | { readonly kind: 'routes'; readonly routes: readonly HttpRoute[]; readonly server?: string }
  /** A file server over the container's filesystem (nginx, httpd, busybox httpd). */
  | { readonly kind: 'static'; readonly root: string; readonly index: string; readonly server: 'nginx' | 'httpd' | 'busybox'; readonly version: string };

export interface ListenSpec {
  readonly port: number;
  /** Start-up time until the port accepts connections. */
  readonly afterMs?: Millis;
  /** Absent: a plain TCP server (redis, mysql ...): connections open, HTTP gets no answer. */
  readonly http?: HttpSpec;
}

/** What the program does when it receives a signal it handles. */
export interface SignalAction {
  readonly exitCode: number;
  /** Time from the signal to the exit (graceful shutdown). */
  readonly afterMs?: Millis;
  readonly logs?: readonly TimedLog[];
}

/** Resident memory: `bytes` once `afterMs` has passed, then growing by `growBytesPerSecond`. */
export interface MemorySpec {
  readonly bytes: number;
  readonly afterMs?: Millis;
  readonly growBytesPerSecond?: number;
}

/** A long-running program's whole behaviour. */
export interface Behaviour {
  readonly logs?: readonly TimedLog[];
  /** A line written every `everyMs`, first at `startMs` (default `everyMs`). */
  readonly repeat?: { readonly everyMs: Millis; readonly text: string; readonly stream?: Stream; readonly startMs?: Millis };
  readonly listen?: readonly ListenSpec[];
  readonly memory?: MemorySpec;
  /** CPU use in millicores while running (before the cgroup limit throttles it). */
  readonly cpuMilli?: number;
  /** Exits on its own this long after the start. Absent: runs until signalled. */
  readonly exit?: { readonly afterMs: Millis; readonly code: number };
  /** Handled signals. A signal not listed is ignored when the program is PID 1 (no default action). */
  readonly signals?: Readonly<Partial<Record<Signal, SignalAction>>>;
}
