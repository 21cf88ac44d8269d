/**
 * Keys → commands on an open step, one pure table per mode. A step takes text while the learner
 * types a prediction, so it reads raw keys instead of the app's intents (`keys.ts`); the reducer
 * maps them with the mode it is in when each key arrives, never a mode a render drew earlier.
 */
import type { Key } from 'ink';
import { assertNever } from '../util/assert-never.js';
import type { StepMode } from './state/step-state.js';

export type StepCommand =
  | 'submit'
  | 'erase'
  /** Back to the lesson page. */
  | 'close'
  | 'prevChoice'
  | 'nextChoice'
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  /** To the previous / next moment anything changed. */
  | 'prevChange'
  | 'nextChange'
  | 'back10'
  | 'forward10'
  | 'back1'
  | 'forward1'
  | 'first'
  | 'last'
  /** To the time the prediction is about. */
  | 'toAt'
  | 'edit'
  | 'reset'
  | 'help'
  | 'lang'
  | 'quit';

/** A command, or text typed into the prediction. */
export type StepKey = StepCommand | { readonly text: string };

const TYPING_NAMED: readonly (readonly [keyof Key, StepCommand])[] = [
  ['return', 'submit'], ['escape', 'close'], ['backspace', 'erase'], ['delete', 'erase'],
  ['upArrow', 'prevChoice'], ['downArrow', 'nextChoice'], ['pageUp', 'pageUp'], ['pageDown', 'pageDown'],
];

const OBSERVE_NAMED: readonly (readonly [keyof Key, StepCommand])[] = [
  ['home', 'first'], ['end', 'last'], ['return', 'close'], ['escape', 'close'], ['backspace', 'close'], ['delete', 'close'],
];

const OBSERVE_TYPED: Readonly<Record<string, StepCommand>> = {
  h: 'prevChange', l: 'nextChange', H: 'back10', L: 'forward10', ',': 'back1', '.': 'forward1',
  g: 'first', G: 'last', a: 'toAt', q: 'close', ' ': 'close', t: 'lang', '?': 'help',
};

const FIX_NAMED: readonly (readonly [keyof Key, StepCommand])[] = [
  ['upArrow', 'up'], ['downArrow', 'down'], ['pageUp', 'pageUp'], ['pageDown', 'pageDown'], ['home', 'first'],
  ['end', 'last'], ['return', 'edit'], ['escape', 'close'], ['backspace', 'close'], ['delete', 'close'],
];

const FIX_TYPED: Readonly<Record<string, StepCommand>> = {
  e: 'edit', r: 'reset', k: 'up', j: 'down', g: 'first', G: 'last', q: 'close', t: 'lang', '?': 'help',
};

const named = (table: readonly (readonly [keyof Key, StepCommand])[], key: Partial<Key>) => table.find(([flag]) => key[flag] === true)?.[1];

/** Characters typed into a prediction: a chunk may hold Enter or Backspace among the text. */
function typed(input: string): StepKey[] {
  const out: StepKey[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ text });
    text = '';
  };
  for (const c of input) {
    if (c === '\r' || c === '\n' || c === '\x7f' || c === '\b') {
      flush();
      out.push(c === '\x7f' || c === '\b' ? 'erase' : 'submit');
    } else if (c >= ' ' && c !== '\x7f') text += c;
  }
  flush();
  return out;
}

/** The arrows of the timeline: Shift moves 10 s. */
function observeArrow(key: Partial<Key>): StepCommand | undefined {
  if (key.leftArrow) return key.shift ? 'back10' : 'prevChange';
  if (key.rightArrow) return key.shift ? 'forward10' : 'nextChange';
  return undefined;
}

/**
 * Keys of a table mode: a chunk is its keys in order when every one of them means something;
 * an Enter inside a chunk is `enter`, as Enter alone is.
 */
function commands(
  input: string, key: Partial<Key>, table: Readonly<Record<string, StepCommand>>, fromKey: StepCommand | undefined, enter: StepCommand,
): StepKey[] {
  if (fromKey) return [fromKey];
  if (key.ctrl || key.meta) return [];
  const each = [...input].map((c) => (c === '\r' ? enter : Object.hasOwn(table, c) ? table[c] : undefined));
  return each.length > 0 && each.every((c) => c !== undefined) ? (each as StepCommand[]) : [];
}

/** The commands of one read from the terminal in `mode`. */
export function stepKeys(mode: StepMode, input: string, key: Partial<Key>): StepKey[] {
  if (key.ctrl && input === 'c') return ['quit'];
  switch (mode) {
    case 'choose':
    case 'type': {
      const command = named(TYPING_NAMED, key);
      if (command) return [command];
      return key.ctrl || key.meta || key.tab || key.leftArrow || key.rightArrow ? [] : typed(input);
    }
    case 'observe':
      return commands(input, key, OBSERVE_TYPED, observeArrow(key) ?? named(OBSERVE_NAMED, key), 'close');
    case 'fix':
      return commands(input, key, FIX_TYPED, named(FIX_NAMED, key), 'edit');
    case 'busy':
      return key.escape || input === 'q' ? ['close'] : [];
    default:
      return assertNever(mode);
  }
}
