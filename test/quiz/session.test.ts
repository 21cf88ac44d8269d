import { describe, expect, it } from 'vitest';
import { drawItems, filterQuestions, matchesTopic, nextFloat, seedRng, shuffle, topicChoices } from '../../src/quiz/index.js';
import { ALL, multi, order, single } from './fixtures.js';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const draw = (seed: number) => {
      let s = seedRng(seed);
      return Array.from({ length: 5 }, () => {
        let f: number;
        [f, s] = nextFloat(s);
        return f;
      });
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((f) => f >= 0 && f < 1)).toBe(true);
  });

  it('follows the published mulberry32', () => {
    // The widely published one-function form, transcribed as it is usually written.
    function reference(a: number) {
      return () => {
        let t = (a += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    for (const seed of [0, 1, 12345, 4294967295]) {
      const next = reference(seed);
      let s = seedRng(seed);
      for (let i = 0; i < 3; i++) {
        let f: number;
        [f, s] = nextFloat(s);
        expect(f).toBe(next());
      }
    }
  });

  it('refuses a seed that is not a number', () => {
    expect(() => seedRng(Number.NaN)).toThrow(RangeError);
  });
});

describe('shuffle', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);
  it('is a permutation, fixed by the seed, and leaves its input alone', () => {
    const [a] = shuffle(items, seedRng(7));
    const [b] = shuffle(items, seedRng(7));
    const [c] = shuffle(items, seedRng(8));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(items[0]).toBe(0);
  });
});

describe('drawItems', () => {
  it('draws the same questions in the same order with the same options for one seed', () => {
    expect(drawItems(ALL, 123, 5)).toEqual(drawItems(ALL, 123, 5));
    expect(drawItems(ALL, 123, 9).map((i) => i.question.id)).not.toEqual(drawItems(ALL, 124, 9).map((i) => i.question.id));
  });

  it('takes at most count questions, and every question at most once', () => {
    expect(drawItems(ALL, 1, 3)).toHaveLength(3);
    const all = drawItems(ALL, 1, 100);
    expect(new Set(all.map((i) => i.question.id)).size).toBe(ALL.length);
  });

  it('shows every option exactly once, mapped back by id', () => {
    for (const item of drawItems([single, multi, order], 5, 3)) {
      const ids = item.question.type === 'order' ? item.question.steps.map((s) => s.id) : 'choices' in item.question ? item.question.choices.map((c) => c.id) : [];
      expect([...item.order].sort()).toEqual([...ids].sort());
    }
  });

  it('never shows an order question already in its right order', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(drawItems([order], seed, 1)[0].order).not.toEqual(order.answer);
    }
  });

  it('shuffles the choices across seeds', () => {
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => drawItems([single], seed, 1)[0].order.join()));
    expect(orders.size).toBeGreaterThan(5);
  });

  it.each([0, -1, 1.5])('refuses count %s', (count) => {
    expect(() => drawItems(ALL, 1, count)).toThrow(RangeError);
  });
});

describe('topics', () => {
  it.each([
    ['pod-basics', ['q-single', 'q-tf', 'q-predict', 'q-card']],
    ['A1', ['q-single', 'q-tf', 'q-predict', 'q-card']],
    ['b4', ['q-order', 'q-text']],
    ['D1', ['q-multi', 'q-yaml']],
    ['nope', []],
    ['probe', []],
  ])('topic %s selects %j', (topic, ids) => {
    expect(filterQuestions(ALL, { topic }).map((q) => q.id)).toEqual(ids);
  });

  it('filters by type and id too', () => {
    expect(filterQuestions(ALL, { types: ['card', 'single'] }).map((q) => q.id)).toEqual(['q-single', 'q-card']);
    expect(filterQuestions(ALL, { ids: ['q-card', 'q-order', 'gone'] }).map((q) => q.id)).toEqual(['q-order', 'q-card']);
  });

  it('lists what a topic may be', () => {
    expect(topicChoices(ALL)).toEqual({
      topics: ['kubectl-for-the-exam', 'pod-basics', 'probes', 'restart-policy-and-backoff'],
      syllabus: ['A1', 'B4', 'D1', 'I1'],
    });
    expect(matchesTopic(single, ' a1 ')).toBe(true);
  });
});
