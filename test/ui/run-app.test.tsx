import { describe, expect, it } from 'vitest';
import { runApp } from '../../src/ui/run-app.js';
import { appOptions } from './fixtures.js';
import { FakeStdin, FakeStdout, KEY } from './helpers.js';

const ENTER_ALT = '\x1b[?1049h';
const LEAVE_ALT = '\x1b[?1049l';

async function runUntil(keys: readonly string[]) {
  const stdout = new FakeStdout(60, 20);
  const stdin = new FakeStdin();
  const done = runApp(appOptions(), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(60, 20) as unknown as NodeJS.WriteStream,
  });
  await expect.poll(() => stdout.frames.join('')).toContain('Settings');
  for (const key of keys) {
    // Ink reads keys only once its input hook is attached, on the next turn of the loop.
    await new Promise((resolve) => setTimeout(resolve, 15));
    stdin.write(key);
  }
  await done;
  return stdout.frames;
}

describe('runApp', () => {
  it.each([
    ['q on the home screen', ['q']],
    ['Ctrl+C deeper down', ['j', KEY.enter, KEY.ctrlC]],
  ])('draws on the alternate screen and leaves it after %s', async (_name, keys) => {
    const listenersBefore = process.listenerCount('exit');
    const frames = await runUntil(keys);
    expect(frames[0]).toBe(ENTER_ALT);
    expect(frames.at(-1)).toBe(LEAVE_ALT);
    expect(frames.filter((f) => f === LEAVE_ALT)).toHaveLength(1);
    expect(process.listenerCount('exit')).toBe(listenersBefore);
  });
});
