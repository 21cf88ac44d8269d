// selectHost: Go's container/heap order for equal scores, then reservoir sampling.
import { describe, expect, it } from 'vitest';
import { nextInt, seedRng, type RngState } from '../../../src/sim/rng.js';
import { selectHost } from '../../../src/sim/scheduler/select-host.js';
import type { NodeScore } from '../../../src/sim/scheduler/types.js';

const s = (node: string, total: number): NodeScore => ({ node, total, plugins: {} });

/** Reservoir sampling over tied nodes in the given pop order, with our generator. */
function reservoir(order: string[], rng: RngState): { node: string; rng: RngState } {
  let pick = order[0];
  let state = rng;
  for (let k = 2; k <= order.length; k++) {
    const [draw, next] = nextInt(state, k);
    state = next;
    if (draw === 0) pick = order[k - 1];
  }
  return { node: pick, rng: state };
}

const seeds = Array.from({ length: 60 }, (_, i) => i + 1);

describe('selectHost', () => {
  it('the highest total wins without drawing', () => {
    expect(selectHost([s('a', 10), s('b', 30), s('c', 20)], seedRng(5))).toEqual({ node: 'b', rng: seedRng(5) });
  });

  it('ties below the top do not draw', () => {
    expect(selectHost([s('a', 10), s('b', 10), s('c', 50), s('d', 10)], seedRng(9))).toEqual({ node: 'c', rng: seedRng(9) });
  });

  it('three equal scores pop as a, c, b (heap order), one draw per extra tied node', () => {
    for (const seed of seeds) {
      expect(selectHost([s('a', 7), s('b', 7), s('c', 7)], seedRng(seed))).toEqual(reservoir(['a', 'c', 'b'], seedRng(seed)));
    }
  });

  it('the heap order matters: some seeds pick c where list order would pick b', () => {
    const differs = seeds.filter((seed) => reservoir(['a', 'c', 'b'], seedRng(seed)).node !== reservoir(['a', 'b', 'c'], seedRng(seed)).node);
    expect(differs.length).toBeGreaterThan(0);
  });

  // Pop orders worked out by hand from container/heap's Init and Pop.
  it.each<[string, NodeScore[], string[]]>([
    ['a lower entry first', [s('low', 1), s('x', 9), s('y', 9)], ['x', 'y']],
    ['a lower entry before three ties', [s('low', 1), s('a', 9), s('b', 9), s('c', 9)], ['a', 'c', 'b']],
  ])('%s: ties pop as %j', (_name, scores, order) => {
    for (const seed of seeds) expect(selectHost(scores, seedRng(seed))).toEqual(reservoir(order, seedRng(seed)));
  });

  it('refuses fewer than two nodes', () => {
    expect(() => selectHost([s('a', 1)], seedRng(1))).toThrow(/at least two/);
  });
});
