import { closest, parseFlags, type FlagSpec } from './args.js';
import { COMMANDS, GLOBAL_FLAGS, PROGRESS_ALIASES, findCommand, type CommandSpec } from './commands.js';

/** What argv asks for, decided without any I/O. */
export type Route =
  | { readonly kind: 'version' }
  | { readonly kind: 'help'; readonly command?: CommandSpec; readonly flags: Flags }
  | { readonly kind: 'run'; readonly command?: CommandSpec; readonly positionals: string[]; readonly flags: Flags }
  | { readonly kind: 'error'; readonly problem: RouteProblem; readonly flags: Flags };

type Flags = Record<string, string | boolean | string[]>;

export type RouteProblem =
  | { readonly type: 'unknown-command'; readonly name: string; readonly suggestion?: string }
  | { readonly type: 'unknown-flag'; readonly cmd: string; readonly flag: string; readonly suggestion?: string }
  | { readonly type: 'missing-value'; readonly cmd: string; readonly flag: string }
  | { readonly type: 'missing-args'; readonly command: CommandSpec }
  | { readonly type: 'too-many-args'; readonly command: CommandSpec; readonly arg: string }
  | { readonly type: 'bad-lang'; readonly value: string };

const takesValue = new Set(GLOBAL_FLAGS.filter((f) => f.kind !== 'boolean').map((f) => '--' + f.name));

/** Index of the command word: the first argument that is neither a flag nor a global flag's value. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return -1;
    if (takesValue.has(arg)) i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

export function route(argv: readonly string[]): Route {
  const at = commandIndex(argv);
  let name = at === -1 ? undefined : argv[at];
  let rest = at === -1 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (name && PROGRESS_ALIASES.includes(name)) {
    rest = [...argv.slice(0, at), name, ...argv.slice(at + 1)];
    name = 'progress';
  }
  const command = name === undefined ? undefined : findCommand(name);
  if (name !== undefined && !command) {
    const flags = parseFlags(argv.slice(0, at), GLOBAL_FLAGS);
    return {
      kind: 'error',
      problem: { type: 'unknown-command', name, suggestion: closest(name, COMMANDS.map((c) => c.name)) },
      flags: flags.ok ? flags.value.flags : {},
    };
  }

  // kubectl and clock pass their own arguments through; only flags before the command are ours.
  const raw = command?.isRaw ? argv.slice(at + 1) : [];
  const ours = command?.isRaw ? argv.slice(0, at) : rest;
  const specs: FlagSpec[] = [...GLOBAL_FLAGS, ...(command?.flags ?? [])];
  const parsed = parseFlags(ours, specs);
  const cmd = command?.name ?? 'app';
  if (!parsed.ok) {
    const problem: RouteProblem = parsed.problem === 'unknown-flag'
      ? { type: 'unknown-flag', cmd, flag: parsed.flag, suggestion: parsed.suggestion && '--' + parsed.suggestion }
      : { type: 'missing-value', cmd, flag: parsed.flag };
    return { kind: 'error', problem, flags: {} };
  }
  const { flags } = parsed.value;
  const lang = flags.lang;
  if (typeof lang === 'string' && lang !== 'en' && lang !== 'ko') {
    return { kind: 'error', problem: { type: 'bad-lang', value: lang }, flags: {} };
  }
  if (flags.version) return { kind: 'version' };
  if (flags.help) return { kind: 'help', command, flags };

  const positionals = command?.isRaw ? raw : parsed.value.positionals;
  if (!command) {
    if (positionals.length > 0) {
      return { kind: 'error', problem: { type: 'unknown-command', name: positionals[0] }, flags };
    }
    return { kind: 'run', positionals, flags };
  }
  const [min, max] = command.arity;
  if (positionals.length < min) return { kind: 'error', problem: { type: 'missing-args', command }, flags };
  if (positionals.length > max) {
    return { kind: 'error', problem: { type: 'too-many-args', command, arg: positionals[max] }, flags };
  }
  return { kind: 'run', command, positionals, flags };
}
