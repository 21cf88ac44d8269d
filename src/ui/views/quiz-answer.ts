/**
 * Where the learner answers: the options under a cursor (ticked, arranged), the text field, a
 * card's model answer and its rating. After an answer the options carry ✓ and ✗ marks.
 */
import type { Question } from '../../content/types.js';
import { SELF_RATINGS, type QuizAnswer, type SessionItem } from '../../quiz/index.js';
import { assertNever } from '../../util/assert-never.js';
import { graphemes, type Editor } from '../state/quiz-editor.js';
import type { ItemInput } from '../state/quiz-item.js';
import { wrapSpans } from './code-box.js';
import { BLANK, type Line, type Span } from './line.js';
import { hang, para, textOf, type QuizContext } from './quiz-parts.js';

/** The caret, drawn between characters so it shows without colour too. */
const CARET: Span = { text: '▏', tone: 'accent' };

/** An option as shown: its text and, after the answer, its mark. */
interface Shown {
  readonly text: string;
  readonly mark?: 'right' | 'wrong' | 'none';
  readonly isTicked?: boolean;
}

/** Lines of a block of lines, and the span of the part to keep on screen. */
export interface Part {
  readonly lines: readonly Line[];
  readonly focus: { readonly from: number; readonly to: number };
}

const markSpan = (mark: Shown['mark']): Span[] =>
  mark === undefined ? [] : [mark === 'right' ? { text: '✓ ', tone: 'good' } : mark === 'wrong' ? { text: '✗ ', tone: 'warn' } : { text: '  ' }];

/** The options, the cursor's one marked; `focus` is the cursor's option. */
function optionLines(ctx: QuizContext, shown: readonly Shown[], cursor: number | undefined, box: 'tick' | 'none', holding: boolean): Part {
  const lines: Line[] = [];
  let focus = { from: 0, to: 0 };
  shown.forEach((option, i) => {
    const isCursor = i === cursor;
    const pointer = isCursor ? (holding ? ' ↕ ' : ' › ') : '   ';
    const tick = box === 'tick' ? [{ text: option.isTicked ? '[x] ' : '[ ] ' }] : [];
    const prefix: Span[] = [{ text: pointer, tone: 'accent' }, ...markSpan(option.mark), { text: `${i + 1}. ` }, ...tick];
    const from = lines.length;
    lines.push(...hang(ctx, prefix, option.text, isCursor ? 'selected' : undefined));
    if (isCursor) focus = { from, to: lines.length - 1 };
  });
  return { lines, focus };
}

/** The text field: one line, or a manifest with line numbers; the caret while it is typed in. */
export function fieldLines(ctx: QuizContext, editor: Editor, isActive: boolean): Part {
  const lines: Line[] = [];
  let focus = { from: 0, to: 0 };
  const digits = String(editor.lines.length).length;
  const gutter = editor.isMultiline ? digits + 4 : 3;
  editor.lines.forEach((text, row) => {
    const chars = graphemes(text);
    const isCaretRow = isActive && row === editor.row;
    const spans: Span[] = isCaretRow ? [{ text: chars.slice(0, editor.col).join('') }, CARET, { text: chars.slice(editor.col).join('') }] : [{ text }];
    const head = editor.isMultiline ? ` ${String(row + 1).padStart(digits)} │ ` : row === 0 ? ' > ' : '   ';
    const from = lines.length;
    wrapSpans(spans.filter((s) => s.text !== ''), Math.max(4, ctx.width - gutter)).forEach((part, i) => {
      lines.push([{ text: i === 0 ? head : ' '.repeat(gutter), tone: 'dim' }, ...part]);
    });
    if (isCaretRow) focus = { from, to: lines.length - 1 };
  });
  return { lines, focus: isActive ? focus : { from: 0, to: lines.length - 1 } };
}

