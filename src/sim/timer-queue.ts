import type { Millis } from './api/types.js';

/** A timer: fire `what` at `at`. `seq` keeps equal times in the order they were set. */
export interface Timer<T> {
  readonly at: Millis;
  readonly seq: number;
  readonly what: T;
}

/** The timers due at one time, in the order they were set (so by `seq`). */
interface Bucket<T> {
  /** `what[head..size)` are waiting; the lists may be longer (a reused bucket keeps its room). */
  readonly what: (T | undefined)[];
  readonly seq: number[];
  /** The first timer not fired yet. */
  head: number;
  size: number;
}

/** Drained buckets kept for reuse, at most this many. */
const SPARE_BUCKETS = 64;

/**
 * Timers ordered by (at, seq), as plain data: one bucket per time, and a binary min-heap of the
 * times that have one. A new timer always has the highest seq, so appending it to its time's
 * bucket keeps each bucket in seq order.
 * Note: buckets rather than one heap entry per timer, because most timers share their time
 * with many others (probe workers admitted together tick together): a tick costs an append and
 * a read, and the heap only moves when a whole time is done. Parallel lists rather than one
 * object per timer, because a periodic timer (a probe) lives a whole period, long enough for
 * the garbage collector to promote every such object.
 */
export interface TimerQueue<T> {
  /** The times that have a bucket, as a binary min-heap. */
  readonly times: Millis[];
  readonly buckets: Map<Millis, Bucket<T>>;
  /**
   * Drained buckets, reused for new times: periodic timers move from one time's bucket to a
   * later one's all run long, and reusing the lists spares the garbage collector their copies.
   */
  readonly spare: Bucket<T>[];
  size: number;
  nextSeq: number;
}

export function emptyQueue<T>(): TimerQueue<T> {
  return { times: [], buckets: new Map(), spare: [], size: 0, nextSeq: 0 };
}

/** The number of timers waiting. */
export function queueSize<T>(q: TimerQueue<T>): number {
  return q.size;
}

function add<T>(b: Bucket<T>, what: T, seq: number): void {
  if (b.size < b.what.length) {
    b.what[b.size] = what;
    b.seq[b.size] = seq;
  } else {
    b.what.push(what);
    b.seq.push(seq);
  }
  b.size++;
}

export function pushTimer<T>(q: TimerQueue<T>, at: Millis, what: T): void {
  const seq = q.nextSeq++;
  q.size++;
  const b = q.buckets.get(at);
  if (b) {
    add(b, what, seq);
    return;
  }
  const fresh = q.spare.pop() ?? { what: [], seq: [], head: 0, size: 0 };
  add(fresh, what, seq);
  q.buckets.set(at, fresh);
  // Sift up with a hole: parents later than the new time move down, the time is written once.
  const times = q.times;
  let i = times.length;
  times.push(at);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pa = times[parent];
    if (pa < at) break;
    times[i] = pa;
    i = parent;
  }
  times[i] = at;
}

/** When the earliest timer is due, if any. */
export function peekAt<T>(q: TimerQueue<T>): Millis | undefined {
  return q.times.length > 0 ? q.times[0] : undefined;
}

export function peekTimer<T>(q: TimerQueue<T>): Timer<T> | undefined {
  if (q.times.length === 0) return undefined;
  const at = q.times[0];
  const b = q.buckets.get(at)!;
  return { at, seq: b.seq[b.head], what: b.what[b.head] as T };
}

/** Removes the earliest time from the heap: the last time sinks from the root through a hole. */
function popTime(times: Millis[]): void {
  const at = times.pop()!;
  const size = times.length;
  if (size === 0) return;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    const c = r < size && times[r] < times[l] ? r : l;
    const ca = times[c];
    if (at < ca) break;
    times[i] = ca;
    i = c;
  }
  times[i] = at;
}

/** Removes the earliest timer and returns what it fires. */
export function popWhat<T>(q: TimerQueue<T>): T | undefined {
  if (q.times.length === 0) return undefined;
  const at = q.times[0];
  const b = q.buckets.get(at)!;
  const i = b.head++;
  const what = b.what[i] as T;
  // Fired timers let go of their task at once (a bucket can outlive many of them).
  b.what[i] = undefined;
  q.size--;
  if (b.head === b.size) {
    // A timer set later for this same time starts a new bucket, after every one fired here.
    q.buckets.delete(at);
    popTime(q.times);
    b.head = 0;
    b.size = 0;
    if (q.spare.length < SPARE_BUCKETS) q.spare.push(b);
  }
  return what;
}

export function popTimer<T>(q: TimerQueue<T>): Timer<T> | undefined {
  if (q.times.length === 0) return undefined;
  const at = q.times[0];
  const b = q.buckets.get(at)!;
  const seq = b.seq[b.head];
  return { at, seq, what: popWhat(q) as T };
}
