import type { Millis } from './api/types.js';

/** A timer: fire `what` at `at`. `seq` keeps equal times in the order they were set. */
export interface Timer<T> {
  readonly at: Millis;
  readonly seq: number;
  readonly what: T;
}

/**
 * A binary min-heap of timers by (at, seq), as plain data: three parallel lists and a counter.
 * Note: parallel lists rather than one object per timer, because a periodic timer (a probe)
 * lives a whole period, long enough for the garbage collector to promote every such object.
 */
export interface TimerQueue<T> {
  readonly at: Millis[];
  readonly seq: number[];
  readonly what: T[];
  nextSeq: number;
}

export function emptyQueue<T>(): TimerQueue<T> {
  return { at: [], seq: [], what: [], nextSeq: 0 };
}

/** The number of timers waiting. */
export function queueSize<T>(q: TimerQueue<T>): number {
  return q.at.length;
}

function before<T>(q: TimerQueue<T>, i: number, j: number): boolean {
  const a = q.at[i];
  const b = q.at[j];
  return a < b || (a === b && q.seq[i] < q.seq[j]);
}

function swap<T>(q: TimerQueue<T>, i: number, j: number): void {
  const at = q.at[i]; q.at[i] = q.at[j]; q.at[j] = at;
  const seq = q.seq[i]; q.seq[i] = q.seq[j]; q.seq[j] = seq;
  const what = q.what[i]; q.what[i] = q.what[j]; q.what[j] = what;
}

export function pushTimer<T>(q: TimerQueue<T>, at: Millis, what: T): void {
  q.at.push(at);
  q.seq.push(q.nextSeq++);
  q.what.push(what);
  let i = q.at.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(q, i, parent)) break;
    swap(q, i, parent);
    i = parent;
  }
}

/** When the earliest timer is due, if any. */
export function peekAt<T>(q: TimerQueue<T>): Millis | undefined {
  return q.at.length > 0 ? q.at[0] : undefined;
}

export function peekTimer<T>(q: TimerQueue<T>): Timer<T> | undefined {
  return q.at.length > 0 ? { at: q.at[0], seq: q.seq[0], what: q.what[0] } : undefined;
}

/** Removes the earliest timer and returns what it fires. */
export function popWhat<T>(q: TimerQueue<T>): T | undefined {
  const n = q.at.length;
  if (n === 0) return undefined;
  const top = q.what[0];
  const at = q.at.pop()!;
  const seq = q.seq.pop()!;
  const what = q.what.pop()!;
  if (n === 1) return top;
  q.at[0] = at;
  q.seq[0] = seq;
  q.what[0] = what;
  const size = n - 1;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < size && before(q, l, m)) m = l;
    if (r < size && before(q, r, m)) m = r;
    if (m === i) break;
    swap(q, i, m);
    i = m;
  }
  return top;
}

export function popTimer<T>(q: TimerQueue<T>): Timer<T> | undefined {
  if (q.at.length === 0) return undefined;
  const at = q.at[0];
  const seq = q.seq[0];
  return { at, seq, what: popWhat(q) as T };
}
