import type { SessionState } from './reducer.js';
import type { LessonRef, QuizQuestion } from './types.js';

/** Right and answered counts of one topic. */
export interface TopicScore {
  readonly topic: string;
  readonly answered: number;
  readonly correct: number;
}

/** What to read again for one topic: the missed questions and their lesson links (no duplicates). */
export interface ReviewTopic {
  readonly topic: string;
  readonly questionIds: readonly string[];
  readonly lessons: readonly LessonRef[];
}

/** The end of a session. Cards count as right unless rated Again. */
export interface SessionSummary {
  /** Questions in the session, asked or not. */
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
  readonly skipped: number;
  /** Topics in the order they first came up. */
  readonly byTopic: readonly TopicScore[];
  /** Topics with missed questions, in the order they came up. */
  readonly review: readonly ReviewTopic[];
}

export function summarizeSession<Q extends QuizQuestion>(state: SessionState<Q>): SessionSummary {
  const byId = new Map(state.items.map((item) => [item.question.id, item.question]));
  const scores = new Map<string, { answered: number; correct: number }>();
  const review = new Map<string, { questionIds: string[]; lessons: LessonRef[] }>();
  let answered = 0;
  let correct = 0;
  let skipped = 0;
  for (const outcome of state.outcomes) {
    const question = byId.get(outcome.questionId);
    if (!question) continue;
    if (outcome.kind === 'skipped') {
      skipped++;
      continue;
    }
    answered++;
    const score = scores.get(question.topic) ?? { answered: 0, correct: 0 };
    score.answered++;
    scores.set(question.topic, score);
    if (outcome.grade.correct) {
      correct++;
      score.correct++;
      continue;
    }
    const entry = review.get(question.topic) ?? { questionIds: [], lessons: [] };
    entry.questionIds.push(question.id);
    const link = question.lesson ?? { id: question.topic };
    if (!entry.lessons.some((l) => l.id === link.id && l.page === link.page)) entry.lessons.push(link);
    review.set(question.topic, entry);
  }
  return {
    total: state.items.length,
    answered,
    correct,
    skipped,
    byTopic: [...scores].map(([topic, s]) => ({ topic, ...s })),
    review: [...review].map(([topic, r]) => ({ topic, ...r })),
  };
}
