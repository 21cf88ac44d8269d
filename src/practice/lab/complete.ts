// Tab completion for the Lab prompt, as bash completes kubectl but simpler: the word before the
// cursor is completed from kubectl's own command and flag tables, the resource types, the
// objects in the cluster, and the lab's own commands. Pure: it reads the view and nothing else.
import { ALL_FORMATS, parseOutput } from '../../sim/kubectl/argv/common.js';
import type { FlagSpec } from '../../sim/kubectl/argv/flags.js';
import { tokenize } from '../../sim/kubectl/argv/tokenize.js';
import { COMMAND_FLAGS, GLOBAL_FLAGS } from '../../sim/kubectl/argv/specs.js';
import type { ClusterView } from '../../sim/kubectl/cluster.js';
import { SIMULATED_COMMANDS, SUBCOMMANDS } from '../../sim/kubectl/parse.js';
import { RESOURCE_TYPES, resolveResourceType, type ResourceType } from '../../sim/kubectl/resources.js';
import { LAB_SPEEDS } from './lab-run.js';

/** What Tab does to the line: the new line and cursor, and the candidates to list when ambiguous. */
export interface Completion {
  readonly line: string;
  readonly cursor: number;
  /** Every match, sorted, when there are several; empty when Tab completed the word or found nothing. */
  readonly candidates: readonly string[];
}

/** One word after a lab command: fixed words, or the names of something in the cluster. */
type Slot = readonly string[] | 'pod' | 'node' | 'container';

/**
 * The lab's own commands (`fault kill` is `fault` with the subcommand `kill`) and their
 * arguments, as lab-line.ts runs them (its aliases, like `quit`, are left out of the list).
 */
const LAB_COMMANDS: Readonly<Record<string, readonly Slot[]>> = {
  clock: [['pause', 'play', ...LAB_SPEEDS.map((s) => `x${s}`)]],
  fault: [],
  'fault kill': ['pod', 'container'],
  'fault probe': ['pod', ['liveness', 'readiness', 'startup']],
  'fault http': ['pod'],
  'fault node': ['node', ['down', 'up']],
  'fault pressure': ['node', ['on', 'off']],
  hint: [], help: [], clear: [], reset: [], exit: [],
};

const KUBECTL_WORDS = ['kubectl', 'k'];

/** `table[key]` for a key of the table itself (a typed `constructor` is not a command). */
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Commands whose arguments are `TYPE NAME...` or `TYPE/NAME...`. */
const TYPED_COMMANDS = new Set(['get', 'describe', 'delete', 'label', 'annotate', 'edit', 'scale', 'expose', 'set image', 'set resources']);

/** The objects completion looks at: the view, and the namespace in effect (undefined: all). */
interface Scope {
  readonly view: ClusterView;
  readonly namespace: string | undefined;
}

