// Helpers shared by the per-command parsers: typed flag reads, `-o` and `--dry-run` values,
// TYPE/NAME arguments, and the failure shape with an optional podlab hint.
import type { Hint } from '../messages.js';
import type { DryRun, OutputFormat, Target } from '../request.js';
import { resolveResourceType } from '../resources.js';
import type { FlagValue, ParsedArgs } from './flags.js';

/** A command line kubectl refuses: what it prints on stderr, its exit code, and podlab's hint. */
export interface ParseFailure {
  readonly ok: false;
  /** What kubectl writes to stdout before refusing (rare: its help text). */
  readonly stdout?: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly hint?: Hint;
}

export const fail = (stderr: string, hint?: Hint, exitCode = 1): ParseFailure => ({ ok: false, stderr, exitCode, ...(hint ? { hint } : {}) });

/** Typed access to parsed flags. */
export class Flags {
  constructor(readonly args: ParsedArgs) {}
  has(name: string): boolean { return this.args.flags.has(name); }
  str(name: string): string | undefined { return this.args.flags.get(name) as string | undefined; }
  bool(name: string, fallback = false): boolean { return (this.args.flags.get(name) as boolean | undefined) ?? fallback; }
  int(name: string, fallback: number): number { return (this.args.flags.get(name) as number | undefined) ?? fallback; }
  list(name: string): readonly string[] { return (this.args.flags.get(name) as readonly string[] | undefined) ?? []; }
  raw(name: string): FlagValue | undefined { return this.args.flags.get(name); }
}

/** Every `-o` format kubectl v1.32 names (podlab prints some of them; see parseOutput). */
export const ALL_FORMATS = ['custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml'];
const NO_TABLE = ALL_FORMATS.filter((f) => !f.startsWith('custom-columns') && f !== 'wide');

/** Parses `-o`. `tables`: whether the command has a table printer (get) or only object printers. */
export function parseOutput(value: string | undefined, tables: boolean): { ok: true; output: OutputFormat | undefined } | { ok: false; message: string; unsupported?: string } {
  if (value === undefined || value === '') return { ok: true, output: undefined };
  const eq = value.indexOf('=');
  const name = eq < 0 ? value : value.slice(0, eq);
  const arg = eq < 0 ? '' : value.slice(eq + 1);
  const allowed = tables ? ALL_FORMATS : NO_TABLE;
  const refuse = { ok: false as const, message: `unable to match a printer suitable for the output format ${JSON.stringify(value)}, allowed formats are: ${allowed.join(',')}` };
  switch (name) {
    case 'yaml': case 'json': case 'name': return eq < 0 ? { ok: true, output: { kind: name } } : refuse;
    case 'wide': return tables && eq < 0 ? { ok: true, output: { kind: 'wide' } } : refuse;
    case 'jsonpath': return { ok: true, output: { kind: 'jsonpath', template: arg } };
    case 'custom-columns': return tables ? { ok: true, output: { kind: 'custom-columns', spec: arg } } : refuse;
    default:
      return allowed.includes(name) ? { ...refuse, unsupported: name } : refuse;
  }
}

/** `cmdutil.GetDryRunStrategy`. */
export function parseDryRun(flags: Flags): { ok: true; dryRun: DryRun } | { ok: false; message: string } {
  const v = flags.str('dry-run');
  if (v === undefined || v === 'none' || v === 'false') return { ok: true, dryRun: 'none' };
  if (v === 'client' || v === 'true' || v === 'unchanged') return { ok: true, dryRun: 'client' };
  if (v === 'server') return { ok: true, dryRun: 'server' };
  return { ok: false, message: `Invalid dry-run value (${v}). Must be "none", "server", or "client".` };
}

/** A resource type kubectl cannot map (`the server doesn't have a resource type "podz"`). */
export interface UnknownType {
  readonly unknownType: string;
}

/** kubectl's resource-builder reading of `TYPE[,TYPE] [NAME...]` or `TYPE/NAME...`. */
export function parseTargets(args: readonly string[]): { ok: true; targets: Target[] } | { ok: false; message: string } | UnknownType & { ok: false; message: string } {
  if (args.length === 0) return { ok: true, targets: [] };
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) {
      return { ok: false, message: "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'" };
    }
    const targets: Target[] = [];
    for (const a of args) {
      const [typeName, name, extra] = a.split('/');
      if (!typeName || !name || extra !== undefined) return { ok: false, message: 'arguments in resource/name form must have a single resource and name' };
      const type = resolveResourceType(typeName);
      if (!type) return { ok: false, message: `the server doesn't have a resource type ${JSON.stringify(typeName)}`, unknownType: typeName };
      const last = targets[targets.length - 1];
      if (last && last.type === type) targets[targets.length - 1] = { type, names: [...last.names, name] };
      else targets.push({ type, names: [name] });
    }
    return { ok: true, targets };
  }
  const [types, ...names] = args;
  const targets: Target[] = [];
  for (const typeName of types.split(',')) {
    const expanded = typeName === 'all' ? ['pods', 'services', 'deployments', 'replicasets'] : [typeName];
    for (const t of expanded) {
      const type = resolveResourceType(t);
      if (!type) return { ok: false, message: `the server doesn't have a resource type ${JSON.stringify(t)}`, unknownType: t };
      targets.push({ type, names });
    }
  }
  return { ok: true, targets };
}

/** Levenshtein distance, case-insensitive (cobra's `ld`). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
  }
  return d[s.length][t.length];
}

/** The closest of `candidates` to `word` within distance 2, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}
