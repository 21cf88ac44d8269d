/**
 * The frame's geometry. The whole frame is `rows - 1` lines: a frame as tall as the terminal
 * makes Ink clear the screen and the scrollback on every render (ink#935).
 */

/** Below this the app shows only a one-line request to enlarge the terminal. */
export const MIN_SIZE = { columns: 30, rows: 8 } as const;

/** Header line and footer line. */
export const CHROME_LINES = 2;

/** The screens with a scrolling list. */
export type ListScreen = 'home' | 'lessons' | 'settings';

/**
 * Body lines each list screen keeps for other things: home two blanks and a three-line
 * description, lessons a title and a blank, settings a blank.
 */
const LIST_EXTRA_LINES: Readonly<Record<ListScreen, number>> = { home: 5, lessons: 2, settings: 1 };

/** The terminal size in character cells. */
export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

export function isTooSmall(size: TerminalSize): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}

/** Lines available between the header and the footer. */
export function bodyHeight(rows: number): number {
  return Math.max(1, rows - 1 - CHROME_LINES);
}

/** Lines of the scrolling list on screens that have one. */
export function listHeight(screen: ListScreen, rows: number): number {
  return Math.max(1, bodyHeight(rows) - LIST_EXTRA_LINES[screen]);
}

/**
 * Body lines the lesson reader keeps for itself: the page title, a blank under it when there is
 * room, and the status line at the bottom.
 */
function readerChrome(rows: number): number {
  return bodyHeight(rows) >= 10 ? 3 : 2;
}

/** Lines of a lesson page on show at once. */
export function readerViewport(rows: number): number {
  return Math.max(1, bodyHeight(rows) - readerChrome(rows));
}

/** Is there room for a blank line under the page title? */
export function hasReaderGap(rows: number): boolean {
  return readerChrome(rows) === 3;
}
