/** The topic picker, and the screens of text the quiz shows instead of a question. */
import { assertNever } from '../../util/assert-never.js';
import type { QuizArea } from '../state/quiz-area.js';
import { topicRows, type TopicRow } from '../state/quiz-draw.js';
import type { QuizMessage } from '../state/quiz-run.js';
import { padEnd, truncate, widthOf } from '../text.js';
import { BLANK, type Line } from './line.js';
import { headerWidth, para, spreadSpans, topicName, whenText, type QuizContext, type QuizScreen, type QuizViewData } from './quiz-parts.js';

/** The picker's rows now (none before the questions are in). */
export function pickerRows(area: QuizArea, now: Date): TopicRow[] {
  if (area.content.kind !== 'ready') return [];
  const { answers, cards } = area.history;
  return topicRows(area.content.content.questions, cards, answers, now);
}

function rowText(ctx: QuizContext, row: TopicRow, data: QuizViewData): { readonly name: string; readonly counts: string } {
  switch (row.kind) {
    case 'review':
      return { name: ctx.q('pick.review', { n: row.count }), counts: '' };
    case 'all':
    case 'topic': {
      const name = row.kind === 'all' ? ctx.q('pick.all') : topicName(ctx, data.lessons, row.topic);
      const counts = row.due > 0 ? ctx.q('pick.counts', { n: row.questions, due: row.due }) : ctx.q('pick.countsNone', { n: row.questions });
      return { name, counts };
    }
    default:
      return assertNever(row);
  }
}

export function pickerScreen(ctx: QuizContext, selected: number, data: QuizViewData): QuizScreen {
  const rows = pickerRows(data.area, data.now);
  const header = spreadSpans([{ text: ' ' + ctx.q('pick.title'), tone: 'title' }], { text: `${selected + 1}/${rows.length}`, tone: 'dim' }, headerWidth(ctx));
  const lines: Line[] = [...para(ctx, ctx.q('pick.why', { count: data.area.count }), 1, 'dim'), BLANK];
  const texts = rows.map((row) => rowText(ctx, row, data));
  const countWidth = Math.max(0, ...texts.map((t) => widthOf(t.counts)));
  const nameWidth = Math.max(4, ctx.width - 3 - countWidth - 2);
  let focus = { from: 0, to: 0 };
  texts.forEach((text, i) => {
    const isSelected = i === selected;
    if (isSelected) focus = { from: lines.length, to: lines.length };
    lines.push([
      { text: isSelected ? ' › ' : '   ', tone: 'accent' },
      { text: padEnd(truncate(text.name, nameWidth), nameWidth), tone: isSelected ? 'selected' : rows[i]?.kind === 'review' ? 'accent' : undefined },
      { text: '  ' + text.counts, tone: 'dim' },
    ]);
  });
  return { header, lines, focus };
}

/** A screen of text: loading, nothing to ask, questions that could not be read. */
export function messageScreen(ctx: QuizContext, message: QuizMessage, data: QuizViewData): QuizScreen {
  const lines: Line[] = [BLANK];
  switch (message.kind) {
    case 'loading':
      lines.push(...para(ctx, ctx.q('quiz.loading'), 1, 'dim'));
      break;
    case 'failed':
      lines.push(...para(ctx, ctx.q('quiz.failed', { message: message.message }), 1, 'warn'), BLANK, ...para(ctx, ctx.q('quiz.failedHint'), 1));
      break;
    case 'noQuestions':
      lines.push(...para(ctx, ctx.q('quiz.noQuestions'), 1));
      break;
    case 'nothingDue':
    case 'noCards':
      lines.push(...para(ctx, ctx.q(message.kind === 'noCards' ? 'quiz.noCards' : 'quiz.nothingDue'), 1, 'title'));
      if (message.next) lines.push(...para(ctx, ctx.q('quiz.nextDue', { when: whenText(ctx, new Date(message.next), data.now) }), 1));
      if (message.kind === 'nothingDue') lines.push(BLANK, ...para(ctx, ctx.q('quiz.pickAnother'), 1, 'dim'));
      break;
    default:
      assertNever(message);
  }
  return { header: [], lines, focus: { from: 0, to: 0 } };
}
