import type { Card, State } from 'ts-fsrs';
import type { StoredCard } from './types.js';

/**
 * ts-fsrs cards hold `Date`s; JSON holds strings. These two convert between them so the quiz
 * engine always gets real `Date`s back (a string `due` compares wrongly and silently).
 */

/** A ts-fsrs `Card` (or an already stored one) → plain JSON for the store. */
export function toStoredCard(card: Card | StoredCard): StoredCard {
  const lastReview = card.last_review === undefined || card.last_review === null ? undefined : iso(card.last_review);
  return {
    due: iso(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(lastReview === undefined ? {} : { last_review: lastReview }),
  };
}

/** A stored card → a ts-fsrs `Card` with real dates. */
export function reviveCard(stored: StoredCard): Card {
  const card: Card = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
  };
  if (stored.last_review !== undefined) card.last_review = new Date(stored.last_review);
  return card;
}

function iso(value: Date | string): string {
  return typeof value === 'string' ? new Date(value).toISOString() : value.toISOString();
}
