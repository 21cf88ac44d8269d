/** The terminal control sequences the app writes itself (Ink writes the rest). */

/** The alternate screen: the app draws there, and the shell's screen comes back when it leaves. */
export const ENTER_ALT_SCREEN = '\x1b[?1049h';
export const LEAVE_ALT_SCREEN = '\x1b[?1049l';
export const SHOW_CURSOR = '\x1b[?25h';
export const HIDE_CURSOR = '\x1b[?25l';
/** The cursor to the top left corner, where Ink then draws a whole frame. */
export const CURSOR_HOME = '\x1b[H';
