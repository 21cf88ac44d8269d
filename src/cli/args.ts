/**
 * argv → one command, its positionals and flags. Pure: no I/O, no process.
 * Flags take `--name value` or `--name=value`; `--` ends flags; `-h` is `--help`.
 */

export interface FlagSpec {
  readonly name: string;
  readonly kind: 'boolean' | 'string' | 'list';
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Record<string, string | boolean | string[]>;
}

export type ParseResult =
  | { readonly ok: true; readonly value: ParsedArgs }
  | { readonly ok: false; readonly problem: 'unknown-flag' | 'missing-value'; readonly flag: string; readonly suggestion?: string };

const SHORT: Readonly<Record<string, string>> = { '-h': 'help', '-v': 'version' };

export function parseFlags(args: readonly string[], specs: readonly FlagSpec[]): ParseResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const positionals: string[] = [];
  const flags: Record<string, string | boolean | string[]> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg in SHORT && byName.has(SHORT[arg])) {
      flags[SHORT[arg]] = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg : arg.slice(0, eq)).replace(/^--?/, '');
    const spec = byName.get(name);
    if (!spec) {
      return { ok: false, problem: 'unknown-flag', flag: arg, suggestion: closest(name, [...byName.keys()]) };
    }
    if (spec.kind === 'boolean') {
      if (eq !== -1) {
        const v = arg.slice(eq + 1);
        flags[name] = v !== 'false' && v !== '0';
      } else {
        flags[name] = true;
      }
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length) value = args[++i];
    if (value === undefined) return { ok: false, problem: 'missing-value', flag: '--' + name };
    if (spec.kind === 'list') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else flags[name] = value;
  }
  return { ok: true, value: { positionals, flags } };
}

/** The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit || (best && best.startsWith(word) && word.length >= 2) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
