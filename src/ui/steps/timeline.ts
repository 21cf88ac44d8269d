/**
 * A manifest played in the simulator as a timeline the learner can scrub: the pod's
 * `kubectl get pods` row and its events at every second, and at every moment something changed.
 * Runs are the content checks' runs (same cluster, seed and start), so the learner sees exactly
 * what `podlab validate` checked the answer key against.
 */
import { advance, podOf, RUN_START_MS, startRun, watchOf, type PodRef, type RunInput } from '../../content/sim-checks/run.js';
import { getObjectEvents, type AggregatedEvent, type SimState } from '../../sim/index.js';
import { printPodRow } from '../../sim/status/index.js';
import type { Frame, PodRowText, StepEvent, Timeline } from './types.js';

/** A timeline never holds more frames on its one-second grid than this; longer ones step wider. */
const MAX_GRID_FRAMES = 1200;

/** Where a timeline ends: a little past `at` (a quarter of it, at least 10 s), on a 10 s mark. */
export function timelineEnd(atMs: number): number {
  const extra = Math.max(10_000, Math.round(atMs / 4));
  return Math.ceil((atMs + extra) / 10_000) * 10_000;
}

/** The pod's row now, as `kubectl get pods` prints it; undefined when it does not exist. */
export function rowNow(state: SimState, ref: PodRef): PodRowText | undefined {
  const pod = podOf(state, ref);
  if (!pod) return undefined;
  const row = printPodRow(pod, RUN_START_MS + state.now);
  return { name: row.name, ready: row.ready, status: row.status, restarts: row.restarts, age: row.age };
}

const toStepEvent = (e: AggregatedEvent): StepEvent => ({
  type: e.type, reason: e.reason, message: e.message, count: e.count, firstT: e.firstT, lastT: e.lastT,
});

/** The pod's events now, oldest first. */
export function eventsNow(state: SimState, ref: PodRef): StepEvent[] {
  return getObjectEvents(state, `pod/${ref.name}`, ref.namespace).map(toStepEvent);
}

/** The restart count without its `(12s ago)`: that part changes every second. */
const restartCount = (row: PodRowText) => row.restarts.split(' ')[0];

function isSameRow(a: PodRowText | undefined, b: PodRowText | undefined): boolean {
  if (!a || !b) return a === b;
  return a.ready === b.ready && a.status === b.status && restartCount(a) === restartCount(b);
}

const occurrences = (events: readonly StepEvent[]) => events.reduce((n, e) => n + e.count, 0);

/** The times to stop at: the grid, and every row change and event the first run saw. */
function stopsOf(input: RunInput, ref: PodRef, atMs: number, endMs: number): number[] {
  const first = advance(startRun(input.objects, input.scenario), endMs);
  const changes = [
    ...watchOf(first, ref).rows.map((r) => r.t),
    ...eventsNow(first, ref).flatMap((e) => [e.firstT, e.lastT]),
  ];
  const grid = 1000 * Math.max(1, Math.ceil(endMs / 1000 / MAX_GRID_FRAMES));
  const stops = new Set<number>([atMs, endMs, ...changes.filter((t) => t >= 0 && t <= endMs)]);
  for (let t = 0; t < endMs; t += grid) stops.add(t);
  return [...stops].sort((a, b) => a - b);
}

/** Plays `input` from 0 to `timelineEnd(atMs)` and records the pod `ref` along the way. */
export function buildTimeline(input: RunInput, ref: PodRef, atMs: number): Timeline {
  const endMs = timelineEnd(atMs);
  const frames: Frame[] = [];
  let state = startRun(input.objects, input.scenario);
  for (const t of stopsOf(input, ref, atMs, endMs)) {
    state = advance(state, t);
    const before = frames[frames.length - 1];
    const row = rowNow(state, ref);
    const seen = eventsNow(state, ref);
    const isSameEvents = before !== undefined && before.events.length === seen.length && occurrences(before.events) === occurrences(seen);
    // Note: unchanged events share the frame before's list; a long timeline stays small.
    const events = isSameEvents ? before.events : seen;
    frames.push({ t, row, events, isChange: !before || !isSameRow(before.row, row) || !isSameEvents });
  }
  return { pod: ref.name, at: atMs, frames, atIndex: Math.max(0, frames.findIndex((f) => f.t === atMs)) };
}
