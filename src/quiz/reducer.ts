import { assertNever } from '../util/assert-never.js';
import { grade } from './grade.js';
import type { SessionItem } from './session.js';
import type { Grade, Judges, QuizAnswer, QuizQuestion } from './types.js';

/** What became of one question of a session. */
export type Outcome =
  | { readonly kind: 'answered'; readonly questionId: string; readonly answer: QuizAnswer; readonly grade: Grade }
  | { readonly kind: 'skipped'; readonly questionId: string };

/**
 * A quiz session. `asking`: the current item waits for an answer; `feedback`: it was answered
 * and its feedback is shown until `next`; `done`: the summary.
 */
export interface SessionState<Q extends QuizQuestion = QuizQuestion> {
  readonly items: readonly SessionItem<Q>[];
  /** The current item; equals `items.length` once done. */
  readonly index: number;
  readonly phase: 'asking' | 'feedback' | 'done';
  /** One per item answered or skipped, in session order. */
  readonly outcomes: readonly Outcome[];
  /** True when the learner ended the session early. */
  readonly hasQuit: boolean;
}

export type SessionAction =
  /** An answer to the current item, already graded (see `answerWith`). */
  | { readonly type: 'answer'; readonly answer: QuizAnswer; readonly grade: Grade }
  | { readonly type: 'skip' }
  | { readonly type: 'next' }
  | { readonly type: 'quit' };

export function startSession<Q extends QuizQuestion>(items: readonly SessionItem<Q>[]): SessionState<Q> {
  return { items, index: 0, phase: items.length === 0 ? 'done' : 'asking', outcomes: [], hasQuit: false };
}

/** The item being asked or shown, if any. */
export function currentItem<Q extends QuizQuestion>(state: SessionState<Q>): SessionItem<Q> | undefined {
  return state.phase === 'done' ? undefined : state.items[state.index];
}

function advance<Q extends QuizQuestion>(state: SessionState<Q>, outcomes: readonly Outcome[]): SessionState<Q> {
  const index = state.index + 1;
  return { ...state, index, outcomes, phase: index >= state.items.length ? 'done' : 'asking' };
}

/** The session's transition. Input that does not fit the phase leaves the state as it is. */
export function sessionReducer<Q extends QuizQuestion>(state: SessionState<Q>, action: SessionAction): SessionState<Q> {
  const item = currentItem(state);
  switch (action.type) {
    case 'answer':
      if (state.phase !== 'asking' || !item || action.answer.type !== item.question.type) return state;
      return {
        ...state,
        phase: 'feedback',
        outcomes: [...state.outcomes, { kind: 'answered', questionId: item.question.id, answer: action.answer, grade: action.grade }],
      };
    case 'skip':
      if (state.phase !== 'asking' || !item) return state;
      return advance(state, [...state.outcomes, { kind: 'skipped', questionId: item.question.id }]);
    case 'next':
      return state.phase === 'feedback' ? advance(state, state.outcomes) : state;
    case 'quit':
      return state.phase === 'done' ? state : { ...state, phase: 'done', hasQuit: true };
    default:
      return assertNever(action);
  }
}

/** Grades `answer` for the current item and applies it; unchanged when nothing is being asked. */
export function answerWith<Q extends QuizQuestion>(state: SessionState<Q>, answer: QuizAnswer, judges: Judges<Q> = {}): SessionState<Q> {
  const item = currentItem(state);
  if (state.phase !== 'asking' || !item || answer.type !== item.question.type) return state;
  return sessionReducer(state, { type: 'answer', answer, grade: grade(item.question, answer, judges) });
}

/** The outcome of the current item once answered (in the feedback phase). */
export function lastOutcome(state: SessionState): Outcome | undefined {
  return state.outcomes[state.outcomes.length - 1];
}
