import { assertNever } from '../util/assert-never.js';
import { normalizeKeyword, tidy } from './normalize.js';
import type { SessionItem } from './session.js';
import type { QuizAnswer, QuizQuestion, SelfRating } from './types.js';

/**
 * One line of typed input, read for the current question: `2`, `1,3`, `1 3`, `3 1 2`, `true`,
 * `예`, free text. Option numbers are the 1-based positions shown on screen, mapped back to ids
 * through the item's display order. Pure, so every way of typing an answer is tested alone.
 */
export type InputProblem =
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'out-of-range'; readonly max: number }
  | { readonly kind: 'one-only' }
  | { readonly kind: 'not-all-steps'; readonly count: number }
  | { readonly kind: 'not-true-false' }
  | { readonly kind: 'not-a-rating' };

export type InputResult =
  | { readonly kind: 'answer'; readonly answer: QuizAnswer }
  | { readonly kind: 'skip' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'hint' }
  | { readonly kind: 'invalid'; readonly problem: InputProblem };

const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y', 'o', '예', '네', '참', '맞음', '맞다', 'ㅇ']);
const FALSE_WORDS = new Set(['2', 'false', 'f', 'no', 'n', 'x', '아니오', '아니요', '아니', '거짓', '틀림', '틀리다', 'ㄴ']);

/** The four self-ratings of a card, in the order they are numbered (1 Again … 4 Easy). */
export const SELF_RATINGS: readonly SelfRating[] = ['again', 'hard', 'good', 'easy'];
const RATING_WORDS: Readonly<Record<string, SelfRating>> = {
  1: 'again', 2: 'hard', 3: 'good', 4: 'easy', again: 'again', hard: 'hard', good: 'good', easy: 'easy',
  a: 'again', h: 'hard', g: 'good', e: 'easy', 다시: 'again', 어려움: 'hard', 보통: 'good', 좋음: 'good', 쉬움: 'easy',
};

/** `1,3`, `1 3`, `1、3` → [1, 3]; with `compact`, also `312` when every option is one digit. */
function numbers(text: string, compact: number | undefined): number[] | undefined {
  const parts = text.split(/[\s,;、，]+/u).filter((p) => p !== '');
  if (parts.length === 0 || !parts.every((p) => /^\d+$/u.test(p))) return undefined;
  if (compact !== undefined && parts.length === 1 && compact <= 9 && parts[0].length === compact && compact > 1) {
    return [...parts[0]].map(Number);
  }
  return parts.map(Number);
}

function invalid(problem: InputProblem): InputResult {
  return { kind: 'invalid', problem };
}

/** Option numbers → ids, or the problem with them. */
function pick(item: SessionItem, text: string, compact: boolean): string[] | InputProblem {
  const max = item.order.length;
  const list = numbers(text, compact ? max : undefined);
  if (!list) return { kind: 'not-a-number' };
  if (list.some((n) => n < 1 || n > max)) return { kind: 'out-of-range', max };
  return list.map((n) => item.order[n - 1]);
}

/** Reads a card's self-rating (after its answer was shown). */
export function readRating(line: string): InputResult {
  const word = normalizeKeyword(line);
  if (word === '') return { kind: 'skip' };
  if (word === 'q' || word === 'quit') return { kind: 'quit' };
  const rating = Object.hasOwn(RATING_WORDS, word) ? RATING_WORDS[word] : undefined;
  return rating ? { kind: 'answer', answer: { type: 'card', rating } } : invalid({ kind: 'not-a-rating' });
}

/**
 * Reads one line for the item. Empty skips, `q` quits, `?` asks for a hint. For a yaml
 * question the line is the whole manifest (the caller gathers its lines).
 */
export function readAnswer<Q extends QuizQuestion>(item: SessionItem<Q>, line: string): InputResult {
  const word = normalizeKeyword(line);
  if (word === '') return { kind: 'skip' };
  if (word === 'q' || word === 'quit') return { kind: 'quit' };
  if (word === '?') return { kind: 'hint' };
  const q: QuizQuestion = item.question;
  switch (q.type) {
    case 'single': {
      const ids = pick(item, word, false);
      if (!Array.isArray(ids)) return invalid(ids);
      if (new Set(ids).size !== 1) return invalid({ kind: 'one-only' });
      return { kind: 'answer', answer: { type: 'single', choice: ids[0] } };
    }
    case 'multi': {
      const ids = pick(item, word, false);
      return Array.isArray(ids) ? { kind: 'answer', answer: { type: 'multi', choices: [...new Set(ids)] } } : invalid(ids);
    }
    case 'truefalse':
      if (TRUE_WORDS.has(word)) return { kind: 'answer', answer: { type: 'truefalse', value: true } };
      if (FALSE_WORDS.has(word)) return { kind: 'answer', answer: { type: 'truefalse', value: false } };
      return invalid({ kind: 'not-true-false' });
    case 'order': {
      const ids = pick(item, word, true);
      if (!Array.isArray(ids)) return invalid(ids);
      if (new Set(ids).size !== item.order.length || ids.length !== item.order.length) return invalid({ kind: 'not-all-steps', count: item.order.length });
      return { kind: 'answer', answer: { type: 'order', steps: ids } };
    }
    case 'text':
    case 'command':
    case 'predict':
      return { kind: 'answer', answer: { type: q.type, text: tidy(line) } };
    case 'yaml':
      // Note: indentation is meaning in YAML, so only trailing blank lines go.
      return { kind: 'answer', answer: { type: 'yaml', text: line.normalize('NFC').replace(/\s+$/u, '') + '\n' } };
    case 'card':
      return readRating(line);
    default:
      return assertNever(q);
  }
}
