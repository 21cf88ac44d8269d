/**
 * The app shell's one reducer: every key arrives here as an intent and is routed by the state
 * itself (overlay, then the screen on top), so keys that arrive together in one chunk act in
 * order on fresh state, whatever screen React has drawn so far.
 */
import { LANGS, type Lang } from '../../i18n/index.js';
import { assertNever } from '../../util/assert-never.js';
import type { Intent } from '../keys.js';
import type { AppOptions, LastVisited, LessonSummary, ScreenTarget } from '../types.js';
import { continueChoice } from './continue.js';
import { entriesTo, entryOf, HOME_MENU, listViewOf, menuItemOf } from './entries.js';
import { reduceList, type ListMove } from './list-state.js';
import { lessonRows } from './lesson-rows.js';
import { reduceNav, topOf, type NavState } from './nav-state.js';

export interface AppState extends NavState {
  readonly lang: Lang;
  readonly lastVisited: LastVisited | undefined;
}

export type AppAction =
  /** `rows`: the terminal height now, for scrolling. */
  | { readonly type: 'intent'; readonly intent: Intent; readonly rows: number }
  /** Any key while the notices are up. */
  | { readonly type: 'dismissNotices' };

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
  return {
    stack: [home, ...above],
    overlay: options.notices.length > 0 ? 'notices' : 'none',
    isDone: false,
    lang: options.lang,
    lastVisited: opened ? visitOf(opened) : options.lastVisited,
  };
}

function visitOf({ screen, id, page }: ScreenTarget): LastVisited {
  return { screen, ...(id === undefined ? {} : { id }), ...(page === undefined ? {} : { page }) };
}

/**
 * Puts `target` on the stack, with the lessons list below a lesson unless the list is already
 * on top. Opening a lesson is remembered as the last visit.
 */
function open(state: AppState, target: ScreenTarget, lessons: readonly LessonSummary[], rows: number): AppState {
  const isFromList = topOf(state).target.screen === 'lessons';
  const entries = isFromList ? [entryOf(target, lessons, rows)] : entriesTo(target, lessons, rows);
  const next = { ...state, ...reduceNav(state, { type: 'push', entries }) };
  return target.screen === 'lesson' ? { ...next, lastVisited: visitOf(target) } : next;
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
      const choice = continueChoice(state.lastVisited, lessons);
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

/** The reducer of the app shell over one set of lessons. */
export function createAppReducer(lessons: readonly LessonSummary[]) {
  return function reduceApp(state: AppState, action: AppAction): AppState {
    if (state.isDone) return state;
    if (action.type === 'dismissNotices') {
      return state.overlay === 'notices' ? { ...state, overlay: 'none' } : state;
    }
    const { intent, rows } = action;
    const nav = (a: Parameters<typeof reduceNav>[1]): AppState => ({ ...state, ...reduceNav(state, a) });
    if (intent === 'quit') return nav({ type: 'quit' });
    if (state.overlay === 'notices') return { ...state, overlay: 'none' };
    if (state.overlay === 'help') {
      return intent === 'help' || intent === 'back' || intent === 'leave' ? nav({ type: 'closeOverlay' }) : state;
    }
    if (intent === 'help') return nav({ type: 'toggleHelp' });
    if (intent === 'back' || intent === 'leave') return nav({ type: intent });
    const move = MOVES[intent];
    const view = listViewOf(topOf(state).target.screen, lessons, rows);
    if (move && view) return nav({ type: 'setList', list: reduceList(topOf(state).list, { type: 'move', move, view }) });
    return act(state, intent, lessons, rows);
  };
}
