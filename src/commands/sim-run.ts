// Runs the simulator for `podlab sim` and keeps what the printers need: each pod's watch rows
// with the RESTARTS and AGE kubectl would print at that moment, and the pod object at the end
// (or as last seen, for a pod deleted during the run).
//
// Two passes over the same input and seed: the first learns when rows change and pods go away,
// the second stops at exactly those times to look at the pods. Stopping the clock more often
// does not change a run (the engine fires the same timers in the same order), so the second
// pass is the run itself.
import type { Millis, Pod } from '../sim/api/types.js';
import {
  getPods, getWarnings, getWatchRows, init, runUntil,
  type AggregatedEvent, type PodRecord, type SimInput, type SimState, type SimWarning,
} from '../sim/index.js';
import { humanDuration, printPodRow, translateTimestampSince } from '../sim/status/index.js';

/** One `kubectl get pods -w` line. */
export interface RowView {
  readonly t: Millis;
  readonly ready: string;
  readonly status: string;
  readonly restarts: number;
  /** RESTARTS as printed then, e.g. `3 (25s ago)`. */
  readonly restartsText: string;
  /** AGE as printed then. */
  readonly age: string;
}

export interface PodView {
  readonly name: string;
  readonly namespace: string;
  readonly rows: readonly RowView[];
  /** The pod at the end, or as last seen before it was deleted. */
  readonly object?: Pod;
  readonly removedAt?: Millis;
}

export interface SimRun {
  readonly state: SimState;
  readonly endMs: Millis;
  readonly pods: readonly PodView[];
  /** Aggregated events in the order they first happened. */
  readonly events: readonly AggregatedEvent[];
  readonly warnings: readonly SimWarning[];
}

const keyOf = (uid: string, t: Millis) => `${uid}@${t}`;

function podOf(state: SimState, rec: PodRecord): Pod | undefined {
  return getPods(state, rec.namespace).find((p) => p.metadata.uid === rec.uid);
}

/** `3 (25s ago)` from the snapshot, when it agrees with the row's count (rows can share a time). */
function restartsText(restarts: number, printed: string | undefined): string {
  const m = printed === undefined ? null : /^(\d+)( \(.+\))?$/.exec(printed);
  return m && Number(m[1]) === restarts ? printed! : String(restarts);
}

export function runSimulation(input: SimInput, seed: number, endMs: Millis): SimRun {
  let first = init(input, seed);
  [first] = runUntil(first, endMs);
  const wanted = new Map<Millis, PodRecord[]>();
  const want = (t: Millis, rec: PodRecord) => {
    if (t < 0 || t > endMs) return;
    wanted.set(t, [...(wanted.get(t) ?? []), rec]);
  };
  for (const rec of getWatchRows(first)) {
    for (const row of rec.rows) want(row.t, rec);
    if (rec.removedAt !== undefined) want(rec.removedAt - 1, rec);
  }
  const seen = new Map<string, Pod>();
  let state = init(input, seed);
  for (const t of [...wanted.keys()].sort((a, b) => a - b)) {
    [state] = runUntil(state, t);
    for (const rec of wanted.get(t) ?? []) {
      const pod = podOf(state, rec);
      if (pod) seen.set(keyOf(rec.uid, t), pod);
    }
  }
  [state] = runUntil(state, endMs);
  const pods = getWatchRows(state).map((rec): PodView => {
    const rows = rec.rows.map((row): RowView => {
      const snap = seen.get(keyOf(rec.uid, row.t));
      const nowMs = input.startEpochMs + row.t;
      const printed = snap ? printPodRow(snap, nowMs) : undefined;
      const age = snap ? translateTimestampSince(snap.metadata.creationTimestamp, nowMs) : humanDuration((row.t - rec.createdAt) / 1000);
      return { ...row, restartsText: restartsText(row.restarts, printed?.restarts), age };
    });
    const removed = rec.removedAt !== undefined;
    const object = removed ? seen.get(keyOf(rec.uid, rec.removedAt! - 1)) : podOf(state, rec);
    return { name: rec.name, namespace: rec.namespace, rows, ...(object ? { object } : {}), ...(removed ? { removedAt: rec.removedAt } : {}) };
  });
  return { state, endMs, pods, events: [...state.events.list], warnings: getWarnings(state) };
}
