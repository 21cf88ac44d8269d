/** One question of a session as a screen: asking, then its feedback. */
import type { Question } from '../../content/types.js';
import { currentItem, lastOutcome, type SessionItem } from '../../quiz/index.js';
import { assertNever } from '../../util/assert-never.js';
import { itemMode } from '../state/quiz-item.js';
import type { QuizNote, SessionRun } from '../state/quiz-run.js';
import { BLANK, type Line } from './line.js';
import { answerPart } from './quiz-answer.js';
import { feedbackLines } from './quiz-feedback.js';
import type { QuizUiKey } from './quiz-messages.js';
import { code, headerWidth, para, spreadSpans, textOf, topicName, whenText, type QuizContext, type QuizScreen, type QuizViewData } from './quiz-parts.js';

/** `45` → `45s`, `150` → `2m30s`, as content writes durations. */
function seconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m > 0 ? `${m}m` : ''}${s > 0 || m === 0 ? `${s}s` : ''}`;
}

/** What the question shows before the answer area: its prompt, and the cluster or manifest it is about. */
function questionLines(ctx: QuizContext, q: Question): Line[] {
  const prompt = para(ctx, textOf(ctx, q.prompt), 1, 'title');
  switch (q.type) {
    case 'command':
      return q.setup ? [...prompt, BLANK, ...para(ctx, ctx.q('session.setup'), 1, 'dim'), ...code(ctx, q.setup)] : prompt;
    case 'predict':
      return [...prompt, BLANK, ...para(ctx, ctx.q('session.manifest', { at: seconds(q.at) }), 1, 'dim'), ...code(ctx, q.manifest)];
    case 'yaml':
      return [...prompt, BLANK, ...para(ctx, ctx.q('session.starter'), 1, 'dim')];
    case 'single':
    case 'multi':
    case 'truefalse':
    case 'order':
    case 'text':
    case 'card':
      return prompt;
    default:
      return assertNever(q);
  }
}

/** What to press now, for the question's mode. */
function askKey(run: SessionRun, q: Question): QuizUiKey {
  const mode = itemMode(q, run.input);
  switch (mode) {
    case 'choose':
      return q.type === 'predict' ? 'ask.predict' : 'ask.choose';
    case 'pick':
      return 'ask.pick';
    case 'arrange':
      return run.input.isHolding ? 'ask.arrangeHolding' : 'ask.arrange';
    case 'line':
      return q.type === 'command' ? 'ask.command' : 'ask.line';
    case 'lines':
      return 'ask.lines';
    case 'reveal':
      return 'ask.reveal';
    case 'rate':
      return 'ask.rate';
    default:
      return assertNever(mode);
  }
}

function noteLines(ctx: QuizContext, note: QuizNote, now: Date): Line[] {
  switch (note.kind) {
    case 'problem':
      return para(ctx, ctx.q(`problem.${note.problem}`), 1, 'warn');
    case 'rated':
      return para(ctx, ctx.q('rated', { rating: ctx.q(`rating.${note.rating}`), when: whenText(ctx, new Date(note.due), now) }), 1, 'good');
    default:
      return assertNever(note);
  }
}

/** The fixed line above a question: where in the session, the topic, the score so far. */
function headerOf(ctx: QuizContext, run: SessionRun, item: SessionItem<Question>, data: QuizViewData): Line {
  const { session } = run;
  const q = item.question;
  const isCard = run.mode === 'interview';
  const where = ctx.q(isCard ? 'session.headerCard' : 'session.header', { i: session.index + 1, n: session.items.length });
  const kind = isCard ? ctx.q(run.dueIds.includes(q.id) ? 'session.due' : 'session.new') : ctx.q('session.difficulty', { n: q.difficulty });
  const answered = session.outcomes.filter((o) => o.kind === 'answered');
  const right = answered.filter((o) => o.kind === 'answered' && o.grade.correct).length;
  const score = ctx.q('session.score', { right, wrong: answered.length - right });
  const left = [{ text: ` ${where}`, tone: 'title' as const }, { text: ` · ${topicName(ctx, data.lessons, q.topic)} · ${kind}`, tone: 'dim' as const }];
  return spreadSpans(left, { text: score, tone: 'dim' }, headerWidth(ctx));
}

/** A session's current item: the question, where to answer, and the feedback once answered. */
export function itemScreen(ctx: QuizContext, run: SessionRun, data: QuizViewData): QuizScreen {
  const item = currentItem(run.session);
  if (!item) return { header: [], lines: [], focus: { from: 0, to: 0 } };
  const q = item.question;
  const outcome = run.session.phase === 'feedback' ? lastOutcome(run.session) : undefined;
  const answered = outcome?.kind === 'answered' ? outcome : undefined;
  const lines: Line[] = [...questionLines(ctx, q), BLANK];
  const choices = run.choices[q.id] ?? [];
  const isRating = !answered && q.type === 'card' && run.input.isRevealed;
  const hint = answered ? [] : [...(run.note ? noteLines(ctx, run.note, data.now) : []), ...para(ctx, ctx.q(askKey(run, q), { column: q.type === 'predict' ? q.ask.toUpperCase() : '' }), 1, 'dim')];
  const hintAt = lines.length;
  if (isRating) lines.push(...hint);
  const part = answerPart(ctx, item, run.input, choices, answered?.answer);
  const partAt = lines.length;
  lines.push(...part.lines);
  if (!answered) {
    if (!isRating) {
      if (part.lines.length > 0) lines.push(BLANK);
      lines.push(...hint);
    }
    // The caret's line of a manifest is enough; a cursor on options wants the hint under them too.
    const to = isRating || q.type === 'yaml' ? partAt + part.focus.to : Math.max(partAt + part.focus.to, lines.length - 1);
    const focus = { from: isRating ? hintAt : partAt + part.focus.from, to };
    return { header: headerOf(ctx, run, item, data), lines, focus };
  }
  lines.push(BLANK);
  const from = lines.length;
  const isLast = run.session.index === run.session.items.length - 1;
  lines.push(...feedbackLines(ctx, item, answered.grade, isLast, data.lessons));
  return { header: headerOf(ctx, run, item, data), lines, focus: { from, to: lines.length - 1 } };
}