/** Completes the word under the cursor (line[0..cursor)) against the cluster; `namespace` is the current one. */
export function completeLine(line: string, cursor: number, view: ClusterView, namespace: string): Completion {
  const prefix = line.slice(0, cursor);
  const none: Completion = { line, cursor, candidates: [] };
  const start = wordStart(prefix);
  // Inside an open quote or after a lone backslash nothing is completed, and neither is a
  // quoted or escaped word: completing it could only break the quoting.
  if (start === undefined || /['"\\]/.test(prefix.slice(start))) return none;
  const before = tokenize(prefix.slice(0, start));
  if (!before.ok) return none;
  const word = prefix.slice(start);
  const [first, ...rest] = before.words;
  let options: readonly string[] = [];
  if (first === undefined) options = [...KUBECTL_WORDS, ...Object.keys(LAB_COMMANDS).filter((c) => !c.includes(' '))];
  else if (KUBECTL_WORDS.includes(first)) options = kubectlOptions(rest, word, view, namespace);
  else if (own(LAB_COMMANDS, first)) options = labOptions(first, rest, word, { view, namespace });
  return insert(line, cursor, start, word, options);
}

/** Where the word before the cursor starts; undefined inside an open quote or after a backslash. */
function wordStart(prefix: string): number | undefined {
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') {
      if (i + 1 === prefix.length) return undefined;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\n') start = i + 1;
  }
  return quote === undefined ? start : undefined;
}

/** Puts the matches of `word` into the line, as readline would. */
function insert(line: string, cursor: number, start: number, word: string, options: readonly string[]): Completion {
  const matches = [...new Set(options.filter((o) => o.startsWith(word)))].sort();
  const head = line.slice(0, start);
  const tail = line.slice(cursor);
  if (matches.length === 0) return { line, cursor, candidates: [] };
  if (matches.length === 1) {
    const [match] = matches;
    // A `TYPE/` or `--flag=` form still needs its value; anything else is a finished word.
    if (match.endsWith('/') || match.endsWith('=')) return { line: head + match + tail, cursor: start + match.length, candidates: [] };
    const space = tail.startsWith(' ') ? '' : ' ';
    return { line: head + match + space + tail, cursor: start + match.length + 1, candidates: [] };
  }
  let common = matches[0];
  for (const m of matches) while (!m.startsWith(common)) common = common.slice(0, -1);
  return { line: head + common + tail, cursor: start + common.length, candidates: matches };
}

/** A kubectl line read as the parser reads it: the command path, positionals and flag values. */
interface KubectlLine {
  readonly path: string;
  readonly positionals: readonly string[];
  /** Long flag name → its last value (`true` for a boolean given bare). */
  readonly values: ReadonlyMap<string, string>;
  /** The flag whose value the next word is. */
  readonly pending: FlagSpec | undefined;
  /** A `--` was given: the rest is a command for the container. */
  readonly dash: boolean;
}

const specsOf = (path: string): readonly FlagSpec[] => [...(own(COMMAND_FLAGS, path) ?? []), ...GLOBAL_FLAGS];
const takesValue = (s: FlagSpec) => s.kind !== 'bool' && s.noOptDefault === undefined;

/** Reads one flag word (pflag's rules); returns the flag when its value is the next word. */
function readFlag(word: string, specs: readonly FlagSpec[], values: Map<string, string>): FlagSpec | undefined {
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    const name = (eq < 0 ? word.slice(2) : word.slice(2, eq)).replace(/_/g, '-');
    const spec = specs.find((s) => s.name === name);
    if (!spec) return undefined;
    if (eq >= 0) values.set(name, word.slice(eq + 1));
    else if (takesValue(spec)) return spec;
    else values.set(name, 'true');
    return undefined;
  }
  for (let i = 1; i < word.length; i++) {
    const spec = specs.find((s) => s.short === word[i]);
    if (!spec) return undefined;
    if (!takesValue(spec)) { values.set(spec.name, 'true'); continue; }
    const value = word.slice(i + 1).replace(/^=/, '');
    if (value === '') return spec;
    values.set(spec.name, value);
    return undefined;
  }
  return undefined;
}

/** Reads the words after `kubectl`; the command path is found as parseKubectl finds it. */
function readKubectl(argv: readonly string[]): KubectlLine {
  let path = '';
  const positionals: string[] = [];
  const values = new Map<string, string>();
  let pending: FlagSpec | undefined;
  let dash = false;
  for (const a of argv) {
    if (pending) { values.set(pending.name, a); pending = undefined; }
    else if (dash) positionals.push(a);
    else if (a === '--') dash = true;
    else if (a.startsWith('-') && a.length > 1) pending = readFlag(a, specsOf(path), values);
    else if (path === '') path = a;
    else if (positionals.length === 0 && own(own(SUBCOMMANDS, path) ?? {}, a)) path = `${path} ${SUBCOMMANDS[path][a]}`;
    else positionals.push(a);
  }
  return { path, positionals, values, pending, dash };
}

function kubectlOptions(argv: readonly string[], word: string, view: ClusterView, namespace: string): readonly string[] {
  const k = readKubectl(argv);
  // Commands podlab does not simulate get no help: a completion would suggest they work.
  if (k.dash || (k.path !== '' && !SIMULATED_COMMANDS.includes(k.path.split(' ')[0]))) return [];
  const all = k.values.get('all-namespaces') === 'true';
  const scope: Scope = { view, namespace: all ? undefined : k.values.get('namespace') ?? namespace };
  if (k.pending) return flagValues(k.pending, k, scope);
  if (word.startsWith('-')) {
    const withValue = /^(--[^=]+|-[^-=])=/.exec(word);
    if (withValue) {
      const [, flag] = withValue;
      const spec = specsOf(k.path).find((s) => (flag.startsWith('--') ? `--${s.name}` : `-${s.short}`) === flag);
      return spec ? flagValues(spec, k, scope).map((v) => `${flag}=${v}`) : [];
    }
    return specsOf(k.path).flatMap((s) => [`--${s.name}${takesValue(s) ? '=' : ''}`, ...(s.short ? [`-${s.short}`] : [])]);
  }
  if (k.path === '') return SIMULATED_COMMANDS;
  const subs = own(SUBCOMMANDS, k.path);
  if (subs && k.positionals.length === 0) return Object.values(subs);
  return positionalOptions(k, word, scope);
}

