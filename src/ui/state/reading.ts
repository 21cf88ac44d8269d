/**
 * The app state around the lesson reader: opening a lesson where the learner left off, keys
 * on the reader, the file arriving, and what reading changes elsewhere (progress, the last
 * visit, the next lesson).
 */
import { assertNever } from '../../util/assert-never.js';
import type { Intent } from '../keys.js';
import type { LessonLoad, LessonSummary, ScreenTarget } from '../types.js';
import type { AppState } from './app-state.js';
import { finish, nextLesson, progressOf, seePage, withProgress } from './lesson-progress.js';
import { topOf } from './nav-state.js';
import { openReader, pageOf, readerLoaded, reduceReader, type ReaderEnv } from './reader-state.js';

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

/** A key on the reader (overlays, Esc, q and the language are handled before). */
export function readerIntent(
  state: AppState,
  intent: Intent,
  env: ReaderEnv,
  lessons: readonly LessonSummary[],
  openLesson: OpenLesson,
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
    default:
      return assertNever(outcome);
  }
}
