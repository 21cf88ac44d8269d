import type { Millis } from './api/types.js';

/** A timer: fire `what` at `at`. `seq` keeps equal times in the order they were set. */
export interface Timer<T> {
  readonly at: Millis;
  readonly seq: number;
  readonly what: T;
}

/** A binary min-heap of timers by (at, seq), as plain data (an array and a counter). */
export interface TimerQueue<T> {
  readonly heap: Timer<T>[];
  nextSeq: number;
}

export function emptyQueue<T>(): TimerQueue<T> {
  return { heap: [], nextSeq: 0 };
}

const before = <T>(a: Timer<T>, b: Timer<T>) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export function pushTimer<T>(q: TimerQueue<T>, at: Millis, what: T): void {
  const heap = q.heap;
  heap.push({ at, seq: q.nextSeq++, what });
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

export function peekTimer<T>(q: TimerQueue<T>): Timer<T> | undefined {
  return q.heap[0];
}

export function popTimer<T>(q: TimerQueue<T>): Timer<T> | undefined {
  const heap = q.heap;
  const top = heap[0];
  const last = heap.pop();
  if (heap.length === 0 || last === undefined) return top;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && before(heap[l], heap[m])) m = l;
    if (r < heap.length && before(heap[r], heap[m])) m = r;
    if (m === i) break;
    [heap[i], heap[m]] = [heap[m], heap[i]];
    i = m;
  }
  return top;
}
