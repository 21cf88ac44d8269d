/** The end of a session: the score, the score by topic, and the lessons to read again. */
import { summarizeSession } from '../../quiz/index.js';
import { nextLesson } from '../state/lesson-progress.js';
import { reviewLinks, type SessionRun } from '../state/quiz-run.js';
import { pick } from '../text.js';
import { BLANK, type Line } from './line.js';
import { hang, lessonName, para, topicName, type QuizContext, type QuizScreen, type QuizViewData } from './quiz-parts.js';

export function summaryScreen(ctx: QuizContext, run: SessionRun, data: QuizViewData): QuizScreen {
  const { session } = run;
  const summary = summarizeSession(session);
  const title = run.checkpoint ? ctx.t('checkpoint.title') : ctx.q(run.mode === 'interview' ? 'summary.titleInterview' : 'summary.title');
  const header: Line = [{ text: ' ' + title, tone: 'title' }];
  const lines: Line[] = [BLANK];
  if (session.hasQuit) lines.push(...para(ctx, ctx.q('summary.stopped', { i: session.outcomes.length, n: summary.total }), 1));
  if (summary.answered === 0) {
    lines.push(...para(ctx, ctx.q('summary.nothing'), 1), ...checkpointLines(ctx, run, data, false));
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
  lines.push(BLANK, ...para(ctx, ctx.q('summary.saved'), 1, 'dim'), ...checkpointLines(ctx, run, data, links.length > 0));
  return { header, lines, focus };
}

/** After a checkpoint: the next lesson, and the way back to the lessons list, where it is selected. */
function checkpointLines(ctx: QuizContext, run: SessionRun, data: QuizViewData, hasLinks: boolean): Line[] {
  if (!run.checkpoint) return [];
  const next = nextLesson(run.checkpoint.lesson, data.lessons);
  return [
    BLANK,
    ...(next ? para(ctx, ctx.t('reader.next', { title: pick(next.title, ctx.lang) }), 1, 'title') : []),
    ...para(ctx, ctx.t(hasLinks ? 'checkpoint.back' : 'checkpoint.backEnter'), 1),
  ];
}