/** The values a flag's argument may take, where podlab knows them. */
function flagValues(spec: FlagSpec, k: KubectlLine, scope: Scope): readonly string[] {
  switch (spec.name) {
    case 'namespace': return namesOf(scope.view, 'Namespace', undefined);
    case 'output': return outputFormats(k.path === 'get');
    case 'container': return k.positionals[0] === undefined ? [] : containersOf(k.positionals[0], scope);
    default: return [];
  }
}

/** The `-o` formats the parser accepts; those that need an argument end in `=`. */
function outputFormats(tables: boolean): readonly string[] {
  return ALL_FORMATS.flatMap((f) => (parseOutput(`${f}=x`, tables).ok ? [`${f}=`] : parseOutput(f, tables).ok ? [f] : []));
}

function positionalOptions(k: KubectlLine, word: string, scope: Scope): readonly string[] {
  const index = k.positionals.length;
  if (TYPED_COMMANDS.has(k.path)) {
    if (word.includes('/')) return slashNames(word, scope);
    if (index === 0) return typeNames();
    const type = resolveResourceType(k.positionals[0]);
    return type && !k.positionals[0].includes('/') ? objectNames(type, scope) : [];
  }
  switch (k.path) {
    case 'explain': return index === 0 ? typeNames() : [];
    case 'logs':
    case 'exec':
      if (index === 0) return word.includes('/') ? slashNames(word, scope) : namesOf(scope.view, 'Pod', scope.namespace);
      return k.path === 'logs' && index === 1 && !k.values.has('container') ? containersOf(k.positionals[0], scope) : [];
    case 'top pod': return index === 0 ? namesOf(scope.view, 'Pod', scope.namespace) : [];
    case 'top node': return index === 0 ? namesOf(scope.view, 'Node', undefined) : [];
    case 'cordon':
    case 'uncordon':
    case 'drain':
      return namesOf(scope.view, 'Node', undefined);
    default: return [];
  }
}

/** Every name a resource type goes by that a learner types: `pods`, `pod`, `po`. */
function typeNames(): readonly string[] {
  return RESOURCE_TYPES.flatMap((t) => [t.resource, t.singular, ...t.shortNames]);
}

/** `pod/w` → `pod/web`, `pod/worker`: the type as typed, then the names of its objects. */
function slashNames(word: string, scope: Scope): readonly string[] {
  const typed = word.slice(0, word.indexOf('/'));
  const type = resolveResourceType(typed);
  return type ? objectNames(type, scope).map((n) => `${typed}/${n}`) : [];
}

function objectNames(type: ResourceType, scope: Scope): readonly string[] {
  if (type.kind === 'Event') return scope.view.events(scope.namespace).map((e) => e.name);
  return namesOf(scope.view, type.kind, type.namespaced ? scope.namespace : undefined);
}

function namesOf(view: ClusterView, kind: Exclude<ResourceType['kind'], 'Event'>, namespace: string | undefined): readonly string[] {
  return view.list(kind, namespace).map((o) => o.metadata.name ?? '');
}

/** The containers of a pod (`web` or `pod/web`): init and sidecar containers too. */
function containersOf(ref: string, scope: Scope): readonly string[] {
  const slash = ref.indexOf('/');
  if (slash >= 0 && resolveResourceType(ref.slice(0, slash))?.kind !== 'Pod') return [];
  const name = ref.slice(slash + 1);
  const pod = scope.view.list('Pod', scope.namespace).find((p) => p.metadata.name === name);
  if (pod?.kind !== 'Pod') return [];
  return [...(pod.spec.initContainers ?? []), ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])].map((c) => c.name);
}

function labOptions(command: string, args: readonly string[], word: string, scope: Scope): readonly string[] {
  if (word.startsWith('-')) return [];
  let path = command;
  const rest = [...args];
  if (rest.length > 0 && `${path} ${rest[0]}` in LAB_COMMANDS) path = `${path} ${rest.shift() as string}`;
  const subs = Object.keys(LAB_COMMANDS).filter((c) => c.startsWith(`${path} `)).map((c) => c.slice(path.length + 1));
  if (subs.length > 0) return rest.length === 0 ? subs : [];
  const slot = own(LAB_COMMANDS, path)?.[rest.length];
  if (slot === undefined) return [];
  if (slot === 'pod') return namesOf(scope.view, 'Pod', scope.namespace);
  if (slot === 'node') return namesOf(scope.view, 'Node', undefined);
  if (slot === 'container') return containersOf(rest[0], scope);
  return slot;
}
