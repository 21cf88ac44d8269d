// Drill attempts in the progress store. A drill is kept like a question, under its id: each
// attempt in its answer history (with the score), and an FSRS card that a failed attempt rates
// Again, so drills not yet solved come back for review. A solved drill moves an existing card on
// (Good) but does not start one: a drill solved at the first try needs no schedule.
import { review } from '../../quiz/schedule.js';
import { reviveCard } from '../../store/card.js';
import { addExamResult, own, recordAnswer, setCard } from '../../store/mutations.js';
import type { ProgressStore } from '../../store/store.js';
import type { ExamResult, StoreData } from '../../store/types.js';

/** One attempt as saved in the answer history. */
export interface DrillAttempt {
  readonly score: number;
  readonly total: number;
  readonly gaveUp?: boolean;
  /** Set when the attempt was a task of a mock exam (the exam's id). */
  readonly exam?: string;
}

export const isSolved = (a: Pick<DrillAttempt, 'score' | 'total'>): boolean => a.total > 0 && a.score >= a.total;

/** The data with the attempt in the drill's history and its review card moved on. */
export function withAttempt(data: StoreData, drillId: string, attempt: DrillAttempt, now: Date): StoreData {
  const correct = isSolved(attempt);
  const next = recordAnswer(data, drillId, { correct, answer: { ...attempt }, at: now.toISOString() }, now);
  const stored = own(data.cards, drillId);
  if (correct && !stored) return next;
  return setCard(next, drillId, review(stored ? reviveCard(stored) : undefined, correct ? 'good' : 'again', now));
}

/**
 * Saves attempts (and, for an exam, its result) in one write. The store re-reads the file
 * under its lock, so a second podlab's review in between is kept.
 */
export function saveAttempts(store: ProgressStore, attempts: readonly (readonly [string, DrillAttempt])[], now: Date, exam?: ExamResult): void {
  store.update((data) => {
    const next = attempts.reduce((d, [id, a]) => withAttempt(d, id, a, now), data);
    return exam ? addExamResult(next, exam) : next;
  });
}

const isObj = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The attempts on record for a drill, oldest first (records of another shape are skipped). */
export function attemptsOf(data: StoreData, drillId: string): DrillAttempt[] {
  return (own(data.answers, drillId) ?? []).flatMap((r) => {
    const a = r.answer;
    return isObj(a) && typeof a.score === 'number' && typeof a.total === 'number' ? [a as unknown as DrillAttempt] : [];
  });
}

/** The best share of a drill's checks ever earned, in whole percent; undefined when never tried. */
export function bestPercent(data: StoreData, drillId: string): number | undefined {
  const tries = attemptsOf(data, drillId);
  if (tries.length === 0) return undefined;
  return Math.max(...tries.map((a) => (a.total > 0 ? Math.floor((a.score / a.total) * 100) : 0)));
}

/** Whether the drill's review card is due at `now`. */
export function isDue(data: StoreData, drillId: string, now: Date): boolean {
  const card = own(data.cards, drillId);
  return card !== undefined && Date.parse(card.due) <= now.getTime();
}
