import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import type { EditFile } from '../../src/practice/editor.js';
import { practiceClock } from '../../src/practice/clock-run.js';
import { practiceKubectl, type PracticeDeps } from '../../src/practice/kubectl.js';
import { tokenize } from '../../src/sim/kubectl/index.js';

/** The wall clock tests move by hand. */
export const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);

/** A command line split as a shell would (quotes kept together). */
export function words(line: string): readonly string[] {
  const t = tokenize(line);
  if (!t.ok) throw new Error(`bad test command line: ${line}`);
  return t.words;
}

export interface Harness {
  readonly home: string;
  readonly env: Record<string, string>;
  readonly wall: { ms: number };
  /** Runs `podlab kubectl WORDS` and returns what it printed. */
  kubectl(line: string, options?: RunOptions): Promise<Result>;
  clock(args?: string, options?: RunOptions): Promise<Result>;
}

export interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface RunOptions {
  readonly stdin?: string;
  readonly isLive?: boolean;
  readonly lang?: Lang;
  /** Called on every real-time tick with the tick count; return true to press Ctrl+C. */
  readonly onTick?: (tick: number) => boolean | Promise<boolean>;
  /** What the "editor" does to the file's text; each call is one save. */
  readonly edit?: (text: string) => string;
  readonly cwd?: string;
}

/** A fresh PODLAB_HOME and a hand-driven wall clock; nothing real is touched. */
export function harness(): Harness {
  const home = mkdtempSync(join(tmpdir(), 'podlab-practice-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  const env = { PODLAB_HOME: join(home, 'store') };
  const wall = { ms: T0 };
  const deps = (options: RunOptions, sink: { out: string; err: string }): PracticeDeps => {
    let tick = 0;
    const controller = new AbortController();
    return {
      env, lang: options.lang ?? 'en', cwd: options.cwd ?? home,
      out: (t) => void (sink.out += t), warn: (t) => void (sink.err += t),
      readStdin: async () => options.stdin ?? '',
      isLive: options.isLive ?? false,
      wallNow: () => wall.ms,
      newSeed: () => 7,
      // A tick moves the wall clock instead of waiting for it.
      sleep: async (ms) => {
        wall.ms += ms;
        if (await options.onTick?.(++tick)) controller.abort();
      },
      onInterrupt: () => ({ signal: controller.signal, dispose: () => undefined }),
      editFile: (extension) => fakeEditFile(extension, options.edit ?? ((t) => t)),
    };
  };
  const run = async (fn: (d: PracticeDeps) => Promise<number>, options: RunOptions = {}) => {
    const sink = { out: '', err: '' };
    const code = await fn(deps(options, sink));
    return { code, ...sink };
  };
  return {
    home, env, wall,
    kubectl: (line, options) => run((d) => practiceKubectl(words(line), d), options),
    clock: (args = '', options) => run((d) => practiceClock(args.split(' ').filter(Boolean), d), options),
  };
}

/** An edit file in memory: `edit` plays the person at the editor. */
export function fakeEditFile(extension: string, edit: (text: string) => string): EditFile & { readonly shown: string[]; removed: boolean } {
  const shown: string[] = [];
  const file = {
    path: `/tmp/kubectl-edit-test.${extension}`,
    shown,
    removed: false,
    open: (text: string) => {
      shown.push(text);
      return { ok: true as const, text: edit(text) };
    },
    remove: () => void (file.removed = true),
  };
  return file;
}
