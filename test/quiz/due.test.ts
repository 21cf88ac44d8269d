import { describe, expect, it } from 'vitest';
import { dueIds, forecast, missedIds, nextDue, review, reviewIds } from '../../src/quiz/index.js';

const NOW = new Date('2025-03-10T12:00:00Z');
const cards = {
  late: { due: '2025-03-08T09:00:00.000Z' },
  now: { due: '2025-03-10T12:00:00.000Z' },
  later: { due: '2025-03-10T18:00:00.000Z' },
  tomorrow: { due: new Date('2025-03-11T01:00:00Z') },
  week: { due: '2025-03-17T12:00:00.000Z' },
  far: { due: '2025-06-01T00:00:00.000Z' },
  broken: { due: 'not a date' },
};

describe('due lists', () => {
  it('lists due cards, most overdue first', () => {
    expect(dueIds(cards, NOW)).toEqual(['late', 'now']);
  });

  it('knows when the next review is', () => {
    expect(nextDue(cards, NOW)?.toISOString()).toBe('2025-03-10T18:00:00.000Z');
    expect(nextDue({ a: { due: '2025-01-01T00:00:00Z' } }, NOW)).toBeUndefined();
  });

  it('finds questions whose latest answer was wrong, by time not position', () => {
    expect(missedIds({
      fixed: [{ at: '2025-03-01T00:00:00Z', correct: false }, { at: '2025-03-02T00:00:00Z', correct: true }],
      missed: [{ at: '2025-03-02T00:00:00Z', correct: false }, { at: '2025-03-01T00:00:00Z', correct: true }],
      none: [],
    })).toEqual(['missed']);
  });

  it('reviews due cards first, then missed questions not already listed', () => {
    expect(reviewIds(cards, { late: [{ at: '2025-03-01T00:00:00Z', correct: false }], far: [{ at: '2025-03-01T00:00:00Z', correct: false }] }, NOW))
      .toEqual(['late', 'now', 'far']);
  });

  it('works on real cards too', () => {
    const card = review(undefined, 'again', new Date('2025-03-10T11:00:00Z'));
    expect(dueIds({ q: card }, NOW)).toEqual(['q']);
  });
});

describe('forecast', () => {
  it('counts reviews per UTC day for 14 days, overdue ones today', () => {
    const days = forecast(cards, NOW);
    expect(days).toHaveLength(14);
    expect(days.slice(0, 2)).toEqual([{ date: '2025-03-10', count: 3 }, { date: '2025-03-11', count: 1 }]);
    expect(days[7]).toEqual({ date: '2025-03-17', count: 1 });
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(5);
  });

  it('breaks days at local midnight', () => {
    // UTC+9: 2025-03-10T18:00Z is 03:00 on the 11th in Seoul, and now is 21:00 on the 10th.
    const days = forecast(cards, NOW, { days: 3, utcOffsetMinutes: 540 });
    expect(days).toEqual([{ date: '2025-03-10', count: 2 }, { date: '2025-03-11', count: 2 }, { date: '2025-03-12', count: 0 }]);
  });

  it('refuses a horizon of no days', () => {
    expect(() => forecast(cards, NOW, { days: 0 })).toThrow(RangeError);
  });
});
