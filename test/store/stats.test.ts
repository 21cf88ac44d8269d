import { describe, expect, it } from 'vitest';
import { emptyData } from '../../src/store/migrate.js';
import { summarize } from '../../src/store/stats.js';
import type { AnswerRecord, StoreData, StoredCard } from '../../src/store/types.js';

/** Local times, so the tests mean the same in every time zone. */
const at = (day: number, hour = 12) => new Date(2026, 10, day, hour).toISOString();
const now = new Date(2026, 10, 21, 9, 0);
const answer = (day: number, correct: boolean, hour?: number): AnswerRecord => ({ at: at(day, hour), correct });
const card = (due: string): StoredCard => ({
  due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2,
});
const data = (extra: Partial<StoreData>): StoreData => ({ ...emptyData(), ...extra });

describe('summarize', () => {
  it('has exactly the shape DESIGN.md gives for progress --json', () => {
    const summary = summarize(emptyData(), now, 12);
    expect(summary).toEqual({
      lessons: { done: 0, total: 12 }, questions: { answered: 0, correct: 0, due: 0 }, exams: [], streakDays: 0,
    });
  });

  it('counts distinct questions, correct by their latest answer (by time, not position)', () => {
    const answers = {
      q1: [answer(20, false), answer(21, true, 8)],
      q2: [answer(21, false, 8), answer(19, true)],
      q3: [answer(18, true)],
      q4: [],
    };
    expect(summarize(data({ answers }), now, 0).questions).toMatchObject({ answered: 3, correct: 2 });
  });

  it('counts cards due at or before now', () => {
    const cards = { a: card(now.toISOString()), b: card(at(20)), c: card(at(21, 10)) };
    expect(summarize(data({ cards }), now, 0).questions.due).toBe(2);
  });

  it('counts done lessons', () => {
    const lesson = (done: boolean) => ({ page: 0, done, updatedAt: at(1) });
    expect(summarize(data({ lessons: { a: lesson(true), b: lesson(false), c: lesson(true) } }), now, 5).lessons)
      .toEqual({ done: 2, total: 5 });
  });

  it.each([
    ['nothing at all', {}, 0],
    ['today only', { answers: { q: [answer(21, true, 8)] } }, 1],
    ['yesterday only: the streak holds until today ends', { answers: { q: [answer(20, true)] } }, 1],
    ['two days ago only: broken', { answers: { q: [answer(19, true)] } }, 0],
    ['19, 20, 21 from answers', { answers: { q: [answer(19, true), answer(20, false), answer(21, false, 1)] } }, 3],
    ['a gap on the 19th', { answers: { q: [answer(18, true), answer(20, true), answer(21, true, 1)] } }, 2],
    ['lesson days count too', { activeDays: ['2026-11-19', '2026-11-20'], answers: { q: [answer(21, true, 1)] } }, 3],
    ['a lesson visit today', { lessons: { a: { page: 1, done: false, updatedAt: at(21, 8) } }, activeDays: ['2026-11-20'] }, 2],
  ] as const)('streak: %s', (_name, extra, days) => {
    expect(summarize(data(extra as Partial<StoreData>), now, 0).streakDays).toBe(days);
  });

  it('streak runs across a month boundary', () => {
    const early = new Date(2026, 11, 1, 10);
    expect(summarize(data({ activeDays: ['2026-11-29', '2026-11-30', '2026-12-01'] }), early, 0).streakDays).toBe(3);
  });
});
