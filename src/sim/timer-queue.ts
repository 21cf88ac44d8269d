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

export function pushTimer<T>(q: TimerQueue<T>, at: Millis, what: T): void {
  const seq = q.nextSeq++;
  const ats = q.at;
  const seqs = q.seq;
  const whats = q.what;
  // Sift up with a hole: parents later than the new timer move down, the timer is written once.
  let i = ats.length;
  ats.push(at);
  seqs.push(seq);
  whats.push(what);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pa = ats[parent];
    if (pa < at || (pa === at && seqs[parent] < seq)) break;
    ats[i] = pa;
    seqs[i] = seqs[parent];
    whats[i] = whats[parent];
    i = parent;
  }
  ats[i] = at;
  seqs[i] = seq;
  whats[i] = what;
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
  const ats = q.at;
  const seqs = q.seq;
  const whats = q.what;
  const top = whats[0];
  // The last timer sinks from the root through a hole: earlier children move up, it is written once.
  const at = ats.pop()!;
  const seq = seqs.pop()!;
  const what = whats.pop()!;
  const size = n - 1;
  if (size === 0) return top;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    let c = l;
    if (r < size && (ats[r] < ats[l] || (ats[r] === ats[l] && seqs[r] < seqs[l]))) c = r;
    const ca = ats[c];
    if (at < ca || (at === ca && seq < seqs[c])) break;
    ats[i] = ca;
    seqs[i] = seqs[c];
    whats[i] = whats[c];
    i = c;
  }
  ats[i] = at;
  seqs[i] = seq;
  whats[i] = what;
  return top;
}

export function popTimer<T>(q: TimerQueue<T>): Timer<T> | undefined {
  if (q.at.length === 0) return undefined;
  const at = q.at[0];
  const seq = q.seq[0];
  return { at, seq, what: popWhat(q) as T };
}
