/**
 * The keys of each quiz mode and of the dashboard, in one table: the footer hints and the help
 * overlay are both drawn from it, so they cannot disagree.
 */
import { assertNever } from '../../util/assert-never.js';
import { fitHints } from '../screen-keys.js';
import type { QuizKeyMode } from '../state/quiz-keys.js';
import { padEnd, truncate, widthOf, wrap } from '../text.js';
import type { ViewContext } from './context.js';
import { BLANK, line, type Line } from './line.js';
import { quizUiText, type QuizUiKey } from './quiz-messages.js';

/**
 * One row of a mode's key help. `footer`: plain ASCII key names (arrows can be drawn two columns
 * wide); when the footer is narrow the highest rank is dropped first.
 */
interface KeyRow {
  readonly keys: string;
  readonly help: QuizUiKey;
  readonly footer?: { readonly keys: string; readonly hint: QuizUiKey; readonly rank: number };
}

/** Whose keys: a quiz mode, the summary at the end of a session, or the dashboard. */
export type QuizKeySet = QuizKeyMode | 'summary' | 'dashboard';

const MOVE: KeyRow = { keys: '↑ ↓  j k', help: 'help.move', footer: { keys: 'j/k', hint: 'hint.move', rank: 3 } };
const SCROLL: KeyRow = { keys: '↑ ↓  j k', help: 'help.scroll', footer: { keys: 'j/k', hint: 'hint.scroll', rank: 4 } };
const PAGE: KeyRow = { keys: 'PgUp PgDn', help: 'help.page' };
const SKIP: KeyRow = { keys: 'Tab', help: 'help.skip', footer: { keys: 'Tab', hint: 'hint.skip', rank: 2 } };
const STOP: KeyRow = { keys: 'Esc  q', help: 'help.stop', footer: { keys: 'Esc', hint: 'hint.stop', rank: 1 } };
/** In a text field `q` is a letter: only Esc ends the quiz. */
const STOP_TYPING: KeyRow = { ...STOP, keys: 'Esc' };
const HELP: KeyRow = { keys: '?', help: 'help.help', footer: { keys: '?', hint: 'hint.help', rank: 5 } };
const CTRL_C: KeyRow = { keys: 'Ctrl+C', help: 'help.ctrlc' };
const BACK: KeyRow = { keys: 'Esc  q', help: 'help.back', footer: { keys: 'Esc', hint: 'hint.back', rank: 1 } };
const DIGITS: KeyRow = { keys: '1-9', help: 'help.digits' };

/** The rows of a key set, in the order the help overlay lists them. */
function rowsOf(set: QuizKeySet): readonly KeyRow[] {
  switch (set) {
    case 'choose':
      return [MOVE, DIGITS, { keys: 'Enter  Space', help: 'help.answer', footer: { keys: 'Enter', hint: 'hint.answer', rank: 0 } }, SKIP, STOP, PAGE, HELP, CTRL_C];
    case 'pick':
      return [MOVE, { keys: 'Space  1-9', help: 'help.tick', footer: { keys: 'Space', hint: 'hint.tick', rank: 0 } },
        { keys: 'Enter', help: 'help.submit', footer: { keys: 'Enter', hint: 'hint.answer', rank: 0 } }, SKIP, STOP, PAGE, HELP, CTRL_C];
    case 'arrange':
      return [MOVE, { keys: 'Space', help: 'help.grab', footer: { keys: 'Space', hint: 'hint.grab', rank: 0 } },
        { keys: '↑ ↓', help: 'help.moveStep' }, { keys: 'Shift+↑ ↓  K J', help: 'help.moveStepDirect' },
        { keys: 'Enter', help: 'help.submit', footer: { keys: 'Enter', hint: 'hint.answer', rank: 0 } }, SKIP, STOP, PAGE, CTRL_C];
    case 'line':
      return [{ keys: 'Enter', help: 'help.submit', footer: { keys: 'Enter', hint: 'hint.answer', rank: 0 } },
        { keys: 'a-z 가-힣 …', help: 'help.type' }, { keys: 'Ctrl+U', help: 'help.clear' }, SKIP, STOP_TYPING, { keys: '↑ ↓  PgUp PgDn', help: 'help.scroll' }, CTRL_C];
    case 'lines':
      return [{ keys: 'Ctrl+S', help: 'help.submitLines', footer: { keys: 'Ctrl+S', hint: 'hint.check', rank: 0 } },
        { keys: 'Enter', help: 'help.newline' }, { keys: 'a-z ← → ↑ ↓', help: 'help.type' }, { keys: 'Ctrl+U', help: 'help.clear' },
        SKIP, STOP_TYPING, { keys: 'PgUp PgDn', help: 'help.page' }, CTRL_C];
    case 'reveal':
      return [{ keys: 'Enter  Space', help: 'help.reveal', footer: { keys: 'Enter', hint: 'hint.reveal', rank: 0 } }, SCROLL, SKIP, STOP, HELP, CTRL_C];
    case 'rate':
      return [{ keys: '1 2 3 4', help: 'help.rate', footer: { keys: '1-4', hint: 'hint.rate', rank: 0 } },
        { keys: '← →  h l  Enter', help: 'help.rateMove' }, SCROLL, SKIP, STOP, HELP, CTRL_C];
    case 'feedback':
      return [{ keys: 'Enter  Space', help: 'help.next', footer: { keys: 'Enter', hint: 'hint.next', rank: 0 } }, SCROLL, PAGE, STOP, HELP, CTRL_C];
    case 'list':
      return [MOVE, { keys: 'Enter', help: 'help.open', footer: { keys: 'Enter', hint: 'hint.open', rank: 0 } }, BACK, HELP, CTRL_C];
    case 'summary':
      return [MOVE, { keys: 'Enter', help: 'help.openLesson', footer: { keys: 'Enter', hint: 'hint.lesson', rank: 0 } }, BACK, HELP, CTRL_C];
    case 'message':
      return [BACK, HELP, CTRL_C];
    case 'dashboard':
      return [{ keys: 'Enter', help: 'help.practise', footer: { keys: 'Enter', hint: 'hint.practise', rank: 0 } }, SCROLL, PAGE, BACK, HELP, CTRL_C];
    default:
      return assertNever(set);
  }
}

/** The footer: the hints of a key set that fit in the width. */
export function quizFooter(ctx: ViewContext, set: QuizKeySet): Line {
  const q = quizUiText(ctx.lang);
  const hints = rowsOf(set).flatMap((r) => (r.footer ? [{ keys: r.footer.keys, hint: q(r.footer.hint), rank: r.footer.rank }] : []));
  return line(truncate(' ' + fitHints(hints, ctx.width - 1), ctx.width), 'dim');
}

/** The help overlay's lines for a key set. */
export function quizHelpLines(ctx: ViewContext, set: QuizKeySet): Line[] {
  const q = quizUiText(ctx.lang);
  const rows = rowsOf(set);
  const column = 3 + Math.max(...rows.map((r) => widthOf(r.keys))) + 2;
  const body = rows.flatMap((r) =>
    wrap(q(r.help), Math.max(1, ctx.width - column)).map((text, i): Line => [
      { text: padEnd(i === 0 ? '   ' + r.keys : '', column), tone: 'accent' },
      { text },
    ]));
  return [BLANK, line(truncate(' ' + q('keys.title'), ctx.width), 'title'), BLANK, ...body];
}
