/**
 * The app state around the lesson reader: opening a lesson where the learner left off, keys
 * on the reader, the file arriving, and what reading changes elsewhere (progress, the last
 * visit, the next lesson).
 */
import type { Key } from 'ink';
import { assertNever } from '../../util/assert-never.js';
import type { Intent } from '../keys.js';
import { stepKeys } from '../step-keys.js';
import type { LessonLoad, LessonSummary, ScreenTarget } from '../types.js';
import type { AppState } from './app-state.js';
import { entryOf } from './entries.js';
import { finish, nextLesson, progressOf, seePage, withProgress } from './lesson-progress.js';
import { reduceNav, topOf } from './nav-state.js';
import { checkpointRun } from './quiz-area.js';
import { lessonOf, openReader, pageOf, readerLoaded, reduceReader, type ReaderEnv } from './reader-state.js';
import { reduceStepKey, reduceStepResult, type StepEnv, type StepOutcome } from './step-reducer.js';
import { stepMode, type StepRequest, type StepResult } from './step-state.js';

/** The reader on top of the stack, if the lesson on top is the one it holds. */
function readerOnTop(state: AppState) {
  const { target } = topOf(state);
  return target.screen === 'lesson' && state.reader?.id === target.id ? state.reader : undefined;
}

/**
 * The page on screen is seen: it becomes the lesson's last page and the last visit. Unchanged
 * while the lesson is loading or finished.
 */
function recordPage(state: AppState): AppState {
  const reader = readerOnTop(state);
  const page = reader && !reader.isFinished ? pageOf(reader) : undefined;
  if (!reader || !page) return state;
  const progress = seePage(state.progress, reader.id, page.id);
  const last = state.lastVisited;
  const isSame = last?.screen === 'lesson' && last.id === reader.id && last.page === page.id;
  if (progress === state.progress && isSame) return state;
  return { ...state, progress, lastVisited: isSame ? last : { screen: 'lesson', id: reader.id, page: page.id } };
}

/**
 * Opens the reader on the lesson `target` names, at `target.page` when given (Continue), else
 * where the learner left off; a finished lesson opens at its start, to be read again.
 */
export function startReading(state: AppState, target: ScreenTarget): AppState {
  const { id } = target;
  if (target.screen !== 'lesson' || id === undefined) return state;
  const saved = progressOf(state.progress, id);
  const wanted = target.page ?? (saved?.done ? undefined : saved?.page);
  const cached = Object.hasOwn(state.lessonFiles, id) ? state.lessonFiles[id] : undefined;
  return recordPage({ ...state, reader: openReader(id, wanted, cached) });
}

/** A lesson file has been read: kept for the session, and shown if its lesson is open. */
export function lessonFileLoaded(state: AppState, id: string, load: LessonLoad): AppState {
  const lessonFiles = { ...state.lessonFiles, [id]: load };
  const reader = state.reader?.id === id ? readerLoaded(state.reader, load) : state.reader;
  return recordPage({ ...state, lessonFiles, reader });
}

/** Puts a lesson on the stack above the list, as the app opens one. */
export type OpenLesson = (state: AppState, target: ScreenTarget) => AppState;

/**
 * After the last page: the next lesson not done replaces this one above the list, or, with
 * none left, the list comes back.
 */
function openNext(state: AppState, lessons: readonly LessonSummary[], openLesson: OpenLesson): AppState {
  const id = state.reader?.id ?? '';
  const next = nextLesson(id, withProgress(lessons, state.progress));
  const below = state.stack.slice(0, -1);
  if (!next) return { ...state, stack: below };
  // Note: opening puts the list, at the new lesson, back below it; the home screen stays.
  const base = below.length > 1 && below.at(-1)?.target.screen === 'lessons' ? below.slice(0, -1) : below;
  return openLesson({ ...state, stack: base }, { screen: 'lesson', id: next.id });
}

/** Puts the Quiz screen on the stack, as the app opens one. */
export type OpenQuiz = (state: AppState) => AppState;

/** The Quiz screen on the checkpoint of the finished lesson in the reader. */
function openCheckpoint(state: AppState, openQuiz: OpenQuiz): AppState {
  const lesson = state.reader ? lessonOf(state.reader) : undefined;
  if (!lesson) return state;
  const opened = openQuiz(state);
  return { ...opened, quiz: checkpointRun(opened.quiz, { lesson: lesson.id, ids: lesson.checkpoint }) };
}

/**
 * A checkpoint's summary was left: back to the lessons list below, at the next lesson not done
 * (Enter opens it), or at lesson `id` when none is left.
 */
export function leaveCheckpoint(state: AppState, id: string, lessons: readonly LessonSummary[], rows: number): AppState {
  const at = state.stack.map((e) => e.target.screen).lastIndexOf('lessons');
  if (at < 0) return { ...state, ...reduceNav(state, { type: 'back' }) };
  const next = nextLesson(id, withProgress(lessons, state.progress));
  const list = entryOf({ screen: 'lessons', id: next?.id ?? id }, lessons, rows);
  return { ...state, stack: [...state.stack.slice(0, at), list] };
}

/** A key on the reader (overlays, Esc, q and the language are handled before). */
export function readerIntent(
  state: AppState,
  intent: Intent,
  env: ReaderEnv,
  lessons: readonly LessonSummary[],
  openLesson: OpenLesson,
  openQuiz: OpenQuiz = (s) => s,
): AppState {
  const current = readerOnTop(state);
  if (!current) return state;
  const { reader, outcome } = reduceReader(current, intent, env);
  const moved = reader === current ? state : { ...state, reader };
  switch (outcome) {
    case undefined:
      return recordPage(moved);
    case 'finished':
      return { ...moved, progress: finish(moved.progress, current.id) };
    case 'next':
      return openNext(moved, lessons, openLesson);
    case 'checkpoint':
      return openCheckpoint(moved, openQuiz);
    default:
      return assertNever(outcome);
  }
}

/** The step open over the reader on top, if any. */
export function openStepOf(state: AppState) {
  return readerOnTop(state)?.step;
}

/** What the app does for a step's outcome: help, the other language, or quitting. */
export type OnStepOutcome = (state: AppState, outcome: Exclude<StepOutcome, 'close'>) => AppState;

/**
 * A read from the terminal while a step is open over the reader on top, mapped with the mode
 * the step is in when it arrives; keys after one that changes the mode act on the new state
 * (a chunk like `3\r` picks, then checks).
 */
export function stepInput(state: AppState, input: string, key: Partial<Key>, env: StepEnv, onOutcome: OnStepOutcome): AppState {
  const first = readerOnTop(state)?.step;
  if (!first) return state;
  let next = state;
  for (const stepKey of stepKeys(stepMode(first), input, key)) {
    const reader = readerOnTop(next);
    if (!reader?.step) break;
    const { step, outcome } = reduceStepKey(reader.step, stepKey, env);
    next = step === reader.step ? next : { ...next, reader: { ...reader, step } };
    if (outcome === 'close') next = { ...next, reader: { ...reader, step: undefined } };
    else if (outcome) next = onOutcome(next, outcome);
  }
  return next;
}

/** A hook's answer to a step's request; dropped when that request is no longer waited for. */
export function stepResultArrived(state: AppState, request: StepRequest, result: StepResult): AppState {
  const reader = state.reader;
  if (!reader?.step) return state;
  const step = reduceStepResult(reader.step, request, result);
  return step === reader.step ? state : { ...state, reader: { ...reader, step } };
}
