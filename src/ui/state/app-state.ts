/**
 * The app shell's one reducer: every key arrives here as an intent and is routed by the state
 * itself (overlay, then the screen on top), so keys that arrive together in one chunk act in
 * order on fresh state, whatever screen React has drawn so far.
 */
import type { Key } from 'ink';
import { LANGS, type Lang } from '../../i18n/index.js';
import { assertNever } from '../../util/assert-never.js';
import { toIntents, type Intent } from '../keys.js';
import type { AppOptions, LastVisited, LessonLoad, LessonSummary, Notice, ScreenTarget } from '../types.js';
import { continueChoice } from './continue.js';
import { entriesTo, entryOf, HOME_MENU, listViewOf, menuItemOf } from './entries.js';
import { reduceList, type ListMove } from './list-state.js';
import { lessonRows } from './lesson-rows.js';
import { reduceNav, topOf, type NavState } from './nav-state.js';
import { putUpNotices, type NoticeState } from './notice-state.js';
import { NO_PROGRESS, withProgress, type ProgressMap } from './lesson-progress.js';
import type { ReaderState } from './reader-state.js';
import { leaveCheckpoint, lessonFileLoaded, openStepOf, readerIntent, startReading, stepInput, stepResultArrived } from './reading.js';
import type { StepRequest, StepResult } from './step-state.js';
import { initQuizArea, type QuizArea } from './quiz-area.js';
import { dashboardIntent, isDashboard, quizScreenOpened, reduceQuiz, type QuizAction } from './quiz-app.js';

export interface AppState extends NavState, NoticeState {
  readonly lang: Lang;
  readonly lastVisited: LastVisited | undefined;
  /** The lists on the stack were built before the lessons arrived. */
  readonly isLoadingLessons: boolean;
  /**
   * Continue was chosen while the lessons were loading: the Lessons screen on top stands in
   * for it, and goes on to where Continue leads once they arrive, unless the learner has moved.
   */
  readonly isContinuePending: boolean;
  /** Lesson progress: as saved when the app opened, plus what has been read since. */
  readonly progress: ProgressMap;
  /** The lesson open in the reader (the one on top of the stack, when a lesson is). */
  readonly reader: ReaderState | undefined;
  /** Lesson files read so far, by lesson id: each is read once a session. */
  readonly lessonFiles: Readonly<Record<string, LessonLoad>>;
  /** The editor fix steps open, as the learner knows it; undefined when there is none. */
  readonly editor: string | undefined;
  /** The quiz, interview and progress screens' own state (`quiz-area.ts`). */
  readonly quiz: QuizArea;
}

export type AppAction =
  /** `columns` and `rows`: the terminal size now, for scrolling. */
  | { readonly type: 'intent'; readonly intent: Intent; readonly columns: number; readonly rows: number }
  /** A lesson file asked for by the reader has been read. */
  | { readonly type: 'lessonFile'; readonly id: string; readonly load: LessonLoad }
  /** Any key while the notices are up. */
  | { readonly type: 'dismissNotices' }
  /** The lessons the reducer was made with have arrived (once, after `isLoadingLessons`). */
  | { readonly type: 'lessonsLoaded'; readonly rows: number }
  /** The caller's notices now; those not put up before are shown. */
  | { readonly type: 'notices'; readonly notices: readonly Notice[] }
  /**
   * A read from the terminal on the screen on top (no overlay): its intents, or, while a step is
   * open there, raw keys for the step, since a prediction is typed.
   */
  | { readonly type: 'screenKey'; readonly input: string; readonly key: Partial<Key>; readonly columns: number; readonly rows: number }
  /** A hook's answer to the open step's `request`. */
  | { readonly type: 'stepResult'; readonly request: StepRequest; readonly result: StepResult }
  | QuizAction;

const MOVES: Partial<Record<Intent, ListMove>> = {
  up: 'up', down: 'down', first: 'first', last: 'last', pageUp: 'pageUp', pageDown: 'pageDown',
};

