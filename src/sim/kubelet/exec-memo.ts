// Exec probes repeat the same command every period (`cat /tmp/healthy`). For commands that only
// read files (no shell, no clock, no network), the result depends on the container's
// filesystem alone, so the instance keeps the last result while its filesystems and what the
// store holds for its mounts are unchanged. Like the HTTP memo, it lives on the instance and is
// bounded.
import { MAX_MEMO_ENTRIES } from './http-memo.js';
import type { ExecOutcome } from './runtime.js';

/** Programs whose result is a function of the filesystem and their arguments. */
const READ_ONLY = new Set(['cat', 'ls', 'test', '[', 'true', 'false', 'echo', 'grep', 'head', 'tail', 'wc', 'stat', 'which']);

export interface ExecKey {
  readonly fs: unknown;
  readonly vol: number;
  /** The store's `mountsRv`. */
  readonly mounts: number;
  readonly faults: unknown;
}

interface Entry extends ExecKey {
  readonly outcome: ExecOutcome;
}

/** Results an instance remembers, by argv joined with NUL. */
export type ExecMemo = Map<string, Entry>;

export function isReadOnlyCommand(argv: readonly string[]): boolean {
  const program = argv[0] ?? '';
  return READ_ONLY.has(program.slice(program.lastIndexOf('/') + 1));
}

const keyOf = (argv: readonly string[]): string => (argv.length === 1 ? argv[0] : argv.join('\u0000'));

export function recallExec(memo: ExecMemo | undefined, argv: readonly string[], k: ExecKey): ExecOutcome | undefined {
  const e = memo?.get(keyOf(argv));
  if (!e || e.fs !== k.fs || e.vol !== k.vol || e.mounts !== k.mounts || e.faults !== k.faults) return undefined;
  return e.outcome;
}

export function rememberExec(memo: ExecMemo, argv: readonly string[], k: ExecKey, outcome: ExecOutcome): void {
  const key = keyOf(argv);
  if (!memo.has(key) && memo.size >= MAX_MEMO_ENTRIES) memo.clear();
  memo.set(key, { fs: k.fs, vol: k.vol, mounts: k.mounts, faults: k.faults, outcome });
}
