/**
 * The keys each screen answers to, in one table: the footer hints and the help overlay are both
 * drawn from it, so they cannot disagree with each other.
 */
import { assertNever } from '../util/assert-never.js';
import type { Translate, UiKey } from './messages.js';
import type { StepMode } from './state/step-state.js';
import type { ScreenId } from './types.js';
import { widthOf } from './text.js';

/** One row of a screen's key help. */
export interface KeyHelp {
  /** The keys as the help overlay names them. */
  readonly keys: string;
  readonly help: UiKey;
  /** Footer form: plain ASCII key names (arrows can be drawn two columns wide) and a short word. */
  readonly footer?: { readonly keys: string; readonly hint: UiKey; readonly rank: number };
}

// rank: when the footer is too narrow, the highest rank goes first; `?` stays longest because
// it leads to everything else.
const MOVE: KeyHelp = { keys: '↑ ↓  j k', help: 'help.move', footer: { keys: 'j/k', hint: 'hint.move', rank: 3 } };
const JUMP: KeyHelp = { keys: 'Home End  g G', help: 'help.jump' };
const PAGE: KeyHelp = { keys: 'PgUp PgDn', help: 'help.page' };
const OPEN: KeyHelp = { keys: 'Enter', help: 'help.open', footer: { keys: 'Enter', hint: 'hint.open', rank: 2 } };
const CHANGE: KeyHelp = {
  keys: 'Enter  ← →', help: 'help.change', footer: { keys: 'Enter', hint: 'hint.change', rank: 2 },
};
const BACK: KeyHelp = { keys: 'Esc  q', help: 'help.back', footer: { keys: 'Esc', hint: 'hint.back', rank: 1 } };
const QUIT: KeyHelp = { keys: 'q', help: 'help.quit', footer: { keys: 'q', hint: 'hint.quit', rank: 1 } };
const HELP: KeyHelp = { keys: '?', help: 'help.help', footer: { keys: '?', hint: 'hint.help', rank: 0 } };
const CTRL_C: KeyHelp = { keys: 'Ctrl+C', help: 'help.ctrlc' };
/** Not keys, but what the marks of the lessons list mean, where the learner looks for help. */
const MARKS: KeyHelp = { keys: '✓  ◦', help: 'help.marks' };

// The lesson reader's own keys.
const NEXT_PAGE: KeyHelp = {
  keys: '→ l  Space Enter', help: 'help.nextPage', footer: { keys: 'l/h', hint: 'hint.page', rank: 2 },
};
const TRY_STEP: KeyHelp = { keys: 'Enter', help: 'help.tryStep' };
const PREV_PAGE: KeyHelp = { keys: '← h b', help: 'help.prevPage' };
const SCROLL: KeyHelp = { keys: '↑ ↓  j k', help: 'help.scroll', footer: { keys: 'j/k', hint: 'hint.scroll', rank: 3 } };
const SCROLL_SCREEN: KeyHelp = { keys: 'PgUp PgDn', help: 'help.scrollScreen' };
const TOP: KeyHelp = { keys: 'Home End  g G', help: 'help.top' };
const LANG: KeyHelp = { keys: 't', help: 'help.lang', footer: { keys: 't', hint: 'hint.lang', rank: 4 } };
const TO_LIST: KeyHelp = { keys: 'Esc  q', help: 'help.toList', footer: { keys: 'Esc', hint: 'hint.back', rank: 1 } };

