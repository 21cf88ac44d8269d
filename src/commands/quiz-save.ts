import { own } from '../store/mutations.js';
import { reviveCard } from '../store/card.js';
import type { ProgressStore } from '../store/store.js';
import type { JsonValue } from '../store/types.js';
import { review, type Grade, type QuizAnswer } from '../quiz/index.js';

/**
 * Saves one graded answer: the answer into the question's history, then its FSRS card moved
 * on by the answer's rating. The card is read fresh from disk, so a second podlab running at
 * the same time does not turn the schedule back.
 */
export function saveAnswer(store: ProgressStore, questionId: string, answer: QuizAnswer, grade: Grade, now: Date): void {
  const at = now.toISOString();
  store.recordAnswer(questionId, { correct: grade.correct, answer: answer as unknown as JsonValue, at });
  const stored = own(store.snapshot().cards, questionId);
  store.setCard(questionId, review(stored ? reviveCard(stored) : undefined, grade.rating, now));
}
