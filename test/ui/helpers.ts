/**
 * Drives the app as a person would: keys in, frames out. Ink renders to a fake terminal of any
 * size (ink-testing-library's is fixed at 100 columns and has no rows), in debug mode so each
 * render writes one whole frame.
 */
import { EventEmitter } from 'node:events';
import { render, type Instance } from 'ink';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';
import { expect } from 'vitest';

/** Keys as a terminal sends them. */
export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  enter: '\r',
  escape: '\u001B',
  ctrlC: '\u0003',
  backspace: '\u007F',
} as const;

/** A terminal's output of a given size that keeps every write. */
export class FakeStdout extends EventEmitter {
  readonly frames: string[] = [];
  constructor(public columns: number, public rows: number) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
}

/** A terminal's input in raw mode: `write` is a key press. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write(data: string): void {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  }
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

const mounted: Instance[] = [];

/** Unmounts every app rendered so far; call it in `afterEach`. */
export function unmountAll(): void {
  for (const instance of mounted.splice(0)) instance.unmount();
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The gap between two key writes: a lone ESC is held by Ink until the next turn of the loop. */
const KEY_GAP_MS = 15;

export interface Harness {
  readonly instance: Instance;
  /**
   * Settles when the app exits. Note: taken at render time, because Ink's `waitUntilExit()`
   * called after the app has already exited never settles.
   */
  readonly exited: Promise<void>;
  /** The latest frame, or '' before the first render. */
  lastFrame(): string;
  /** Writes each key on its own, with a short await before each so Ink reads them one by one. */
  press(...keys: string[]): Promise<void>;
  /** Polls until `predicate(lastFrame())` holds; fails the test with the frame when time runs out. */
  waitForFrame(predicate: (frame: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Changes the fake terminal's size and emits `resize`, as a terminal does. */
  resize(columns: number, rows: number): void;
}

/** Renders `element` on a fake terminal of `columns` × `rows`. */
export function renderOn(element: ReactElement, columns = 100, rows = 30): Harness {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(element, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  mounted.push(instance);
  const exited = instance.waitUntilExit().then(() => undefined);
  const lastFrame = () => stdout.frames[stdout.frames.length - 1] ?? '';
  return {
    instance,
    exited,
    lastFrame,
    async press(...keys) {
      for (const key of keys) {
        await tick(KEY_GAP_MS);
        stdin.write(key);
      }
      await tick(KEY_GAP_MS);
    },
    async waitForFrame(predicate, timeoutMs = 3000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(lastFrame())) {
        if (Date.now() > until) expect.fail(`no frame matched within ${timeoutMs} ms; last frame:\n${lastFrame()}`);
        await tick(5);
      }
      return lastFrame();
    },
    resize(newColumns, newRows) {
      stdout.columns = newColumns;
      stdout.rows = newRows;
      stdout.emit('resize');
    },
  };
}

/** Lines of a frame and the widest of them, measured in terminal columns. */
export function measure(frame: string): { lines: number; widest: number } {
  const lines = frame.split('\n');
  return { lines: lines.length, widest: Math.max(...lines.map((l) => stringWidth(l))) };
}
