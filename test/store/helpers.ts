import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { onTestFinished } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import type { Lang } from '../../src/i18n/index.js';

/** A fresh folder to use as PODLAB_HOME, removed after the test; the real config dir is never touched. */
export function tempHome(): { readonly home: string; readonly env: Record<string, string>; readonly file: string } {
  const home = mkdtempSync(join(tmpdir(), 'podlab-store-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  return { home, env: { PODLAB_HOME: home }, file: join(home, 'progress.json') };
}

export function bytes(path: string): Buffer {
  return readFileSync(path);
}

/** A command context with captured output. */
export function fakeContext(options: {
  readonly positionals?: readonly string[];
  readonly flags?: Record<string, string | boolean>;
  readonly env: Record<string, string>;
  readonly cwd?: string;
  readonly lang?: Lang;
  readonly stdinText?: string;
  readonly isInteractive?: boolean;
}): { readonly ctx: CommandContext; readonly out: () => string; readonly err: () => string } {
  let out = '';
  let err = '';
  const stdinText = options.stdinText ?? '';
  const ctx: CommandContext = {
    name: 'progress',
    positionals: options.positionals ?? [],
    flags: options.flags ?? {},
    lang: options.lang ?? 'en',
    isColor: false,
    env: options.env,
    cwd: options.cwd ?? options.env.PODLAB_HOME,
    contentDirs: [],
    io: {
      out: (text) => void (out += text),
      err: (text) => void (err += text),
      readStdin: async () => stdinText,
      stdin: Readable.from([stdinText]),
      isInteractive: options.isInteractive ?? false,
    },
  };
  return { ctx, out: () => out, err: () => err };
}
