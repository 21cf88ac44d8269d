/** The end of a session: the score, the score by topic, and the lessons to read again. */
import { summarizeSession } from '../../quiz/index.js';
import { reviewLinks, type SessionRun } from '../state/quiz-run.js';
import { BLANK, type Line } from './line.js';
import { hang, lessonName, para, topicName, type QuizContext, type QuizScreen, type QuizViewData } from './quiz-parts.js';

export function summaryScreen(ctx: QuizContext, run: SessionRun, data: QuizViewData): QuizScreen {
  const { session } = run;
  const summary = summarizeSession(session);
  const header: Line = [{ text: ' ' + ctx.q(run.mode === 'interview' ? 'summary.titleInterview' : 'summary.title'), tone: 'title' }];
  const lines: Line[] = [BLANK];
  if (session.hasQuit) lines.push(...para(ctx, ctx.q('summary.stopped', { i: session.outcomes.length, n: summary.total }), 1));
  if (summary.answered === 0) {
    lines.push(...para(ctx, ctx.q('summary.nothing'), 1));
    return { header, lines, focus: { from: 0, to: lines.length - 1 } };
  }
  const vars = { correct: summary.correct, answered: summary.answered, skipped: summary.skipped };
  lines.push(...para(ctx, ctx.q(summary.skipped > 0 ? 'summary.scoreSkipped' : 'summary.score', vars), 1, 'title'));
  if (summary.byTopic.length > 1) {
    lines.push(BLANK, ...para(ctx, ctx.q('summary.byTopic'), 1));
    for (const s of summary.byTopic) {
      lines.push(...para(ctx, ctx.q('summary.topic', { topic: topicName(ctx, data.lessons, s.topic), correct: s.correct, answered: s.answered }), 3));
    }
  }
  lines.push(BLANK);
  const links = reviewLinks(session);
  let focus = { from: 0, to: lines.length - 1 };
  if (links.length === 0) {
    lines.push(...para(ctx, ctx.q('summary.allRight'), 1, 'good'));
  } else {
    lines.push(...para(ctx, ctx.q('summary.review'), 1));
    links.forEach((link, i) => {
      const isSelected = i === run.link;
      const from = lines.length;
      lines.push(...hang(ctx, [{ text: isSelected ? ' › ' : '   ', tone: 'accent' }], lessonName(ctx, data.lessons, link), isSelected ? 'selected' : undefined));
      if (isSelected) focus = { from, to: lines.length - 1 };
    });
  }
  lines.push(BLANK, ...para(ctx, ctx.q('summary.saved'), 1, 'dim'));
  return { header, lines, focus };
}
