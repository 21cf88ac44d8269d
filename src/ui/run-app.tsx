/** The entry the CLI calls to open the full-screen app. */
import { render } from 'ink';
import { App } from './app.js';
import type { AppOptions } from './types.js';

const ENTER_ALT_SCREEN = '\x1b[?1049h';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';

/** Signals that end the process without running `exit` handlers. */
const FATAL_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];

/** Streams to draw on; the process's own by default. Tests pass fakes. */
export interface AppStreams {
  readonly stdout?: NodeJS.WriteStream;
  readonly stdin?: NodeJS.ReadStream;
  readonly stderr?: NodeJS.WriteStream;
}

/**
 * Draws the app on the terminal's alternate screen and resolves when the learner leaves (q on
 * the home screen, or Ctrl+C anywhere). The caller checks first that stdin and stdout are TTYs.
 * The main screen comes back however the process ends: after exit, on `process.on('exit')`
 * should something throw past us, and on SIGTERM or SIGHUP.
 */
export async function runApp(options: AppOptions, streams: AppStreams = {}): Promise<void> {
  const stdout = streams.stdout ?? process.stdout;
  let isOnAltScreen = true;
  const leaveAltScreen = () => {
    if (!isOnAltScreen) return;
    isOnAltScreen = false;
    stdout.write(LEAVE_ALT_SCREEN);
  };
  // Note: added after Ink's own signal handler, which draws the last frame; then this one
  // leaves the alternate screen and lets the signal end the process as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    leaveAltScreen();
    process.off(signal, onSignal);
    process.kill(process.pid, signal);
  };
  process.on('exit', leaveAltScreen);
  stdout.write(ENTER_ALT_SCREEN);
  try {
    const instance = render(<App {...options} />, {
      stdout,
      stdin: streams.stdin ?? process.stdin,
      stderr: streams.stderr ?? process.stderr,
      exitOnCtrlC: true,
      // Nothing in the app logs; patching the console would only add a dependency on the
      // host's console (vitest's has no Console constructor).
      patchConsole: false,
    });
    for (const signal of FATAL_SIGNALS) process.on(signal, onSignal);
    await instance.waitUntilExit();
  } finally {
    leaveAltScreen();
    process.off('exit', leaveAltScreen);
    for (const signal of FATAL_SIGNALS) process.off(signal, onSignal);
  }
}
