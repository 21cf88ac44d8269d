/**
 * The Quiz and Interview screens' body: a fixed line on top and the rest scrolled, so a long
 * manifest or explanation never pushes the frame past the terminal.
 */
import { assertNever } from '../../util/assert-never.js';
import type { QuizRun } from '../state/quiz-run.js';
import type { Line } from './line.js';
import { fitLine, headerWidth, type QuizContext, type QuizScreen, type QuizViewData } from './quiz-parts.js';
import { messageScreen, pickerScreen } from './quiz-picker.js';
import { itemScreen } from './quiz-session.js';
import { summaryScreen } from './quiz-summary.js';

/** The screen of a run, before scrolling. */
export function quizScreen(ctx: QuizContext, run: QuizRun, data: QuizViewData): QuizScreen {
  switch (run.kind) {
    case 'message':
      return messageScreen(ctx, run.message, data);
    case 'pick':
      return pickerScreen(ctx, run.selected, data);
    case 'session':
      return run.session.phase === 'done' ? summaryScreen(ctx, run, data) : itemScreen(ctx, run, data);
    default:
      return assertNever(run);
  }
}

/** Lines of the document on show under the fixed line. */
export function windowHeight(ctx: QuizContext): number {
  return Math.max(1, ctx.height - 1);
}

/** The largest scroll that still fills the window. */
export function maxScroll(screen: QuizScreen, height: number): number {
  return Math.max(0, screen.lines.length - height);
}

/** A scroll that shows the focus, moved as little as possible; its top when it does not fit. */
export function followFocus(screen: QuizScreen, scroll: number, height: number): number {
  const { from, to } = screen.focus;
  let next = scroll;
  if (to - from + 1 > height || from < scroll) next = from;
  else if (to >= scroll + height) next = to - height + 1;
  return Math.max(0, Math.min(next, maxScroll(screen, height)));
}

/** The body as drawn: the fixed line (with arrows when there is more above or below), then the window. */
export function quizBody(ctx: QuizContext, run: QuizRun, data: QuizViewData): Line[] {
  const screen = quizScreen(ctx, run, data);
  const height = windowHeight(ctx);
  const scroll = Math.min(run.scroll, maxScroll(screen, height));
  const more = `${scroll > 0 ? '↑' : ' '}${scroll + height < screen.lines.length ? '↓' : ' '} `;
  const header: Line = [...fitLine(screen.header, headerWidth(ctx)), { text: more, tone: 'accent' }];
  return [header, ...screen.lines.slice(scroll, scroll + height)];
}
