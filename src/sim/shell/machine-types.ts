// The state of a running shell (or of a program the runtime started directly): plain data, so a
// process can be copied (proc/clone.ts), compared, and resumed at any virtual time.

import type { Millis } from '../api/types.js';
import type { Behaviour, Signal, Stream } from '../proc/behaviour-types.js';
import type { Instr } from './compile.js';

/** Where a file descriptor writes. `capture` collects into the machine's `captured` buffers. */
export type Dest =
  | { readonly k: 'log'; readonly stream: Stream }
  | { readonly k: 'file'; readonly path: string }
  | { readonly k: 'null' }
  | { readonly k: 'capture'; readonly stream: Stream };

/** File descriptors 1 and 2 (others are not modelled). */
export interface Fds {
  readonly out: Dest;
  readonly err: Dest;
}

/**
 * A call frame. `boot`: the runtime starting argv (no shell yet); `script`: a shell running its
 * script; `func`, `sub` (subshell or nested `sh -c`), `trap` and `eval` (also `.`).
 */
export interface Frame {
  readonly kind: 'boot' | 'script' | 'func' | 'sub' | 'trap' | 'eval';
  readonly chunk: number;
  pc: number;
  /** Redirection and `for` stack depths to restore when the frame ends. */
  readonly fdDepth: number;
  readonly iterDepth: number;
  /** Shell state a subshell restores when it ends. */
  readonly saved?: Scope;
  /** Positional parameters a function call restores. */
  readonly savedArgs?: readonly string[];
  /** `$?` a trap action restores. */
  readonly savedStatus?: number;
}

/** What a subshell copies and throws away. */
export interface Scope {
  readonly vars: Readonly<Record<string, string>>;
  readonly exported: readonly string[];
  readonly cwd: string;
  readonly traps: Readonly<Record<string, string>>;
  readonly funcs: Readonly<Record<string, number>>;
  readonly positional: readonly string[];
  readonly arg0: string;
  readonly shell: ShellKind;
}

export interface ForIter {
  readonly name: string;
  readonly items: readonly string[];
  next: number;
}

/** The foreground program a machine waits on (`sleep`, `nginx`, a Scenario app ...). */
export interface Running {
  readonly name: string;
  readonly behaviour: Behaviour;
  readonly startedAt: Millis;
  readonly fds: Fds;
  /** It replaced its shell (exec): when it ends, that shell ends. */
  readonly final: boolean;
  /** It is the container's PID 1: it receives the signals the runtime sends. */
  readonly pid1: boolean;
  /** An init (tini) is PID 1 and forwards signals, so unhandled ones have their default action. */
  readonly underInit: boolean;
  logIndex: number;
  nextRepeatAt?: Millis;
  /** Exit scheduled by a handled signal. */
  signalExit?: { readonly at: Millis; readonly code: number };
  /** Lines the signal handler writes, with absolute times. */
  signalLogs: { readonly at: Millis; readonly stream: Stream; readonly text: string }[];
}

/** Which shell's messages to print. */
export type ShellKind = 'ash' | 'dash' | 'bash';

/** One thread of execution: the main process, or a background job (`cmd &`). */
export interface Machine {
  readonly id: number;
  /**
   * Compiled code; shared (by reference) with the machine's subshells and jobs and with copies
   * of the process. Never changed once written: compiling more makes new lists (compile-cache.ts).
   */
  chunks: Instr[][];
  /** Chunk index by script text (see compile-cache.ts); shared like `chunks`. */
  compiled: Record<string, number>;
  frames: Frame[];
  status: number;
  vars: Record<string, string>;
  exported: string[];
  positional: string[];
  arg0: string;
  shell: ShellKind;
  funcs: Record<string, number>;
  /** Trap actions by condition name (`TERM`, `INT`, `EXIT` ...); '' ignores the signal. */
  traps: Record<string, string>;
  /** Trapped signals received while the foreground program ran (POSIX: run once it ends). */
  pending: Signal[];
  fdStack: Fds[];
  iters: ForIter[];
  cwd: string;
  fg?: Running;
  /** In the `wait` builtin: job ids still awaited. */
  waitingFor?: number[];
  /** The machine's own time: where its program counter is in virtual time. */
  clock: Millis;
  done?: number;
  /** Exit code kept while the EXIT trap runs. */
  exiting?: number;
  errexit: boolean;
  /** Set once this machine's shell became the container's PID 1. */
  shellIsPid1: boolean;
  /** Instructions run in the current time slice (a loop without sleep costs virtual time). */
  spent: number;
  /** Ran out of a time slice since it last blocked: a busy loop using a CPU core. */
  spinning: boolean;
  captured: { stdout: string; stderr: string; all: string };
  lastBg?: number;
  /** The runtime could not start the program (containerd's text). */
  startError?: string;
}
