import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseDuration } from '../../src/sim/go-duration.js';
import { formatRfc3339, parseRfc3339 } from '../../src/sim/time.js';
import { emptyQueue, popTimer, pushTimer } from '../../src/sim/timer-queue.js';
import { nextFloat, nextUid, seedRng } from '../../src/sim/rng.js';

describe('durations', () => {
  it.each([
    ['90', 90_000], ['90s', 90_000], ['5m', 300_000], ['1h30m', 5_400_000], ['250ms', 250], ['1.5h', 5_400_000],
    ['2d', 172_800_000], ['', undefined], ['5x', undefined], ['m', undefined], ['-5s', undefined],
  ])('parseDuration(%j) = %j', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each([
    [10_000, '10s'], [80_000, '1m20s'], [160_000, '2m40s'], [300_000, '5m0s'], [3_600_000, '1h0m0s'],
    [500, '500ms'], [1_500, '1.5s'], [0, '0s'],
  ])('formatGoDuration(%d) = %s', (ms, text) => expect(formatGoDuration(ms)).toBe(text));
});

describe('RFC 3339', () => {
  it.each([
    ['1970-01-01T00:00:00Z', 0],
    ['2025-01-01T00:00:00Z', 1_735_689_600_000],
    ['2024-02-29T12:34:56Z', 1_709_210_096_000],
    ['2025-01-01T09:00:00+09:00', 1_735_689_600_000],
    ['2025-01-01T00:00:00.5Z', 1_735_689_600_500],
    ['2025-13-01T00:00:00Z', undefined],
    ['yesterday', undefined],
  ])('parse %s', (text, ms) => expect(parseRfc3339(text)).toBe(ms));

  it.each([0, 1_735_689_600_000, 1_709_210_096_000, 4_102_444_800_000])('round-trips %d', (ms) => {
    expect(parseRfc3339(formatRfc3339(ms))).toBe(ms);
  });
});

describe('timer queue', () => {
  it('pops by time, then in insertion order', () => {
    const q = emptyQueue<string>();
    for (const [at, what] of [[5, 'c'], [1, 'a'], [5, 'd'], [3, 'b'], [0, 'z'], [5, 'e']] as const) pushTimer(q, at, what);
    const order: string[] = [];
    for (let t = popTimer(q); t; t = popTimer(q)) order.push(t.what);
    expect(order).toEqual(['z', 'a', 'b', 'c', 'd', 'e']);
  });
});

describe('rng', () => {
  it('replays the same sequence for the same seed', () => {
    const draw = (seed: number) => {
      let s = seedRng(seed);
      return Array.from({ length: 5 }, () => {
        const [f, n] = nextFloat(s);
        s = n;
        return f;
      });
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('makes version-4 shaped UIDs', () => {
    expect(nextUid(seedRng(1))[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
