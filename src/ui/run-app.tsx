/** The entry the CLI calls to open the full-screen app. */
import { render } from 'ink';
import { App } from './app.js';
import { ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN } from './terminal-codes.js';
import type { AppOptions, LoadedLessons } from './types.js';

/** Signals that end the process without running `exit` handlers. */
const FATAL_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];

/**
 * What `runApp` takes: the app's options with the lessons either given, or still loading in
 * `lessonsLater`, in which case the app opens at once and fills them in when they arrive.
 */
export type RunAppOptions =
  | (Omit<AppOptions, 'isLoadingLessons'> & { readonly lessonsLater?: undefined })
  | (Omit<AppOptions, 'isLoadingLessons' | 'lessons'> & { readonly lessonsLater: Promise<LoadedLessons> });

/** Streams to draw on; the process's own by default. Tests pass fakes. */
export interface AppStreams {
  readonly stdout?: NodeJS.WriteStream;
  readonly stdin?: NodeJS.ReadStream;
  readonly stderr?: NodeJS.WriteStream;
}

/**
 * Draws the app on the terminal's alternate screen and resolves when the learner leaves (q on
 * the home screen, or Ctrl+C anywhere); rejects, after leaving the app, when `lessonsLater`
 * does. The caller checks first that stdin and stdout are TTYs.
 * The main screen comes back however the process ends: after exit, on `process.on('exit')`
 * should something throw past us, and on SIGTERM or SIGHUP.
 */
export async function runApp(options: RunAppOptions, streams: AppStreams = {}): Promise<void> {
  const { lessonsLater } = options;
  let props = initialProps(options);
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
    const instance = render(<App {...props} />, {
      stdout,
      stdin: streams.stdin ?? process.stdin,
      stderr: streams.stderr ?? process.stderr,
      exitOnCtrlC: true,
      // Nothing in the app logs; patching the console would only add a dependency on the
      // host's console (vitest's has no Console constructor).
      patchConsole: false,
    });
    for (const signal of FATAL_SIGNALS) process.on(signal, onSignal);
    const exited = instance.waitUntilExit();
    let isExited = false;
    const onExited = () => void (isExited = true);
    exited.then(onExited, onExited);
    // Whatever goes wrong while loading ends the app, and the CLI reports it as it would have
    // before the first frame. Note: the instance's unmount() drops an error given to it.
    let failure: { readonly error: unknown } | undefined;
    lessonsLater?.then(
      (loaded) => {
        if (isExited) return;
        props = { ...props, ...loaded, isLoadingLessons: false };
        instance.rerender(<App {...props} />);
      },
      (error: unknown) => {
        if (isExited) return;
        failure = { error };
        instance.unmount();
      },
    );
    await exited;
    if (failure) throw failure.error;
  } finally {
    leaveAltScreen();
    process.off('exit', leaveAltScreen);
    for (const signal of FATAL_SIGNALS) process.off(signal, onSignal);
  }
}

function initialProps(options: RunAppOptions): AppOptions {
  if (options.lessonsLater === undefined) {
    const { lessonsLater: _, ...given } = options;
    return { ...given, isLoadingLessons: false };
  }
  const { lessonsLater: _, ...given } = options;
  return { ...given, lessons: [], isLoadingLessons: true };
}
