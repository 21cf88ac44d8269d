// Exec probes repeat the same command every period (`cat /tmp/healthy`). For commands that only
// read files (no shell, no clock, no network), the result depends on the container's
// filesystem alone, so the last result is kept while the filesystems and objects are unchanged.
import type { ExecOutcome } from './runtime.js';

/** Programs whose result is a function of the filesystem and their arguments. */
const READ_ONLY = new Set(['cat', 'ls', 'test', '[', 'true', 'false', 'echo', 'grep', 'head', 'tail', 'wc', 'stat', 'which']);

export interface ExecKey {
  readonly argv: readonly string[];
  readonly fs: unknown;
  readonly vol: number;
  readonly rv: number;
  readonly faults: unknown;
}

interface Entry extends Omit<ExecKey, 'argv'> {
  readonly outcome: ExecOutcome;
}

const memo = new WeakMap<object, Map<string, Entry>>();

export function isReadOnlyCommand(argv: readonly string[]): boolean {
  const program = argv[0] ?? '';
  return READ_ONLY.has(program.slice(program.lastIndexOf('/') + 1));
}

/** `owner` is the instance the command runs in. */
export function recallExec(owner: object, k: ExecKey): ExecOutcome | undefined {
  const e = memo.get(owner)?.get(k.argv.join('\u0000'));
  if (!e || e.fs !== k.fs || e.vol !== k.vol || e.rv !== k.rv || e.faults !== k.faults) return undefined;
  return e.outcome;
}

export function rememberExec(owner: object, k: ExecKey, outcome: ExecOutcome): void {
  let m = memo.get(owner);
  if (!m) {
    m = new Map();
    memo.set(owner, m);
  }
  m.set(k.argv.join('\u0000'), { fs: k.fs, vol: k.vol, rv: k.rv, faults: k.faults, outcome });
}
