// `selectHost` of v1.33 (pkg/scheduler/schedule_one.go): the scored nodes go into a max-heap
// (Go's container/heap, reproduced step for step so equal scores pop in the same order), then
// reservoir sampling picks one of the top-scoring nodes: the k-th tied node replaces the pick
// when `rand.Intn(k) == 0`. Our seeded generator stands in for Go's global rand.
import { nextInt, type RngState } from '../rng.js';
import type { NodeScore } from './types.js';

const REPORTED = 3; // numberOfHighestScoredNodesToReport

type Less = (a: NodeScore, b: NodeScore) => boolean;
const less: Less = (a, b) => a.total > b.total;

function swap(h: NodeScore[], i: number, j: number): void {
  [h[i], h[j]] = [h[j], h[i]];
}

function down(h: NodeScore[], i0: number, n: number): void {
  let i = i0;
  for (;;) {
    const j1 = 2 * i + 1;
    if (j1 >= n) break;
    let j = j1;
    const j2 = j1 + 1;
    if (j2 < n && less(h[j2], h[j1])) j = j2;
    if (!less(h[j], h[i])) break;
    swap(h, i, j);
    i = j;
  }
}

function heapInit(h: NodeScore[]): void {
  for (let i = (h.length >> 1) - 1; i >= 0; i--) down(h, i, h.length);
}

function heapPop(h: NodeScore[]): NodeScore {
  const n = h.length - 1;
  swap(h, 0, n);
  down(h, 0, n);
  return h.pop() as NodeScore;
}

/** Picks the node; needs at least two scores (one feasible node never gets here). */
export function selectHost(scores: readonly NodeScore[], rng: RngState): { readonly node: string; readonly rng: RngState } {
  if (scores.length < 2) throw new Error(`selectHost needs at least two scored nodes, got ${scores.length}`);
  const h = [...scores];
  heapInit(h);
  const sorted = [heapPop(h)];
  let tied = 1;
  let selected = 0;
  let state = rng;
  for (;;) {
    const ns = heapPop(h);
    if (ns.total !== sorted[0].total && sorted.length === REPORTED) break;
    if (ns.total === sorted[0].total) {
      tied++;
      const [draw, next] = nextInt(state, tied);
      state = next;
      if (draw === 0) selected = tied - 1;
    }
    sorted.push(ns);
    if (h.length === 0) break;
  }
  return { node: sorted[selected].node, rng: state };
}
