/**
 * The fallback judge for `command` questions when no simulator judge is given: two kubectl
 * command lines count as the same when they differ only in spelling that kubectl ignores.
 * `k` is `kubectl`; `--flag value`, `--flag=value` and the short forms (`-n dev`, `-ndev`) are
 * one flag; flag order does not matter; `pod/web` is `pod web`; `po`, `pod` and `pods` are one
 * resource type; `-n default` is the default; `-it` is `-i -t`. It cannot tell that two
 * different commands have the same effect: that is what the simulator judge is for.
 */
import { normalizeText } from './normalize.js';

/** Short flags → long names (kubectl's own shorthands). */
const SHORT: Readonly<Record<string, string>> = {
  n: 'namespace', o: 'output', l: 'selector', f: 'filename', c: 'container', A: 'all-namespaces',
  p: 'previous', w: 'watch', i: 'stdin', t: 'tty', L: 'label-columns', R: 'recursive', q: 'quiet',
};

/** Flags that take no separate value word (`--force`, or `--force=true`). */
const BOOLEAN = new Set([
  'all-namespaces', 'previous', 'watch', 'watch-only', 'stdin', 'tty', 'now', 'force', 'all', 'overwrite', 'show-labels',
  'rm', 'privileged', 'ignore-not-found', 'no-headers', 'show-kind', 'recursive', 'record', 'expose', 'follow', 'timestamps',
  'quiet', 'wait', 'local', 'containers', 'list', 'prefix', 'all-containers', 'command', 'show-events', 'attach',
]);

/** `--dry-run` alone means `--dry-run=client`; a value must be attached with `=`. */
const OPTIONAL_VALUE: Readonly<Record<string, string>> = { 'dry-run': 'client' };

const RESOURCE_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['pods', 'po', 'pod'], ['deployments', 'deploy', 'deployment'], ['services', 'svc', 'service'],
    ['configmaps', 'cm', 'configmap'], ['secrets', 'secret'], ['namespaces', 'ns', 'namespace'], ['nodes', 'no', 'node'],
    ['replicasets', 'rs', 'replicaset'], ['events', 'ev', 'event'], ['daemonsets', 'ds', 'daemonset'],
    ['statefulsets', 'sts', 'statefulset'], ['jobs', 'job'], ['cronjobs', 'cj', 'cronjob'],
  ].flatMap(([canonical, ...aliases]) => [canonical, ...aliases].map((a) => [a, canonical])),
);

/** Splits a line into words like a POSIX shell does for a simple command; undefined if a quote is left open. */
export function shellWords(line: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) return undefined;
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/u.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The canonical spelling of a kubectl command line, or undefined when it cannot be split. */
export function canonicalCommand(line: string): string | undefined {
  const words = shellWords(line.normalize('NFC').trim().replace(/^\$\s*/u, ''));
  if (!words || words.length === 0) return undefined;
  const rest = words[0] === 'kubectl' || words[0] === 'k' ? words.slice(1) : words;
  const positionals: string[] = [];
  const flags: string[] = [];
  let tail: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (word === '--') {
      tail = rest.slice(i + 1);
      break;
    }
    const next = rest[i + 1];
    const takeNext = (name: string): boolean => !BOOLEAN.has(name) && !(name in OPTIONAL_VALUE) && next !== undefined && next !== '--';
    if (word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
      if (eq >= 0) flags.push(flag(name, word.slice(eq + 1)));
      else if (takeNext(name)) flags.push(flag(name, rest[++i]));
      else flags.push(flag(name, OPTIONAL_VALUE[name] ?? 'true'));
    } else if (word.startsWith('-') && word.length > 1 && !/^-\d/u.test(word)) {
      const letters = word.slice(1);
      const names = [...letters].map((l) => SHORT[l] ?? l);
      if (names.length > 1 && names.every((n) => BOOLEAN.has(n))) {
        for (const n of names) flags.push(flag(n, 'true'));
      } else {
        const name = SHORT[letters[0]] ?? letters[0];
        const attached = letters.slice(1).replace(/^=/u, '');
        if (attached !== '') flags.push(flag(name, attached));
        else if (takeNext(name)) flags.push(flag(name, rest[++i]));
        else flags.push(flag(name, 'true'));
      }
    } else {
      positionals.push(...resourceWords(word));
    }
  }
  const kept = flags.filter((f) => f !== '--namespace=default').sort();
  return ['kubectl', ...positionals, ...kept, ...(tail.length > 0 ? ['--', ...tail] : [])].join(' ');
}

function flag(name: string, value: string): string {
  return `--${name}=${value}`;
}

/** `pod/web` → `pods web`; `po` → `pods`; anything else as it is. */
function resourceWords(word: string): string[] {
  const slash = word.indexOf('/');
  if (slash > 0) {
    const type = RESOURCE_ALIASES[word.slice(0, slash).toLowerCase()];
    if (type) return [type, word.slice(slash + 1)];
  }
  return [RESOURCE_ALIASES[word.toLowerCase()] ?? word];
}

/** True when both lines are the same kubectl command, spelled differently at most. */
export function sameCommand(answer: string, solution: string): boolean {
  if (normalizeText(answer) === '') return false;
  const a = canonicalCommand(answer);
  return a !== undefined && a === canonicalCommand(solution);
}
