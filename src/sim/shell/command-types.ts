// How commands plug into the shell: a command is a function of its argv and a context that
// returns an outcome as data. Long-running programs return a Behaviour the machine then steps.

import type { Millis } from '../api/types.js';
import type { Userland } from '../images/types.js';
import type { Behaviour } from '../proc/behaviour-types.js';
import type { LogLine, ProcWorld } from '../proc/types.js';
import type { Machine, ShellKind } from './machine-types.js';

export interface CmdCtx {
  readonly world: ProcWorld;
  /** Virtual time at which the command runs. */
  readonly now: Millis;
  readonly cwd: string;
  /** The command's environment (exported variables plus `VAR=x cmd` assignments). */
  readonly env: Readonly<Record<string, string>>;
  /** Standard input: a pipe, a file or a here-document; '' when none. */
  readonly stdin: string;
  /** True when nothing was redirected to stdin and the container keeps stdin open. */
  readonly stdinWaits: boolean;
  readonly userland: Userland;
  /** The shell running the command (for the wording of its messages). */
  readonly shell: ShellKind;
  /** Whether a command exists (`command -v`). */
  has(name: string): boolean;
}

export type CmdOutcome =
  /** Finished at once. */
  | { readonly kind: 'done'; readonly status: number; readonly stdout?: string; readonly stderr?: string; readonly warning?: string }
  /** Keeps running: the machine waits on it. */
  | { readonly kind: 'run'; readonly behaviour: Behaviour; readonly stdout?: string; readonly stderr?: string; readonly warning?: string }
  /** Replaces itself with another command (entrypoint scripts that end in `exec "$@"`, `env X=1 cmd`). */
  | {
      readonly kind: 'exec'; readonly argv: readonly string[]; readonly env?: Readonly<Record<string, string>>; readonly stdout?: string; readonly stderr?: string;
      /** An init (tini) stays PID 1 and forwards signals: the program gets default signal actions. */
      readonly underInit?: boolean;
    }
  /** A shell to run this script text. */
  | { readonly kind: 'shell'; readonly shell: ShellKind; readonly src: string; readonly arg0: string; readonly args: readonly string[] };

export type CommandImpl = (argv: readonly string[], ctx: CmdCtx) => CmdOutcome;

/** PATH lookup result. */
export type Lookup =
  | { readonly kind: 'found'; readonly impl: CommandImpl }
  /** Not in this image: `sh: x: not found`. */
  | { readonly kind: 'missing' }
  /** In the image (or maybe, for an app image) but not simulated: warn and keep running. */
  | { readonly kind: 'unmodelled' };

/** What a step of the machine reaches: the world, the outboxes and the process's other jobs. Not stored. */
export interface Runtime {
  readonly world: ProcWorld;
  readonly logs: LogLine[];
  warn(text: string): void;
  lookup(name: string, m: Machine, env: Readonly<Record<string, string>>): Lookup;
  /** Starts a background job built for the id given, and returns its pid. */
  spawn(make: (id: number) => Machine): number;
  /** A job's exit status and time, once it has ended. */
  jobEnd(id: number): { readonly status: number; readonly at: Millis } | undefined;
  /** Ids of the other jobs that have not ended. */
  liveJobs(): readonly number[];
  /** `exec`: a one-off command (probe, `kubectl exec`), where an unknown command is assumed to succeed. */
  readonly mode: 'process' | 'exec';
}
