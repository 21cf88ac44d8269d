/**
 * The lists of the list screens and how a screen is put on the stack: which row starts
 * selected, and which screens sit below a lesson so that Esc returns to the list.
 */
import { listHeight } from '../layout.js';
import type { LessonSummary, ScreenId, ScreenTarget } from '../types.js';
import { initialList, EMPTY_LIST, type ListView } from './list-state.js';
import { lessonRows, rowOfLesson } from './lesson-rows.js';
import type { Entry } from './nav-state.js';

/** The home menu, top to bottom. Every item but Continue is a screen. */
export const HOME_MENU = ['continue', 'lessons', 'lab', 'quiz', 'interview', 'drills', 'progress', 'settings'] as const;
export type MenuItem = (typeof HOME_MENU)[number];

/** The settings list; more settings go here. */
export const SETTINGS_ITEMS = ['language'] as const;
export type SettingsItem = (typeof SETTINGS_ITEMS)[number];

const allSelectable = (n: number): boolean[] => Array.from({ length: n }, () => true);

/** The list of a screen at this terminal height, or undefined for screens without one. */
export function listViewOf(screen: ScreenId, lessons: readonly LessonSummary[], rows: number): ListView | undefined {
  if (screen === 'home') return { selectable: allSelectable(HOME_MENU.length), height: listHeight('home', rows) };
  if (screen === 'settings') {
    return { selectable: allSelectable(SETTINGS_ITEMS.length), height: listHeight('settings', rows) };
  }
  if (screen === 'lessons') {
    return { selectable: lessonRows(lessons).map((r) => r.kind === 'lesson'), height: listHeight('lessons', rows) };
  }
  return undefined;
}

/** The row a target asks to select in its screen's list. */
function rowOf(target: ScreenTarget, lessons: readonly LessonSummary[]): number | undefined {
  if (target.screen === 'home') {
    const i = HOME_MENU.findIndex((m) => m === target.id);
    return i < 0 ? undefined : i;
  }
  if (target.screen === 'lessons') return rowOfLesson(lessonRows(lessons), target.id);
  return undefined;
}

/** A stack entry for a target, its list scrolled to the row the target names. */
export function entryOf(target: ScreenTarget, lessons: readonly LessonSummary[], rows: number): Entry {
  const view = listViewOf(target.screen, lessons, rows);
  return { target, list: view ? initialList(view, rowOf(target, lessons)) : EMPTY_LIST };
}

/** The entries that open a target: a lesson comes with the list below it, at that lesson. */
export function entriesTo(target: ScreenTarget, lessons: readonly LessonSummary[], rows: number): Entry[] {
  const open = entryOf(target, lessons, rows);
  if (target.screen !== 'lesson') return [open];
  return [entryOf({ screen: 'lessons', id: target.id }, lessons, rows), open];
}

/** The home menu item that leads to a screen, to keep selected when coming back home. */
export function menuItemOf(screen: ScreenId): MenuItem | undefined {
  if (screen === 'lesson') return 'lessons';
  return HOME_MENU.find((m) => m === screen);
}