/** The state at start: the home screen, with the initial screen (if any) above it. */
export function initAppState(options: AppOptions, rows: number): AppState {
  const { lessons, initialScreen } = options;
  const menuItem = initialScreen ? menuItemOf(initialScreen.screen) : undefined;
  const home = entryOf({ screen: 'home', id: menuItem }, lessons, rows);
  const above = initialScreen && initialScreen.screen !== 'home' ? entriesTo(initialScreen, lessons, rows) : [];
  const opened = above.find((e) => e.target.screen === 'lesson')?.target;
  const state: AppState = {
    stack: [home, ...above],
    overlay: 'none',
    isDone: false,
    notices: [],
    shownNotices: [],
    lang: options.lang,
    lastVisited: opened ? visitOf(opened) : options.lastVisited,
    isLoadingLessons: options.isLoadingLessons,
    isContinuePending: false,
    progress: options.lessonProgress ?? NO_PROGRESS,
    reader: undefined,
    lessonFiles: {},
    editor: options.editor?.name,
    quiz: initQuizArea(options.quiz, initialScreen?.screen),
  };
  return putUpNotices(opened ? startReading(state, opened) : state, options.notices);
}

function visitOf({ screen, id, page }: ScreenTarget): LastVisited {
  return { screen, ...(id === undefined ? {} : { id }), ...(page === undefined ? {} : { page }) };
}

/**
 * Puts `target` on the stack, with the lessons list below a lesson unless the list is already
 * on top. Opening a lesson opens the reader on it and is remembered as the last visit.
 */
function open(state: AppState, target: ScreenTarget, lessons: readonly LessonSummary[], rows: number): AppState {
  const isFromList = topOf(state).target.screen === 'lessons';
  const entries = isFromList ? [entryOf(target, lessons, rows)] : entriesTo(target, lessons, rows);
  const next = { ...state, ...reduceNav(state, { type: 'push', entries }) };
  return target.screen === 'lesson' ? startReading({ ...next, lastVisited: visitOf(target) }, target) : quizScreenOpened(next, target);
}

function cycleLang(state: AppState, by: 1 | -1): AppState {
  const i = LANGS.indexOf(state.lang);
  return { ...state, lang: LANGS[(i + by + LANGS.length) % LANGS.length] };
}

/** Enter, Left and Right on the screen on top. */
function act(state: AppState, intent: Intent, lessons: readonly LessonSummary[], rows: number): AppState {
  const top = topOf(state);
  switch (top.target.screen) {
    case 'home': {
      if (intent !== 'open') return state;
      const item = HOME_MENU[top.list.selected];
      if (item !== 'continue') return item ? open(state, { screen: item }, lessons, rows) : state;
      const choice = continueChoice(state.lastVisited, withProgress(lessons, state.progress));
      if (choice.kind === 'noLessons' && state.isLoadingLessons) {
        return { ...open(state, { screen: 'lessons' }, lessons, rows), isContinuePending: true };
      }
      return choice.kind === 'resume' || choice.kind === 'next' ? open(state, choice.target, lessons, rows) : state;
    }
    case 'lessons': {
      const row = lessonRows(lessons)[top.list.selected];
      if (intent !== 'open' || row?.kind !== 'lesson') return state;
      return open(state, { screen: 'lesson', id: row.lesson.id }, lessons, rows);
    }
    case 'settings':
      if (intent === 'left') return cycleLang(state, -1);
      return intent === 'open' || intent === 'right' ? cycleLang(state, 1) : state;
    case 'lesson':
    case 'progress':
    case 'quiz':
    case 'lab':
    case 'interview':
    case 'drills':
      return state;
    default:
      return assertNever(top.target.screen);
  }
}

/**
 * The lists built while loading were built over no lessons: build them again (a list opened
 * with a lesson id selects it), and finish a pending Continue.
 */
function lessonsLoaded(state: AppState, lessons: readonly LessonSummary[], rows: number): AppState {
  if (!state.isLoadingLessons) return state;
  const stack = state.stack.map((e) => (e.target.screen === 'lessons' ? entryOf(e.target, lessons, rows) : e));
  const loaded: AppState = { ...state, stack, isLoadingLessons: false, isContinuePending: false };
  if (!state.isContinuePending || topOf(state).target.screen !== 'lessons') return loaded;
  const choice = continueChoice(state.lastVisited, withProgress(lessons, state.progress));
  if (choice.kind !== 'resume' && choice.kind !== 'next') return loaded;
  // The Lessons screen on top stood in for Continue: put what Continue opens in its place.
  const opened = open({ ...loaded, stack: stack.slice(0, -1) }, choice.target, lessons, rows);
  return state.overlay === 'notices' ? { ...opened, overlay: 'notices' } : opened;
}

