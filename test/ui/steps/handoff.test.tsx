import { render } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app.js';
import type { StepEditor } from '../../../src/ui/types.js';
import { appOptions } from '../fixtures.js';
import { FakeStdin, FakeStdout, KEY } from '../helpers.js';
import { loadSteps, ONCE_FIXED } from './fixture.js';

// The app hands the terminal to the editor and takes it back, in that order, on a terminal.
const unmounts: (() => void)[] = [];
afterEach(() => unmounts.splice(0).forEach((u) => u()));

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('handing the terminal to the editor', () => {
  it('leaves the screen and raw mode, runs the editor, then comes back and draws the whole frame again', async () => {
    const log: string[] = [];
    const stdout = Object.assign(new FakeStdout(80, 24), { isTTY: true });
    const write = stdout.write;
    stdout.write = (data: string) => {
      log.push(`out:${JSON.stringify(data.slice(0, 40))}`);
      return write(data);
    };
    const stdin = new FakeStdin();
    Object.assign(stdin, { setRawMode: (on: boolean) => void log.push(`raw:${on}`) });
    const editor: StepEditor = {
      name: 'fake',
      edit: () => {
        log.push('editor');
        return { kind: 'saved', text: ONCE_FIXED };
      },
    };
    const options = appOptions({ editor, initialScreen: { screen: 'lesson', id: 'pod-phases', page: 'fix' }, loadLesson: loadSteps });
    const instance = render(<App {...options} />, {
      stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream, debug: true, patchConsole: false,
    });
    unmounts.push(() => instance.unmount());
    const frame = () => stdout.frames.at(-1) ?? '';
    const until = async (text: string) => {
      for (let i = 0; i < 400 && !frame().includes(text); i++) await tick(25);
      expect(frame()).toContain(text);
    };
    await until('Enter: try it');
    await tick(20);
    stdin.write(KEY.enter);
    await until('once.yaml');
    await tick(20);
    log.length = 0;
    stdin.write(KEY.enter);
    await until('Fixed!');

    const at = (entry: string) => log.findIndex((l) => l.includes(entry));
    const editorAt = at('editor');
    expect(editorAt).toBeGreaterThan(0);
    const before = log.slice(0, editorAt);
    const after = log.slice(editorAt + 1);
    // Before: the shell's screen and the cursor come back, raw mode goes off.
    expect(before.some((l) => l.includes('\\u001b[?1049l') && l.includes('\\u001b[?25h'))).toBe(true);
    expect(before).toContain('raw:false');
    // After: raw mode on, the app's screen back with the cursor hidden and at the top, then a whole frame.
    expect(after[0]).toBe('raw:true');
    expect(after[1]).toMatch(/\\u001b\[\?1049h.*\\u001b\[\?25l.*\\u001b\[H/);
    expect(after.slice(2).some((l) => l.includes('podlab'))).toBe(true);
  });
});
