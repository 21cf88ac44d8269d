import { seedRng, shuffle, type Rng } from './rng.js';
import type { QuizQuestion } from './types.js';

/** One question of a session, with its options in the order they are shown. */
export interface SessionItem<Q extends QuizQuestion = QuizQuestion> {
  readonly question: Q;
  /**
   * Choice ids (single, multi) or step ids (order) in display order: option `n` shown to the
   * learner is `order[n - 1]`. Empty for the other types. Answers are kept as ids, so the shuffle
   * never leaks into what is stored.
   */
  readonly order: readonly string[];
}

function optionIds(q: QuizQuestion): readonly string[] {
  if (q.type === 'single' || q.type === 'multi') return q.choices.map((c) => c.id);
  if (q.type === 'order') return q.steps.map((s) => s.id);
  return [];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Shuffles one question's options; an order question is never shown already in order. */
function shuffleOptions(q: QuizQuestion, rng: Rng): [readonly string[], Rng] {
  const ids = optionIds(q);
  if (ids.length < 2) return [ids, rng];
  const [order, next] = shuffle(ids, rng);
  // Note: shown in the right order, an order question would give its own answer away.
  if (q.type === 'order' && sameList(order, q.answer)) return [[...order.slice(1), order[0]], next];
  return [order, next];
}

/**
 * Draws up to `count` questions from `pool` in an order fixed by `seed`, each with its options
 * shuffled from the same seed: one seed, one session, on every machine.
 */
export function drawItems<Q extends QuizQuestion>(pool: readonly Q[], seed: number, count: number): SessionItem<Q>[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`drawItems: count must be a whole number of at least 1, got ${count}`);
  let [questions, rng] = shuffle(pool, seedRng(seed));
  questions = questions.slice(0, count);
  return questions.map((question) => {
    let order: readonly string[];
    [order, rng] = shuffleOptions(question, rng);
    return { question, order };
  });
}