// An open step's keys.
const CHECK: KeyHelp = { keys: 'Enter', help: 'help.checkAnswer', footer: { keys: 'Enter', hint: 'hint.check', rank: 2 } };
const PICK: KeyHelp = { keys: '1-9 0  ↑ ↓', help: 'help.pickStatus', footer: { keys: '1-9', hint: 'hint.pick', rank: 3 } };
const TYPE: KeyHelp = { keys: 'a-z 0-9 /', help: 'help.typeAnswer' };
const SCROLL_MANIFEST: KeyHelp = { keys: 'PgUp PgDn', help: 'help.scrollManifest' };
const TO_PAGE: KeyHelp = { keys: 'Esc', help: 'help.toPage', footer: { keys: 'Esc', hint: 'hint.back', rank: 1 } };
const TO_PAGE_ANY: KeyHelp = { ...TO_PAGE, keys: 'Esc  q  Enter' };
const SCRUB: KeyHelp = { keys: '← →  h l', help: 'help.scrub', footer: { keys: 'h/l', hint: 'hint.scrub', rank: 2 } };
const SCRUB_10: KeyHelp = { keys: 'Shift+← →  H L', help: 'help.scrub10', footer: { keys: 'H/L', hint: 'hint.scrub10', rank: 5 } };
const SCRUB_1: KeyHelp = { keys: ', .', help: 'help.scrub1' };
const TO_AT: KeyHelp = { keys: 'a', help: 'help.toAt', footer: { keys: 'a', hint: 'hint.toAt', rank: 3 } };
const ENDS: KeyHelp = { keys: 'Home End  g G', help: 'help.ends' };
const EDIT: KeyHelp = { keys: 'Enter  e', help: 'help.edit', footer: { keys: 'Enter', hint: 'hint.edit', rank: 2 } };
const RESET: KeyHelp = { keys: 'r', help: 'help.reset', footer: { keys: 'r', hint: 'hint.reset', rank: 3 } };
const SCROLL_FIX: KeyHelp = { keys: '↑ ↓  j k  PgUp PgDn', help: 'help.scrollManifest', footer: { keys: 'j/k', hint: 'hint.scroll', rank: 4 } };

/** Whose keys: a screen, or the mode of a step open in the reader. */
export type KeySet = ScreenId | StepMode;

/** The key help of one screen or step mode, in the order the help overlay lists it. */
export function keysOf(screen: KeySet): readonly KeyHelp[] {
  switch (screen) {
    case 'choose':
      return [CHECK, PICK, TYPE, SCROLL_MANIFEST, TO_PAGE, CTRL_C];
    case 'type':
      return [CHECK, TYPE, SCROLL_MANIFEST, TO_PAGE, CTRL_C];
    case 'observe':
      return [SCRUB, SCRUB_10, SCRUB_1, TO_AT, ENDS, LANG, TO_PAGE_ANY, HELP, CTRL_C];
    case 'fix':
      return [EDIT, RESET, SCROLL_FIX, LANG, { ...TO_PAGE, keys: 'Esc  q' }, HELP, CTRL_C];
    case 'busy':
      return [TO_PAGE, CTRL_C];
    case 'home':
      return [MOVE, OPEN, QUIT, HELP, CTRL_C];
    case 'lessons':
      return [MOVE, JUMP, PAGE, OPEN, BACK, HELP, CTRL_C, MARKS];
    case 'settings':
      return [MOVE, CHANGE, BACK, HELP, CTRL_C];
    case 'lesson':
      return [NEXT_PAGE, TRY_STEP, PREV_PAGE, SCROLL, SCROLL_SCREEN, TOP, LANG, TO_LIST, HELP, CTRL_C];
    case 'progress':
    case 'quiz':
    case 'lab':
    case 'interview':
    case 'drills':
      return [BACK, HELP, CTRL_C];
    default:
      return assertNever(screen);
  }
}

/** A footer hint as drawn: `keys hint`. */
export interface Hint {
  readonly keys: string;
  readonly hint: string;
  readonly rank: number;
}

export const HINT_GAP = '   ';

/** The footer text: the hints that fit in `width` columns, the least useful dropped first. */
export function fitHints(hints: readonly Hint[], width: number): string {
  let kept = [...hints];
  const text = () => kept.map((h) => `${h.keys} ${h.hint}`).join(HINT_GAP);
  while (kept.length > 1 && widthOf(text()) > width) {
    const worst = kept.reduce((a, b) => (b.rank >= a.rank ? b : a));
    kept = kept.filter((h) => h !== worst);
  }
  return text();
}

/** The footer hints of a screen or step mode, translated. */
export function hintsOf(screen: KeySet, t: Translate): Hint[] {
  return keysOf(screen).flatMap((k) =>
    k.footer ? [{ keys: k.footer.keys, hint: t(k.footer.hint), rank: k.footer.rank }] : [],
  );
}
