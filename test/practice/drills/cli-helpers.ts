import { PassThrough } from 'node:stream';
import type { CommandContext, FlagValues } from '../../../src/cli/context.js';
import { run as drillRun } from '../../../src/commands/drill.js';
import { run as examRun } from '../../../src/commands/exam.js';
import type { Lang } from '../../../src/i18n/index.js';
import type { Harness } from '../helpers.js';

/** What one command printed and returned. */
export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `podlab drill` or `podlab exam` in process, on the harness's PODLAB_HOME. */
export async function podlab(h: Harness, name: 'drill' | 'exam', positionals: readonly string[] = [], flags: FlagValues = {}, lang: Lang = 'en'): Promise<Ran> {
  let out = '';
  let err = '';
  const ctx: CommandContext = {
    name, positionals, flags, lang, isColor: false, env: h.env, cwd: h.home, contentDirs: [],
    io: {
      out: (t) => void (out += t), err: (t) => void (err += t),
      readStdin: async () => '', stdin: new PassThrough(), isInteractive: false,
    },
  };
  const code = await (name === 'drill' ? drillRun : examRun)(ctx);
  return { code, out, err };
}

/** `podlab kubectl LINE` at the real wall clock, as the commands above read it. */
export function kubectlNow(h: Harness, line: string, stdin?: string): Promise<Ran> {
  h.wall.ms = Date.now();
  return h.kubectl(line, stdin === undefined ? {} : { stdin });
}
