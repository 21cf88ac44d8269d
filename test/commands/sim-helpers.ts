// A fake CommandContext for `podlab sim` and `podlab explain`, as the CLI would build it.
import { resolve } from 'node:path';
import type { CommandContext, CommandRun } from '../../src/cli/context.js';
import type { Lang } from '../../src/i18n/index.js';

export const FIXTURES = resolve(__dirname, '../fixtures');

export interface Call {
  readonly args: readonly string[];
  readonly flags?: Readonly<Record<string, string | boolean>>;
  readonly lang?: Lang;
  readonly stdin?: string;
  readonly cwd?: string;
}

export interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function call(name: 'sim' | 'explain', run: CommandRun, c: Call): Promise<Result> {
  let out = '';
  let err = '';
  const ctx: CommandContext = {
    name,
    positionals: c.args,
    flags: c.flags ?? {},
    lang: c.lang ?? 'en',
    isColor: false,
    env: {},
    cwd: c.cwd ?? FIXTURES,
    contentDirs: [],
    io: {
      out: (text) => void (out += text),
      err: (text) => void (err += text),
      readStdin: async () => c.stdin ?? '',
      stdin: process.stdin,
      isInteractive: false,
    },
  };
  const code = await run(ctx);
  return { code, out, err };
}
