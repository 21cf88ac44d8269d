/**
 * Feedback right after an answer: right or not, the right answer when it was missed, why each
 * wrong pick is wrong, what the simulator saw, the explanation and where to read more.
 */
import type { Question } from '../../content/types.js';
import type { Grade, SessionItem } from '../../quiz/index.js';
import { assertNever } from '../../util/assert-never.js';
import type { Line } from './line.js';
import { code, hang, lessonName, para, textOf, type QuizContext } from './quiz-parts.js';
import type { LessonSummary } from '../types.js';

/** The right answer, worded for the question's type (shown when the answer was wrong). */
function rightAnswer(ctx: QuizContext, item: SessionItem<Question>): Line[] {
  const q = item.question;
  const choice = (id: string) => textOf(ctx, (q.type === 'single' || q.type === 'multi' ? q.choices.find((c) => c.id === id)?.text : undefined) ?? { en: id, ko: id });
  switch (q.type) {
    case 'single':
      return para(ctx, ctx.q('feedback.answer', { answer: choice(q.answer) }), 1);
    case 'multi': {
      const ids = [...q.answer].sort((a, b) => item.order.indexOf(a) - item.order.indexOf(b));
      return para(ctx, ctx.q('feedback.answers', { answer: ids.map(choice).join('; ') }), 1);
    }
    case 'truefalse':
      return para(ctx, ctx.q('feedback.answer', { answer: ctx.q(q.answer ? 'session.true' : 'session.false') }), 1);
    case 'order':
      return [
        ...para(ctx, ctx.q('feedback.order'), 1),
        ...q.answer.flatMap((id, i) => hang(ctx, [{ text: `   ${i + 1}. ` }], textOf(ctx, q.steps.find((s) => s.id === id)?.text ?? { en: id, ko: id }))),
      ];
    case 'text':
      return para(ctx, ctx.q('feedback.accept', { answer: q.accept.join(', ') }), 1);
    case 'command':
      return [...para(ctx, ctx.q('feedback.solution'), 1), ...code(ctx, q.solution, 'shell')];
    case 'yaml':
      return [...para(ctx, ctx.q('feedback.solution'), 1), ...code(ctx, q.solution)];
    case 'predict':
      return para(ctx, ctx.q('feedback.answer', { answer: q.answer }), 1);
    case 'card':
      return [];
    default:
      return assertNever(q);
  }
}

/** Why each wrongly picked choice is wrong, in its own words. */
function whyNot(ctx: QuizContext, q: Question, grade: Grade): Line[] {
  if (q.type !== 'single' && q.type !== 'multi') return [];
  return grade.wrongPicks.flatMap((id) => {
    const c = q.choices.find((x) => x.id === id);
    return c ? para(ctx, ctx.q('feedback.whyNot', { choice: textOf(ctx, c.text), why: textOf(ctx, c.why) }), 1) : [];
  });
}

/** The feedback block of an answered item. */
export function feedbackLines(
  ctx: QuizContext, item: SessionItem<Question>, grade: Grade, isLast: boolean, lessons: readonly LessonSummary[],
): Line[] {
  const q = item.question;
  const lines: Line[] = [...para(ctx, ctx.q(grade.correct ? 'feedback.right' : 'feedback.wrong'), 1, grade.correct ? 'good' : 'warn')];
  if (!grade.correct) lines.push(...rightAnswer(ctx, item));
  lines.push(...whyNot(ctx, q, grade));
  if (q.type === 'order' && !grade.correct && grade.inPlace !== undefined) {
    lines.push(...para(ctx, ctx.q('feedback.inPlace', { n: grade.inPlace, total: grade.total ?? q.answer.length }), 1));
  }
  if (grade.why) lines.push(...para(ctx, grade.why, 1));
  if (q.type === 'truefalse') lines.push(...para(ctx, ctx.q('feedback.why', { why: textOf(ctx, q.why) }), 1));
  lines.push(...para(ctx, textOf(ctx, q.explanation), 1, 'dim'));
  if (q.lesson) lines.push(...para(ctx, ctx.q('feedback.readMore', { lesson: lessonName(ctx, lessons, q.lesson) }), 1));
  lines.push(...para(ctx, ctx.q(isLast ? 'feedback.last' : 'feedback.next'), 1, 'accent'));
  return lines;
}
