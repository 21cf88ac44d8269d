import type { SessionState, SessionSummary } from '../quiz/index.js';
import type { QuizTranslate } from './quiz-messages.js';
import { lessonLink } from './quiz-render.js';

/** The end of a run: the score, the score by topic, and what to read again. */
export function summaryLines(t: QuizTranslate, state: SessionState, summary: SessionSummary): string[] {
  const lines = [''];
  if (state.hasQuit) lines.push(t('stopped', { i: state.outcomes.length, n: summary.total }));
  if (summary.answered === 0) return [...lines, t('nothingAnswered')];
  const vars = { correct: summary.correct, answered: summary.answered, skipped: summary.skipped };
  lines.push(summary.skipped > 0 ? t('doneSkipped', vars) : t('done', vars));
  if (summary.byTopic.length > 1) {
    lines.push(t('byTopic'), ...summary.byTopic.map((s) => t('topicScore', { topic: s.topic, correct: s.correct, answered: s.answered })));
  }
  if (summary.review.length === 0) {
    lines.push(t('allRight'));
  } else {
    lines.push(t('review'), ...summary.review.map((r) => t('reviewLine', { topic: r.topic, links: r.lessons.map((l) => lessonLink(t, l)).join('; ') })));
  }
  return lines;
}