/** What each option shows for this question, marked once `answer` is known. */
function shownOptions(ctx: QuizContext, item: SessionItem<Question>, input: ItemInput, choices: readonly string[], answer: QuizAnswer | undefined): Shown[] {
  const q = item.question;
  const mark = (isRight: boolean, isChosen: boolean): Shown['mark'] => (answer === undefined ? undefined : isRight ? 'right' : isChosen ? 'wrong' : 'none');
  switch (q.type) {
    case 'single':
      return item.order.map((id) => ({
        text: textOf(ctx, q.choices.find((c) => c.id === id)?.text ?? { en: id, ko: id }),
        mark: mark(id === q.answer, answer?.type === 'single' && answer.choice === id),
      }));
    case 'multi': {
      const ticked = answer?.type === 'multi' ? answer.choices : input.picked;
      return item.order.map((id) => ({
        text: textOf(ctx, q.choices.find((c) => c.id === id)?.text ?? { en: id, ko: id }),
        mark: mark(q.answer.includes(id), ticked.includes(id)),
        isTicked: ticked.includes(id),
      }));
    }
    case 'truefalse':
      return [true, false].map((value) => ({
        text: ctx.q(value ? 'session.true' : 'session.false'),
        mark: mark(q.answer === value, answer?.type === 'truefalse' && answer.value === value),
      }));
    case 'predict':
      return choices.map((value) => ({
        text: value,
        mark: mark(value === q.answer.trim(), answer?.type === 'predict' && answer.text === value),
      }));
    case 'order': {
      const steps = answer?.type === 'order' ? answer.steps : input.arrangement;
      return steps.map((id, i) => ({
        text: textOf(ctx, q.steps.find((s) => s.id === id)?.text ?? { en: id, ko: id }),
        mark: answer === undefined ? undefined : q.answer[i] === id ? 'right' : 'wrong',
      }));
    }
    case 'text':
    case 'command':
    case 'yaml':
    case 'card':
      return [];
    default:
      return assertNever(q);
  }
}

/** The rating buttons, the chosen one between › ‹. */
function ratingLine(ctx: QuizContext, rating: number): Line {
  const spans: Span[] = [{ text: ' ' }];
  SELF_RATINGS.forEach((r, i) => {
    const label = `${i + 1} ${ctx.q(`rating.${r}`)}`;
    spans.push(i === rating ? { text: `›${label}‹`, tone: 'selected' } : { text: ` ${label} ` }, { text: ' ' });
  });
  return spans;
}

/** A card's model answer, what an interviewer listens for, and the common wrong answer. */
export function revealLines(ctx: QuizContext, q: Extract<Question, { type: 'card' }>): Line[] {
  return [
    ...para(ctx, ctx.q('card.model'), 1, 'title'),
    ...para(ctx, textOf(ctx, q.answer), 3),
    ...para(ctx, ctx.q('card.keyPoints'), 1, 'title'),
    ...q.keyPoints.flatMap((p) => hang(ctx, [{ text: '   - ' }], textOf(ctx, p))),
    ...para(ctx, ctx.q('card.wrong'), 1, 'title'),
    ...para(ctx, textOf(ctx, q.wrongAnswer), 3),
    ...para(ctx, textOf(ctx, q.explanation), 1, 'dim'),
  ];
}

/** The answer area of an item: asking when `answer` is undefined, marked after. */
export function answerPart(ctx: QuizContext, item: SessionItem<Question>, input: ItemInput, choices: readonly string[], answer: QuizAnswer | undefined): Part {
  const q = item.question;
  const isAsking = answer === undefined;
  switch (q.type) {
    case 'single':
    case 'truefalse':
    case 'predict':
    case 'multi':
    case 'order': {
      const shown = shownOptions(ctx, item, input, choices, answer);
      return optionLines(ctx, shown, isAsking ? input.cursor : undefined, q.type === 'multi' ? 'tick' : 'none', input.isHolding);
    }
    case 'text':
    case 'command':
    case 'yaml':
      return fieldLines(ctx, input.editor, isAsking);
    case 'card': {
      if (!input.isRevealed) return { lines: [], focus: { from: 0, to: 0 } };
      const lines = [ratingLine(ctx, input.rating), BLANK, ...revealLines(ctx, q)];
      return { lines, focus: { from: 0, to: lines.length - 1 } };
    }
    default:
      return assertNever(q);
  }
}
