/**
 * Keys → intents, in one pure table. Screens never look at raw keys: they receive an intent and
 * dispatch it, so a key means the same thing everywhere and the table is tested alone.
 */
import type { Key } from 'ink';

/** What the learner wants, whatever key they pressed for it. */
export type Intent =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'
  | 'open'
  /**
   * Enter: `open` everywhere, except on a lesson page with a hands-on step, where it opens the
   * step (Space still turns the page).
   */
  | 'enter'
  | 'back'
  /** `q`: back, or quit on the home screen. */
  | 'leave'
  | 'help'
  /** `t`: the other language, where a screen offers it (the lesson reader). */
  | 'lang'
  | 'quit';

/** Keys named by a flag of Ink's `Key`, checked in this order. */
const NAMED: readonly (readonly [keyof Key, Intent])[] = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageUp'],
  ['pageDown', 'pageDown'],
  ['home', 'first'],
  ['end', 'last'],
  ['return', 'enter'],
  ['escape', 'back'],
  // Note: most terminals send Backspace as DEL, which Ink reports as `delete` (ink#634).
  ['backspace', 'back'],
  ['delete', 'back'],
];

/** Printable keys, vi style where a convention exists. */
const TYPED: Readonly<Record<string, Intent>> = {
  k: 'up',
  j: 'down',
  h: 'left',
  l: 'right',
  // less and most pagers page back with b; the reader's pages are its "left".
  b: 'left',
  g: 'first',
  G: 'last',
  ' ': 'open',
  q: 'leave',
  '?': 'help',
  t: 'lang',
};

/** The intent of one key press, or undefined when the key means nothing here. */
export function toIntent(input: string, key: Partial<Key>): Intent | undefined {
  if (key.ctrl && input === 'c') return 'quit';
  for (const [flag, intent] of NAMED) {
    if (key[flag] === true) return intent;
  }
  if (key.ctrl || key.meta) return undefined;
  return Object.hasOwn(TYPED, input) ? TYPED[input] : undefined;
}

/** Control characters that reach us inside a longer chunk instead of as a parsed key. */
const IN_CHUNK: Readonly<Record<string, Intent>> = { '\r': 'enter', '\x7f': 'back' };

/**
 * The intents of one read from the terminal. Keys typed or held faster than we read arrive as
 * one chunk (`jjj`, `k\r`); a chunk made only of command keys is those keys in order. Anything
 * else of several characters (pasted text, composed Hangul) means nothing on a screen that
 * takes no text, so a paste cannot quit by containing a `q`.
 */
export function toIntents(input: string, key: Partial<Key>): Intent[] {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || key.meta) {
    const intent = toIntent(input, key);
    return intent ? [intent] : [];
  }
  const intents = chars.map((c) => IN_CHUNK[c] ?? toIntent(c, {}));
  return intents.every((i) => i !== undefined) ? (intents as Intent[]) : [];
}
