import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { assertNever } from '../util/assert-never.js';
import type { SelfRating } from './types.js';

/**
 * Spaced repetition with ts-fsrs 5.4: 90% target retention and no fuzz, so a due date depends
 * only on the history and the clock passed in (`now` is always an argument). Every answered
 * question has a card: a wrong answer rates it Again, a right one Good, and interview cards
 * take the learner's own rating.
 */

export type { Card } from 'ts-fsrs';

let shared: FSRS | undefined;

/** The one scheduler configuration podlab uses. */
export function scheduler(): FSRS {
  shared ??= fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
  return shared;
}

/** A card never reviewed, created at `now`. */
export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

export function fsrsRating(rating: SelfRating): FsrsGrade {
  switch (rating) {
    case 'again':
      return Rating.Again;
    case 'hard':
      return Rating.Hard;
    case 'good':
      return Rating.Good;
    case 'easy':
      return Rating.Easy;
    default:
      return assertNever(rating);
  }
}

/** The card after one review at `now`; a question seen for the first time starts from a new card. */
export function review(card: Card | undefined, rating: SelfRating, now: Date): Card {
  return scheduler().next(card ?? newCard(now), now, fsrsRating(rating)).card;
}
