/**
 * What the Quiz or Interview screen is showing: a message (loading, nothing due), the topic
 * picker, or a session (a question, its feedback, then the summary). Pure; grading goes
 * through the quiz core with the judges the caller gave.
 */
import type { Question } from '../../content/types.js';
import {
  answerWith, currentItem, lastOutcome, sessionReducer, startSession, summarizeSession, type Judges, type LessonRef,
  type SelfRating, type SessionItem, type SessionState,
} from '../../quiz/index.js';
import { predictChoices } from './quiz-choices.js';
import { BLANK_INPUT, freshInput, reduceItem, type ItemCommand, type ItemInput, type ItemProblem } from './quiz-item.js';
import type { GivenAnswer, QuizMode } from './quiz-types.js';

/** A screen of text instead of a question. `next`: when the next review is due (ISO). */
export type QuizMessage =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'noQuestions' }
  | { readonly kind: 'nothingDue'; readonly next?: string }
  | { readonly kind: 'noCards'; readonly next?: string };

/** Said under the question until the next key that changes it. */
export type QuizNote =
  | { readonly kind: 'problem'; readonly problem: ItemProblem }
  /** A card was rated and is due again at `due` (ISO). */
  | { readonly kind: 'rated'; readonly rating: SelfRating; readonly due: string };

/** A lesson's checkpoint, asked at its end: these question ids, in this order. */
export interface Checkpoint {
  readonly lesson: string;
  readonly ids: readonly string[];
}

export interface SessionRun {
  readonly kind: 'session';
  readonly mode: QuizMode;
  readonly session: SessionState<Question>;
  /** The answer being put together for the current item. */
  readonly input: ItemInput;
  /** The options of predict items, by question id. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  /** The first line of the document on show. */
  readonly scroll: number;
  readonly note: QuizNote | undefined;
  /** The lesson link selected on the summary. */
  readonly link: number;
  /** Items that were up for review when the session began (the rest are new). */
  readonly dueIds: readonly string[];
  /** Set when the session is a lesson's checkpoint: its summary leads back to the lessons. */
  readonly checkpoint?: Checkpoint;
}

export type QuizRun =
  /** `checkpoint`: the checkpoint to start once the questions are in (while loading). */
  | { readonly kind: 'message'; readonly mode: QuizMode; readonly message: QuizMessage; readonly scroll: number; readonly checkpoint?: Checkpoint }
  | { readonly kind: 'pick'; readonly selected: number; readonly scroll: number }
  | SessionRun;

/** A session over drawn items; none to ask is a message instead. */
export function sessionRun(mode: QuizMode, items: readonly SessionItem<Question>[], seed: number, dueIds: readonly string[] = []): SessionRun {
  const session = startSession(items);
  const first = items[0];
  return {
    kind: 'session', mode, session, choices: predictChoices(items, seed), scroll: 0, note: undefined, link: 0, dueIds,
    input: first ? freshInput(first) : BLANK_INPUT,
  };
}

/** The session moved on: a fresh input for the item now current, the top of the page. */
function moved(run: SessionRun, session: SessionState<Question>, note?: QuizNote): SessionRun {
  const item = currentItem(session);
  return { ...run, session, input: item ? freshInput(item) : run.input, scroll: 0, note, link: 0 };
}

export interface SessionStep {
  readonly run: SessionRun;
  /** An answer given by this command, to save and to count. */
  readonly given?: Omit<GivenAnswer, 'at'>;
}

/** The commands a session takes besides scrolling and leaving. */
export type SessionCommand = ItemCommand | 'skip' | 'stop';

/**
 * One command on a session. A card is rated and left at once (nothing more to show); any other
 * answer is graded and its feedback shown until Enter.
 */
export function reduceSession(run: SessionRun, command: SessionCommand, judges: Judges<Question>): SessionStep {
  const { session } = run;
  const item = currentItem(session);
  if (command === 'stop') return { run: moved(run, sessionReducer(session, { type: 'quit' })) };
  if (session.phase === 'done' || !item) return { run };
  if (session.phase === 'feedback') {
    return command === 'submit' || command === 'toggle' ? { run: moved(run, sessionReducer(session, { type: 'next' })) } : { run };
  }
  if (command === 'skip') return { run: moved(run, sessionReducer(session, { type: 'skip' })) };
  const step = reduceItem(item, run.input, command, run.choices[item.question.id] ?? []);
  if (step.problem) return { run: { ...run, input: step.input, note: { kind: 'problem', problem: step.problem } } };
  if (!step.answer) return { run: { ...run, input: step.input, note: step.input === run.input ? run.note : undefined } };
  const graded = answerWith(session, step.answer, judges);
  const outcome = lastOutcome(graded);
  if (graded === session || outcome?.kind !== 'answered') return { run: { ...run, input: step.input } };
  const given = { question: item.question, answer: outcome.answer, grade: outcome.grade };
  if (item.question.type === 'card') return { run: moved(run, sessionReducer(graded, { type: 'next' })), given };
  return { run: { ...run, session: graded, input: step.input, note: undefined, scroll: run.scroll }, given };
}

/** The lessons to read again after a session, each once, in the order their topics came up. */
export function reviewLinks(session: SessionState<Question>): readonly LessonRef[] {
  const links: LessonRef[] = [];
  for (const topic of summarizeSession(session).review) {
    for (const link of topic.lessons) {
      if (!links.some((l) => l.id === link.id && l.page === link.page)) links.push(link);
    }
  }
  return links;
}
