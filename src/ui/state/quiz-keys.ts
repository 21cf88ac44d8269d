/**
 * Keys → commands on the quiz screens, one pure table per mode. The screens take text while an
 * answer is typed, so they read raw keys; the reducer maps each read with the mode it is in when
 * the read arrives, never a mode a render drew earlier (FIELD-NOTES: keys arrive together).
 */
import type { Key } from 'ink';
import { assertNever } from '../../util/assert-never.js';
import type { ItemCommand, ItemMode } from './quiz-item.js';

/** How the quiz screen takes keys now: the question's mode, or a screen around questions. */
export type QuizKeyMode = ItemMode | 'feedback' | 'list' | 'message';

export type QuizCommand =
  | ItemCommand
  | 'scrollUp' | 'scrollDown' | 'pageUp' | 'pageDown' | 'first' | 'last'
  /** Tab: the next question, this one unanswered. */
  | 'skip'
  /** Esc during a session: end it here and show the summary. */
  | 'stop'
  /** Back to the screen before. */
  | 'back'
  | 'help'
  | 'quit';

type Named = readonly (readonly [keyof Key, QuizCommand])[];

const PAGING: Named = [['pageUp', 'pageUp'], ['pageDown', 'pageDown']];
const ASKING: Named = [['tab', 'skip'], ['escape', 'stop'], ...PAGING];

const NAMED: Readonly<Record<Exclude<QuizKeyMode, 'line' | 'lines'>, Named>> = {
  choose: [['upArrow', 'up'], ['downArrow', 'down'], ['return', 'submit'], ...ASKING],
  pick: [['upArrow', 'up'], ['downArrow', 'down'], ['return', 'submit'], ...ASKING],
  arrange: [['return', 'submit'], ...ASKING],
  reveal: [['upArrow', 'scrollUp'], ['downArrow', 'scrollDown'], ['return', 'submit'], ...ASKING],
  rate: [['upArrow', 'scrollUp'], ['downArrow', 'scrollDown'], ['leftArrow', 'prev'], ['rightArrow', 'next'], ['return', 'submit'], ...ASKING],
  feedback: [
    ['upArrow', 'scrollUp'], ['downArrow', 'scrollDown'], ['home', 'first'], ['end', 'last'], ['return', 'submit'],
    ['escape', 'stop'], ...PAGING,
  ],
  list: [
    ['upArrow', 'up'], ['downArrow', 'down'], ['home', 'first'], ['end', 'last'], ['return', 'submit'],
    ['escape', 'back'], ['backspace', 'back'], ['delete', 'back'], ...PAGING,
  ],
  message: [['return', 'submit'], ['escape', 'back'], ['backspace', 'back'], ['delete', 'back']],
};

const digits = (max: number): Record<string, QuizCommand> =>
  Object.fromEntries(Array.from({ length: max }, (_, i) => [String(i + 1), { digit: i + 1 }]));

const TYPED: Readonly<Record<Exclude<QuizKeyMode, 'line' | 'lines'>, Readonly<Record<string, QuizCommand>>>> = {
  choose: { k: 'up', j: 'down', ' ': 'submit', q: 'stop', '?': 'help', ...digits(9) },
  pick: { k: 'up', j: 'down', ' ': 'toggle', q: 'stop', '?': 'help', ...digits(9) },
  arrange: { k: 'up', j: 'down', K: 'moveUp', J: 'moveDown', ' ': 'toggle', q: 'stop', '?': 'help', ...digits(9) },
  reveal: { k: 'scrollUp', j: 'scrollDown', ' ': 'submit', q: 'stop', '?': 'help' },
  rate: { k: 'scrollUp', j: 'scrollDown', h: 'prev', l: 'next', q: 'stop', '?': 'help', ...digits(4) },
  feedback: { k: 'scrollUp', j: 'scrollDown', g: 'first', G: 'last', ' ': 'submit', q: 'stop', '?': 'help' },
  list: { k: 'up', j: 'down', g: 'first', G: 'last', ' ': 'submit', q: 'back', '?': 'help' },
  message: { ' ': 'submit', q: 'back', '?': 'help' },
};

/** Control characters that reach us inside a longer chunk, as the key Ink names alone. */
const CONTROL: Readonly<Record<string, Partial<Key>>> = {
  '\r': { return: true }, '\n': { return: true }, '\x7f': { delete: true }, '\b': { backspace: true }, '\t': { tab: true },
};

const named = (table: Named, key: Partial<Key>): QuizCommand | undefined => table.find(([flag]) => key[flag] === true)?.[1];

