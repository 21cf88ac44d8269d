import { localDay, previousDay } from './days.js';
import type { ExamResult, StoreData } from './types.js';

/** What `podlab progress --json` prints (DESIGN.md). */
export interface ProgressSummary {
  readonly lessons: { readonly done: number; readonly total: number };
  readonly questions: { readonly answered: number; readonly correct: number; readonly due: number };
  readonly exams: readonly ExamResult[];
  readonly streakDays: number;
}

/**
 * The summary at `now`. Pure (local days follow the process time zone).
 * - `answered`: distinct questions with at least one answer.
 * - `correct`: distinct questions whose LAST answer was correct. Chosen over "ever correct" so a
 *   question the learner has since got wrong stops counting, matching what spaced repetition
 *   will ask again.
 * - `due`: FSRS cards with `due <= now`.
 * - `lessons.done` counts every lesson id marked done, including ids no longer shipped.
 * - `streakDays`: consecutive local days with any answer or lesson page, ending today, or
 *   yesterday when nothing happened yet today (a streak is not broken before the day is over).
 */
export function summarize(data: StoreData, now: Date, totalLessons: number): ProgressSummary {
  const histories = Object.values(data.answers).filter((list) => list.length > 0);
  const nowMs = now.getTime();
  return {
    lessons: { done: Object.values(data.lessons).filter((l) => l.done).length, total: totalLessons },
    questions: {
      answered: histories.length,
      correct: histories.filter((list) => latest(list).correct).length,
      due: Object.values(data.cards).filter((c) => Date.parse(c.due) <= nowMs).length,
    },
    exams: data.exams,
    streakDays: streakDays(activeDays(data), now),
  };
}

/** Latest by time, not by list position (an imported history may be out of order). */
function latest<T extends { readonly at: string }>(list: readonly T[]): T {
  return list.reduce((a, b) => (Date.parse(b.at) >= Date.parse(a.at) ? b : a));
}

/** Every local day with activity: recorded days plus the days of answers and lesson visits. */
function activeDays(data: StoreData): ReadonlySet<string> {
  const days = new Set(data.activeDays);
  for (const list of Object.values(data.answers)) for (const a of list) days.add(localDay(new Date(a.at)));
  for (const lesson of Object.values(data.lessons)) days.add(localDay(new Date(lesson.updatedAt)));
  return days;
}

/** Consecutive days in `days` ending today, or yesterday when today has nothing yet. */
export function streakDays(days: ReadonlySet<string>, now: Date): number {
  let day = days.has(localDay(now)) ? now : previousDay(now);
  let count = 0;
  while (days.has(localDay(day))) {
    count++;
    day = previousDay(day);
  }
  return count;
}
