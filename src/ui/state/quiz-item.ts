/**
 * The answer being put together for the question on screen: a choice under the cursor, the
 * choices ticked, the steps as arranged, the text typed, a card revealed and rated. A submit
 * turns it into the quiz core's answer, or says why it cannot be one yet.
 */
import type { Question } from '../../content/types.js';
import { SELF_RATINGS, tidy, type QuizAnswer, type SessionItem } from '../../quiz/index.js';
import { assertNever } from '../../util/assert-never.js';
import { createEditor, editorText, isBlank, reduceEditor, type Editor, type EditorAction } from './quiz-editor.js';

export interface ItemInput {
  /** The option under the cursor (choices, steps). */
  readonly cursor: number;
  /** Ticked choice ids (multi). */
  readonly picked: readonly string[];
  /** Step ids as arranged so far (order). */
  readonly arrangement: readonly string[];
  /** The step under the cursor moves with it (order). */
  readonly isHolding: boolean;
  readonly editor: Editor;
  /** A card's model answer is on show. */
  readonly isRevealed: boolean;
  /** The self-rating under the cursor, an index of `SELF_RATINGS`. */
  readonly rating: number;
}

/** How the question on screen takes keys. */
export type ItemMode = 'choose' | 'pick' | 'arrange' | 'line' | 'lines' | 'reveal' | 'rate';

export function itemMode(question: Question, input: ItemInput): ItemMode {
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'predict':
      return 'choose';
    case 'multi':
      return 'pick';
    case 'order':
      return 'arrange';
    case 'text':
    case 'command':
      return 'line';
    case 'yaml':
      return 'lines';
    case 'card':
      return input.isRevealed ? 'rate' : 'reveal';
    default:
      return assertNever(question);
  }
}

/** The default self-rating: Good. */
const GOOD = SELF_RATINGS.indexOf('good');

/** The input of no item (a session with nothing to ask). */
export const BLANK_INPUT: ItemInput = {
  cursor: 0, picked: [], arrangement: [], isHolding: false, editor: createEditor('', false), isRevealed: false, rating: GOOD,
};

/** Nothing answered yet; a yaml question starts from its starter manifest. */
export function freshInput(item: SessionItem<Question>): ItemInput {
  const q = item.question;
  return {
    cursor: 0,
    picked: [],
    arrangement: q.type === 'order' ? item.order : [],
    isHolding: false,
    editor: createEditor(q.type === 'yaml' ? q.starter.replace(/\n+$/, '') : '', q.type === 'yaml'),
    isRevealed: false,
    rating: GOOD,
  };
}

/** Options the cursor moves over. */
export function optionCount(item: SessionItem<Question>, choices: readonly string[]): number {
  const q = item.question;
  if (q.type === 'truefalse') return 2;
  if (q.type === 'predict') return choices.length;
  return item.order.length;
}

/** What a command on an item may ask for. */
export type ItemCommand =
  | 'up' | 'down' | 'toggle' | 'submit' | 'moveUp' | 'moveDown' | 'prev' | 'next'
  | { readonly digit: number }
  | { readonly edit: EditorAction };

/** Why a submit was refused. */
export type ItemProblem = 'empty' | 'pickSome';

export interface ItemStep {
  readonly input: ItemInput;
  readonly answer?: QuizAnswer;
  readonly problem?: ItemProblem;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

function swap(list: readonly string[], i: number, j: number): readonly string[] {
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** The step under the cursor moved by `by`, the cursor with it. */
function moveStep(input: ItemInput, by: -1 | 1): ItemInput {
  const to = input.cursor + by;
  if (to < 0 || to >= input.arrangement.length) return input;
  return { ...input, arrangement: swap(input.arrangement, input.cursor, to), cursor: to };
}

function submit(item: SessionItem<Question>, input: ItemInput, choices: readonly string[]): ItemStep {
  const q = item.question;
  switch (q.type) {
    case 'single':
      return { input, answer: { type: 'single', choice: item.order[input.cursor] ?? '' } };
    case 'truefalse':
      return { input, answer: { type: 'truefalse', value: input.cursor === 0 } };
    case 'predict':
      return { input, answer: { type: 'predict', text: choices[input.cursor] ?? '' } };
    case 'multi':
      if (input.picked.length === 0) return { input, problem: 'pickSome' };
      return { input, answer: { type: 'multi', choices: item.order.filter((id) => input.picked.includes(id)) } };
    case 'order':
      return { input: { ...input, isHolding: false }, answer: { type: 'order', steps: input.arrangement } };
    case 'text':
    case 'command':
      if (isBlank(input.editor)) return { input, problem: 'empty' };
      return { input, answer: { type: q.type, text: tidy(editorText(input.editor)) } };
    case 'yaml':
      if (isBlank(input.editor)) return { input, problem: 'empty' };
      // Note: indentation is meaning in YAML, so only trailing blanks go (as in line mode).
      return { input, answer: { type: 'yaml', text: editorText(input.editor).normalize('NFC').replace(/\s+$/u, '') + '\n' } };
    case 'card':
      if (!input.isRevealed) return { input: { ...input, isRevealed: true } };
      return { input, answer: { type: 'card', rating: SELF_RATINGS[input.rating] ?? 'good' } };
    default:
      return assertNever(q);
  }
}

function toggled(input: ItemInput, id: string | undefined): ItemInput {
  if (id === undefined) return input;
  const picked = input.picked.includes(id) ? input.picked.filter((p) => p !== id) : [...input.picked, id];
  return { ...input, picked };
}

/** One command on the item. Commands that mean nothing for its type leave it as it is. */
export function reduceItem(item: SessionItem<Question>, input: ItemInput, command: ItemCommand, choices: readonly string[]): ItemStep {
  const mode = itemMode(item.question, input);
  const last = optionCount(item, choices) - 1;
  if (typeof command === 'object') {
    if ('edit' in command) return mode === 'line' || mode === 'lines' ? { input: { ...input, editor: reduceEditor(input.editor, command.edit) } } : { input };
    const at = command.digit - 1;
    if (mode === 'rate') return at >= 0 && at < SELF_RATINGS.length ? submit(item, { ...input, rating: at }, choices) : { input };
    if (at < 0 || at > last || !['choose', 'pick', 'arrange'].includes(mode)) return { input };
    return { input: mode === 'pick' ? toggled({ ...input, cursor: at }, item.order[at]) : { ...input, cursor: at, isHolding: false } };
  }
  switch (command) {
    case 'submit':
      return submit(item, input, choices);
    case 'up':
    case 'down': {
      const by = command === 'up' ? -1 : 1;
      if (mode === 'arrange' && input.isHolding) return { input: moveStep(input, by) };
      return ['choose', 'pick', 'arrange'].includes(mode) ? { input: { ...input, cursor: clamp(input.cursor + by, last) } } : { input };
    }
    case 'moveUp':
    case 'moveDown':
      return mode === 'arrange' ? { input: moveStep(input, command === 'moveUp' ? -1 : 1) } : { input };
    case 'toggle':
      if (mode === 'pick') return { input: toggled(input, item.order[input.cursor]) };
      if (mode === 'arrange') return { input: { ...input, isHolding: !input.isHolding } };
      return mode === 'choose' || mode === 'reveal' ? submit(item, input, choices) : { input };
    case 'prev':
    case 'next':
      if (mode !== 'rate') return { input };
      return { input: { ...input, rating: clamp(input.rating + (command === 'prev' ? -1 : 1), SELF_RATINGS.length - 1) } };
    default:
      return assertNever(command);
  }
}
