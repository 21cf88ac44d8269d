import { describe, expect, it } from 'vitest';
import { newCard, review, type SelfRating } from '../../src/quiz/index.js';
import { reviveCard, toStoredCard } from '../../src/store/card.js';

const T0 = new Date('2025-01-01T00:00:00Z');
const iso = (d: Date) => d.toISOString();

describe('FSRS with a fixed clock (ts-fsrs 5.4, 90% retention, no fuzz)', () => {
  it.each<[SelfRating, string, number]>([
    ['again', '2025-01-01T00:01:00.000Z', 1],
    ['hard', '2025-01-01T00:06:00.000Z', 1],
    ['good', '2025-01-01T00:10:00.000Z', 1],
    ['easy', '2025-01-09T00:00:00.000Z', 2],
  ])('a first answer rated %s is due at %s (state %i)', (rating, due, state) => {
    const card = review(undefined, rating, T0);
    expect([iso(card.due), card.state, card.reps]).toEqual([due, state, 1]);
  });

  it('a wrong answer (Again) then a right one (Good) steps through learning', () => {
    const wrong = review(undefined, 'again', T0);
    const right = review(wrong, 'good', wrong.due);
    expect(iso(right.due)).toBe('2025-01-01T00:11:00.000Z');
    expect(right.lapses).toBe(0);
  });

  it('two right answers graduate the card to days', () => {
    const first = review(undefined, 'good', T0);
    const second = review(first, 'good', first.due);
    expect([iso(second.due), second.state, second.scheduled_days]).toEqual(['2025-01-03T00:10:00.000Z', 2, 2]);
  });

  it('forgetting a graduated card (Again) counts a lapse and brings it back within minutes', () => {
    const graduated = review(review(undefined, 'good', T0), 'good', new Date('2025-01-01T00:10:00Z'));
    const forgot = review(graduated, 'again', graduated.due);
    expect(forgot.lapses).toBe(1);
    expect(forgot.state).toBe(3);
    expect(forgot.due.getTime() - graduated.due.getTime()).toBe(10 * 60_000);
  });

  it('schedules the same after a round trip through the store', () => {
    const first = review(undefined, 'good', T0);
    const stored = JSON.parse(JSON.stringify(toStoredCard(first)));
    const later = new Date('2025-01-01T00:30:00Z');
    expect(review(reviveCard(stored), 'good', later)).toEqual(review(first, 'good', later));
  });

  it('a new card is due at once', () => {
    expect(iso(newCard(T0).due)).toBe(iso(T0));
  });
});
