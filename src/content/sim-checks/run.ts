/**
 * Runs of admitted manifests in the simulator: the default cluster, a fixed seed and a fixed
 * start, so every check sees the same timeline on every machine. A run only moves forward.
 */
import { getPod, getWatchRows, init, runUntil, type Scenario, type SimState } from '../../sim/index.js';
import type { KubeObject, Pod } from '../../sim/api/index.js';
import { printPodRow } from '../../sim/status/index.js';

/** t = 0 of every run (any fixed instant would do; only differences are ever compared). */
export const RUN_START_MS = Date.UTC(2025, 0, 1);
/** The seed of every run: scheduler tie breaks, UIDs and container IDs come from it. */
export const RUN_SEED = 1;

/** The three columns a question can ask about, as `kubectl get pods` shows them at one time. */
export interface Columns {
  readonly status: string;
  readonly ready: string;
  /** The RESTARTS column without its `(2m ago)` part. */
  readonly restarts: number;
}

/** A pod by namespace and name. */
export interface PodRef {
  readonly namespace: string;
  readonly name: string;
}

/** The cluster at t = 0 with `objects` created and the Scenario's actions on the clock. */
export function startRun(objects: readonly KubeObject[], scenario?: Scenario): SimState {
  return init({ objects, startEpochMs: RUN_START_MS, ...(scenario ? { scenario } : {}) }, RUN_SEED);
}

/** Moves the run to `ms` (milliseconds since its start); a time already passed is a misuse. */
export function advance(state: SimState, ms: number): SimState {
  return ms === state.now ? state : runUntil(state, ms)[0];
}

/** What a run starts from: admitted objects and, optionally, a Scenario. */
export interface RunInput {
  readonly objects: readonly KubeObject[];
  readonly scenario?: Scenario;
}

/**
 * Runs shared between checks: one per key (the texts the input came from), moved forward as
 * later times are asked for, and started again only when an earlier time is asked for.
 */
export type RunPool = (key: string, input: RunInput, ms: number) => SimState;

export function runPool(): RunPool {
  const runs = new Map<string, SimState>();
  return (key, input, ms) => {
    const kept = runs.get(key);
    const state = advance(kept && kept.now <= ms ? kept : startRun(input.objects, input.scenario), ms);
    runs.set(key, state);
    return state;
  };
}

export function podOf(state: SimState, ref: PodRef): Pod | undefined {
  return getPod(state, ref.namespace, ref.name);
}

/** The row `kubectl get pods` prints for the pod now, computed by the simulator's printPod. */
export function columnsOf(state: SimState, pod: Pod): Columns {
  const row = printPodRow(pod, RUN_START_MS + state.now);
  return { status: row.status, ready: row.ready, restarts: Number.parseInt(row.restarts, 10) };
}

/** A change of a pod's columns: the watch rows, as `kubectl get pods -w` prints them. */
export interface TimedColumns extends Columns {
  /** Milliseconds since the start. */
  readonly t: number;
}

/**
 * Every row of the pod's watch, oldest first (the newest pod of that name when it was
 * re-created), ending with `{t: removedAt}` as undefined columns when it went away.
 */
export function watchOf(state: SimState, ref: PodRef): { rows: readonly TimedColumns[]; removedAt?: number } {
  const records = getWatchRows(state).filter((r) => r.namespace === ref.namespace && r.name === ref.name);
  const last = records[records.length - 1];
  if (!last) return { rows: [] };
  return { rows: last.rows, ...(last.removedAt !== undefined ? { removedAt: last.removedAt } : {}) };
}
