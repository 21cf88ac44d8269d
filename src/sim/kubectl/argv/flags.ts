// Flag parsing as spf13/pflag does it for kubectl (flag.go Parse, parseLongArg,
// parseSingleShortArg): interspersed positionals, `--` ends flags, `--f=v`, `--f v`, `-fv`,
// `-f v`, `-f=v`, grouped boolean shorthands (`-it`), `_` normalised to `-` (kubectl's
// WordSepNormalizeFunc), and pflag's own error texts.
import { assertNever } from '../../../util/assert-never.js';


/** How a flag takes its value. */
export type FlagKind = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice';

/** One flag a command accepts. */
export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly kind: FlagKind;
  /** The value a bare `--flag` means (pflag NoOptDefVal); `true` for every bool. */
  readonly noOptDefault?: string;
}

export type FlagValue = string | boolean | number | readonly string[];

/** Parsed flags: only the flags that were given, by long name. */
export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, FlagValue>;
  readonly positionals: readonly string[];
  /** How many positionals came before `--` (cobra's ArgsLenAtDash), -1 without `--`. */
  readonly argsLenAtDash: number;
  /** `-h` / `--help` was given. */
  readonly help: boolean;
}

export type ParseFlagsResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

/** Go's strconv.ParseBool. */
function parseBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** Go's strconv.ParseInt(v, 0, 64) for the values kubectl flags take. */
function parseInt0(v: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]+|[1-9][0-9_]*|0)$/.exec(v);
  if (!m || /__|_$/.test(m[2])) return undefined;
  const body = m[2].replace(/_/g, '');
  const n = /^0[0-7]+$/.test(body) ? parseInt(body.slice(1), 8) : Number(body.replace(/^0[oO]/, '0o'));
  return Number.isFinite(n) ? (m[1] === '-' ? -n : n) : undefined;
}

/** pflag's stringSlice reader: comma-separated, CSV quoting allowed. */
function splitCsv(v: string): string[] {
  if (v === '') return [];
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (quoted) {
      if (c === '"' && v[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"' && cur === '') {
      quoted = true;
    } else if (c === ',') {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

function flagLabel(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function setValue(values: Map<string, FlagValue>, spec: FlagSpec, raw: string): string | undefined {
  const invalid = (why: string) => `invalid argument ${JSON.stringify(raw)} for ${JSON.stringify(flagLabel(spec))} flag: ${why}`;
  switch (spec.kind) {
    case 'bool': {
      const b = parseBool(raw);
      if (b === undefined) return invalid(`strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax`);
      values.set(spec.name, b);
      return undefined;
    }
    case 'int': {
      const n = parseInt0(raw);
      if (n === undefined) return invalid(`strconv.ParseInt: parsing ${JSON.stringify(raw)}: invalid syntax`);
      values.set(spec.name, n);
      return undefined;
    }
    case 'string':
      values.set(spec.name, raw);
      return undefined;
    case 'stringArray':
      values.set(spec.name, [...((values.get(spec.name) as string[] | undefined) ?? []), raw]);
      return undefined;
    case 'stringSlice':
      values.set(spec.name, [...((values.get(spec.name) as string[] | undefined) ?? []), ...splitCsv(raw)]);
      return undefined;
    default:
      return assertNever(spec.kind);
  }
}

const optDefault = (spec: FlagSpec): string | undefined => spec.noOptDefault ?? (spec.kind === 'bool' ? 'true' : undefined);

/** Parses argv against the flags of one command (its own plus kubectl's global flags). */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParseFlagsResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const values = new Map<string, FlagValue>();
  const positionals: string[] = [];
  let argsLenAtDash = -1;
  let help = false;
  const args = [...argv];
  while (args.length > 0) {
    const s = args.shift() as string;
    if (s.length < 2 || s[0] !== '-') {
      positionals.push(s);
      continue;
    }
    if (s === '--') {
      argsLenAtDash = positionals.length;
      positionals.push(...args);
      break;
    }
    if (s[1] === '-') {
      const body = s.slice(2);
      if (body === '' || body[0] === '-' || body[0] === '=') return { ok: false, message: `bad flag syntax: ${s}` };
      const eq = body.indexOf('=');
      const name = (eq < 0 ? body : body.slice(0, eq)).replace(/_/g, '-');
      const spec = byName.get(name);
      if (!spec) {
        if (name === 'help') { help = true; continue; }
        return { ok: false, message: `unknown flag: --${name}` };
      }
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (optDefault(spec) !== undefined) value = optDefault(spec) as string;
      else if (args.length > 0) value = args.shift() as string;
      else return { ok: false, message: `flag needs an argument: ${s}` };
      const err = setValue(values, spec, value);
      if (err) return { ok: false, message: err };
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0];
      const spec = byShort.get(c);
      if (!spec) {
        if (c === 'h') { help = true; shorts = shorts.slice(1); continue; }
        return { ok: false, message: `unknown shorthand flag: '${c}' in -${shorts}` };
      }
      let value: string;
      let rest = shorts.slice(1);
      if (shorts.length > 2 && shorts[1] === '=') { value = shorts.slice(2); rest = ''; }
      else if (optDefault(spec) !== undefined) value = optDefault(spec) as string;
      else if (shorts.length > 1) { value = shorts.slice(1); rest = ''; }
      else if (args.length > 0) value = args.shift() as string;
      else return { ok: false, message: `flag needs an argument: '${c}' in -${shorts}` };
      const err = setValue(values, spec, value);
      if (err) return { ok: false, message: err };
      shorts = rest;
    }
  }
  return { ok: true, args: { flags: values, positionals, argsLenAtDash, help } };
}