/** The reducer of the app shell over one set of lessons. */
export function createAppReducer(lessons: readonly LessonSummary[]) {
  return function reduceApp(state: AppState, action: AppAction): AppState {
    if (state.isDone) return state;
    switch (action.type) {
      case 'dismissNotices':
        return state.overlay === 'notices' ? { ...state, overlay: 'none' } : state;
      case 'lessonsLoaded':
        return lessonsLoaded(state, lessons, action.rows);
      case 'notices':
        return putUpNotices(state, action.notices);
      case 'lessonFile':
        return lessonFileLoaded(state, action.id, action.load);
      case 'stepResult':
        return stepResultArrived(state, action.request, action.result);
      case 'screenKey': {
        const { input, key, columns, rows } = action;
        if (!openStepOf(state)) return toIntents(input, key).reduce((s, intent) => reduceApp(s, { type: 'intent', intent, columns, rows }), state);
        const env = { lang: state.lang, columns, rows };
        return stepInput(state, input, key, env, (s, outcome) => {
          if (outcome === 'lang') return cycleLang(s, 1);
          return { ...s, ...reduceNav(s, { type: outcome === 'help' ? 'toggleHelp' : 'quit' }) };
        });
      }
      case 'quizInput':
      case 'quizContent':
        return reduceQuiz(state, action, withProgress(lessons, state.progress), {
          openLesson: (s, target, rows) => open(s, target, lessons, rows),
          toLessons: (s, id, rows) => leaveCheckpoint(s, id, lessons, rows),
        });
      case 'intent': {
        const next = reduceIntent(state, action.intent, action.columns, action.rows);
        // A pending Continue holds only while the learner stays on the screen it opened.
        const isLeft = state.isContinuePending && next.stack !== state.stack;
        return isLeft ? { ...next, isContinuePending: false } : next;
      }
      default:
        return assertNever(action);
    }
  };

  function reduceIntent(state: AppState, key: Intent, columns: number, rows: number): AppState {
    // Enter only differs from Space on a lesson page.
    const intent = key === 'enter' && topOf(state).target.screen !== 'lesson' ? 'open' : key;
    const nav = (a: Parameters<typeof reduceNav>[1]): AppState => ({ ...state, ...reduceNav(state, a) });
    if (intent === 'quit') return nav({ type: 'quit' });
    if (state.overlay === 'notices') return { ...state, overlay: 'none' };
    if (state.overlay === 'help') {
      return intent === 'help' || intent === 'back' || intent === 'leave' ? nav({ type: 'closeOverlay' }) : state;
    }
    if (intent === 'help') return nav({ type: 'toggleHelp' });
    if (intent === 'back' || intent === 'leave') return nav({ type: intent });
    if (topOf(state).target.screen === 'lesson') {
      if (intent === 'lang') return cycleLang(state, 1);
      const openLesson = (s: AppState, target: ScreenTarget) => open(s, target, lessons, rows);
      const env = { lang: state.lang, columns, rows, editor: state.editor, canCheckpoint: state.quiz.isEnabled };
      return readerIntent(state, intent, env, lessons, openLesson, (s) => open(s, { screen: 'quiz' }, lessons, rows));
    }
    if (isDashboard(state.quiz, topOf(state).target.screen)) {
      return dashboardIntent(state, intent, { columns, rows, lessons }, (s) => open(s, { screen: 'quiz' }, lessons, rows));
    }
    const move = MOVES[intent];
    const view = listViewOf(topOf(state).target.screen, lessons, rows);
    if (move && view) return nav({ type: 'setList', list: reduceList(topOf(state).list, { type: 'move', move, view }) });
    return act(state, intent, lessons, rows);
  }
}
