import type { Lang } from '../i18n/index.js';

/** Parsed flags: booleans for switches, strings for valued flags, arrays for repeatable ones. */
export type FlagValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** Where a command writes and reads. Tests pass fakes; the CLI passes the process streams. */
export interface CommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whole standard input as text (for `-` file arguments and --plain answers). */
  readonly readStdin: () => Promise<string>;
  readonly stdin: NodeJS.ReadableStream;
  readonly isInteractive: boolean;
}

/** Everything a command gets from the CLI. Commands return an exit code and never exit. */
export interface CommandContext {
  readonly name: string;
  readonly positionals: readonly string[];
  readonly flags: FlagValues;
  readonly lang: Lang;
  readonly isColor: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Extra content packs given with --content DIR (repeatable). */
  readonly contentDirs: readonly string[];
  readonly io: CommandIO;
}

/** Exit codes of DESIGN.md: 0 ok, 1 a check failed or a runtime fault, 2 bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A command module exports one of these as `run`. */
export type CommandRun = (ctx: CommandContext) => Promise<number>;
