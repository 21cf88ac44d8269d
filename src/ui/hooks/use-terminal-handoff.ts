import { useStdin, useStdout } from 'ink';
import { useCallback } from 'react';
import { CURSOR_HOME, ENTER_ALT_SCREEN, HIDE_CURSOR, LEAVE_ALT_SCREEN, SHOW_CURSOR } from '../terminal-codes.js';

/** Runs `work` with the terminal handed over, and returns what it returned. */
export type HandOff = <T>(work: () => T) => T;

/**
 * Hands the terminal to another program (the learner's editor) for as long as `work` runs, and
 * takes it back: the shell's screen and the cursor come back and raw mode goes off, so the
 * program finds the terminal as a shell leaves it; then the app's screen, raw mode and the
 * hidden cursor return and Ink draws its whole frame again.
 *
 * Note: `work` must block until the program exits (spawnSync). While the event loop waits, Ink
 * reads no keys; with the loop running, Ink's `readable` listener would take keys meant for the
 * program. Raw mode is switched on the stream itself: Ink's own count of raw-mode users must not
 * drop to zero, or it would detach its listener for good.
 */
export function useTerminalHandoff(): HandOff {
  const { stdin, isRawModeSupported } = useStdin();
  const { stdout, write } = useStdout();
  return useCallback(<T,>(work: () => T): T => {
    const isTerminal = stdout.isTTY === true;
    const wasRaw = (stdin as { isRaw?: boolean }).isRaw ?? true;
    if (isTerminal) stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
    if (isRawModeSupported) stdin.setRawMode(false);
    try {
      return work();
    } finally {
      if (isRawModeSupported) stdin.setRawMode(wasRaw);
      if (isTerminal) stdout.write(ENTER_ALT_SCREEN + HIDE_CURSOR + CURSOR_HOME);
      // Ink wipes what it believes is on screen, writes nothing, then its last frame in full.
      write('');
    }
  }, [stdin, stdout, write, isRawModeSupported]);
}
