import { describe, expect, it } from 'vitest';
import { attemptsOf, bestPercent, isDue, withAttempt } from '../../../src/practice/drills/record.js';
import { emptyData } from '../../../src/store/migrate.js';

const NOW = new Date(Date.UTC(2025, 0, 1, 9));
const LATER = new Date(Date.UTC(2025, 0, 20, 9));

describe('drill attempts in the store', () => {
  it('a failed attempt goes into the history and starts a review card', () => {
    const data = withAttempt(emptyData(), 'd', { score: 1, total: 5 }, NOW);
    expect(data.answers.d).toEqual([{ at: NOW.toISOString(), correct: false, answer: { score: 1, total: 5 } }]);
    expect(data.cards.d.reps).toBe(1);
    expect(data.cards.d.lapses).toBe(0);
  });

  it('a solved drill with no card gets none: nothing to review', () => {
    const data = withAttempt(emptyData(), 'd', { score: 5, total: 5 }, NOW);
    expect(data.answers.d[0].correct).toBe(true);
    expect(data.cards.d).toBeUndefined();
  });

  it('a solved drill moves its card on', () => {
    const failed = withAttempt(emptyData(), 'd', { score: 0, total: 5 }, NOW);
    const solved = withAttempt(failed, 'd', { score: 5, total: 5 }, LATER);
    expect(solved.cards.d.reps).toBe(2);
    expect(Date.parse(solved.cards.d.due)).toBeGreaterThan(LATER.getTime());
  });

  it.each([
    [[], undefined],
    [[[1, 5]], 20],
    [[[1, 5], [4, 5], [2, 5]], 80],
    [[[2, 3]], 66],
  ])('best score of %j is %s', (tries, best) => {
    const data = tries.reduce((d, [score, total]) => withAttempt(d, 'd', { score, total }, NOW), emptyData());
    expect(bestPercent(data, 'd')).toBe(best);
    expect(attemptsOf(data, 'd')).toHaveLength(tries.length);
  });

  it('is due once its card is', () => {
    const data = withAttempt(emptyData(), 'd', { score: 0, total: 5 }, NOW);
    expect(isDue(data, 'd', NOW)).toBe(false);
    expect(isDue(data, 'd', LATER)).toBe(true);
    expect(isDue(data, 'other', LATER)).toBe(false);
  });
});