/**
 * A mode that takes no text: a chunk is its keys in order when every one of them means
 * something, so `jj\r` moves twice and answers, and a paste holding a `q` does nothing.
 */
function commands(mode: Exclude<QuizKeyMode, 'line' | 'lines'>, input: string, key: Partial<Key>): QuizCommand[] {
  if (mode === 'arrange' && key.shift && (key.upArrow || key.downArrow)) return [key.upArrow ? 'moveUp' : 'moveDown'];
  if (mode === 'arrange' && (key.upArrow || key.downArrow)) return [key.upArrow ? 'up' : 'down'];
  const fromKey = named(NAMED[mode], key);
  if (fromKey) return [fromKey];
  if (key.ctrl || key.meta) return [];
  const chars = [...input];
  const each = chars.map((c) => {
    const flags = CONTROL[c];
    if (flags) return named(NAMED[mode], flags);
    return Object.hasOwn(TYPED[mode], c) ? TYPED[mode][c] : undefined;
  });
  return each.length > 0 && each.every((c) => c !== undefined) ? (each as QuizCommand[]) : [];
}

/** Typed or pasted text: a chunk may hold Enter and Backspace among the characters. */
function typed(input: string, isMultiline: boolean): QuizCommand[] {
  const out: QuizCommand[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ edit: { type: 'insert', text } });
    text = '';
  };
  for (const c of input) {
    if (c === '\x7f' || c === '\b') {
      flush();
      out.push({ edit: { type: 'erase' } });
    } else if (c === '\r' || c === '\n') {
      // Note: in a manifest a line break inside a chunk is pasted text, kept as it is; Enter
      // alone (a key of its own) indents the new line like the last one.
      if (isMultiline) text += '\n';
      else {
        flush();
        out.push('submit');
      }
    } else if (c === '\t') {
      text += isMultiline ? '  ' : ' ';
    } else {
      text += c;
    }
  }
  flush();
  return out;
}

/** The keys of a text field: editing, and the few keys that act on the question. */
function textKeys(isMultiline: boolean, input: string, key: Partial<Key>): QuizCommand[] {
  const move = (to: 'left' | 'right' | 'up' | 'down' | 'home' | 'end'): QuizCommand[] => [{ edit: { type: 'move', to } }];
  if (key.ctrl) {
    if (input === 's' || input === 'd') return ['submit'];
    if (input === 'u') return [{ edit: { type: 'clear' } }];
    if (input === 'a') return move('home');
    if (input === 'e') return move('end');
    return [];
  }
  if (key.return) return [isMultiline ? { edit: { type: 'newline' } } : 'submit'];
  if (key.backspace || key.delete) return [{ edit: { type: 'erase' } }];
  if (key.tab) return ['skip'];
  if (key.escape) return ['stop'];
  if (key.leftArrow) return move('left');
  if (key.rightArrow) return move('right');
  if (key.home) return move('home');
  if (key.end) return move('end');
  if (key.upArrow) return isMultiline ? move('up') : ['scrollUp'];
  if (key.downArrow) return isMultiline ? move('down') : ['scrollDown'];
  if (key.pageUp) return ['pageUp'];
  if (key.pageDown) return ['pageDown'];
  if (key.meta) return [];
  return typed(input, isMultiline);
}

/** The commands of one read from the terminal in `mode`. */
export function quizKeys(mode: QuizKeyMode, input: string, key: Partial<Key>): QuizCommand[] {
  if (key.ctrl && input === 'c') return ['quit'];
  switch (mode) {
    case 'line':
      return textKeys(false, input, key);
    case 'lines':
      return textKeys(true, input, key);
    case 'choose':
    case 'pick':
    case 'arrange':
    case 'reveal':
    case 'rate':
    case 'feedback':
    case 'list':
    case 'message':
      return commands(mode, input, key);
    default:
      return assertNever(mode);
  }
}

/**
 * The next key of a chunk read at once, as the mode it arrives in reads it: a control
 * character; in a one-line field a run of text; elsewhere one character.
 */
export function nextKey(rest: string, mode: QuizKeyMode): readonly [string, Partial<Key>, string] {
  const first = [...rest][0] ?? '';
  const control = CONTROL[first];
  if (control) return [first, control, rest.slice(first.length)];
  if (mode === 'line') {
    const end = rest.search(/[\r\n\x7f\b\t]/);
    return end < 0 ? [rest, {}, ''] : [rest.slice(0, end), {}, rest.slice(end)];
  }
  return [first, {}, rest.slice(first.length)];
}
