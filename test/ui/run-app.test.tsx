import { describe, expect, it } from 'vitest';
import { runApp, type RunAppOptions } from '../../src/ui/run-app.js';
import type { LoadedLessons } from '../../src/ui/types.js';
import { appOptions, LESSONS } from './fixtures.js';
import { FakeStdin, FakeStdout, KEY } from './helpers.js';

const ENTER_ALT = '\x1b[?1049h';
const LEAVE_ALT = '\x1b[?1049l';

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

function start(options: RunAppOptions) {
  const stdout = new FakeStdout(60, 20);
  const stdin = new FakeStdin();
  const done = runApp(options, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(60, 20) as unknown as NodeJS.WriteStream,
  });
  const press = async (keys: readonly string[]) => {
    for (const key of keys) {
      // Ink reads keys only once its input hook is attached, on the next turn of the loop.
      await tick();
      stdin.write(key);
    }
  };
  return { stdout, done, press };
}

/** `appOptions()` with the lessons still to come. */
function loadingOptions(lessonsLater: Promise<LoadedLessons>): RunAppOptions {
  const { lessons: _, isLoadingLessons: __, ...rest } = appOptions();
  return { ...rest, lessonsLater };
}

describe('runApp', () => {
  it.each([
    ['q on the home screen', ['q']],
    ['Ctrl+C deeper down', ['j', KEY.enter, KEY.ctrlC]],
  ])('draws on the alternate screen and leaves it after %s', async (_name, keys) => {
    const listenersBefore = process.listenerCount('exit');
    const { stdout, done, press } = start(appOptions());
    await expect.poll(() => stdout.frames.join('')).toContain('Settings');
    await press(keys);
    await done;
    const frames = stdout.frames;
    expect(frames[0]).toBe(ENTER_ALT);
    expect(frames.at(-1)).toBe(LEAVE_ALT);
    expect(frames.filter((f) => f === LEAVE_ALT)).toHaveLength(1);
    expect(process.listenerCount('exit')).toBe(listenersBefore);
  });

  it('draws before the lessons arrive and fills them in when they do', async () => {
    let deliver!: (loaded: LoadedLessons) => void;
    const { stdout, done, press } = start(loadingOptions(new Promise((resolve) => (deliver = resolve))));
    await expect.poll(() => stdout.frames.join('')).toContain('Loading lessons…');
    const { progress, notices } = appOptions();
    deliver({ lessons: LESSONS, progress, notices });
    await expect.poll(() => stdout.frames.join('')).toContain('Start the next lesson you have not finished: Pod phases');
    await press(['q']);
    await done;
  });

  it('leaves the app and fails with the error when loading the lessons fails', async () => {
    let fail!: (error: Error) => void;
    const { stdout, done } = start(loadingOptions(new Promise((_resolve, reject) => (fail = reject))));
    await expect.poll(() => stdout.frames.join('')).toContain('Loading lessons…');
    fail(new Error('lessons/ is unreadable'));
    await expect(done).rejects.toThrow('lessons/ is unreadable');
    expect(stdout.frames.at(-1)).toBe(LEAVE_ALT);
  });

  it('ignores lessons that arrive after the learner has left', async () => {
    let deliver!: (loaded: LoadedLessons) => void;
    const { stdout, done, press } = start(loadingOptions(new Promise((resolve) => (deliver = resolve))));
    await expect.poll(() => stdout.frames.join('')).toContain('Settings');
    await press(['q']);
    await done;
    const count = stdout.frames.length;
    const { progress, notices } = appOptions();
    deliver({ lessons: LESSONS, progress, notices });
    await tick();
    expect(stdout.frames).toHaveLength(count);
  });
});
