// `parseKubectl(argv)`: a kubectl command line → a validated request, or exactly what
// kubectl v1.32 prints when it refuses the line (plus a podlab hint). Cobra finds the command
// among the words that are not flags, so global flags may come first (`kubectl -n dev get po`).
import { closest, Flags, fail, type ParseFailure } from './argv/common.js';
import { parseFlags } from './argv/flags.js';
import { COMMAND_FLAGS, GLOBAL_FLAGS, KUBECTL_COMMANDS } from './argv/specs.js';
import { buildRequest } from './argv/verbs.js';
import { errorText, flagErrorText } from './errors.js';
import type { KubectlRequest } from './request.js';

/** The result of parsing: a request, help, or a refusal. */
export type ParseResult =
  | { readonly ok: true; readonly request: KubectlRequest }
  | { readonly ok: true; readonly help: string }
  | ParseFailure;

/** Commands podlab simulates, as the help hint lists them. */
export const SIMULATED_COMMANDS = ['get', 'describe', 'logs', 'apply', 'create', 'delete', 'run', 'expose', 'label', 'annotate',
  'set', 'edit', 'replace', 'exec', 'top', 'config', 'explain', 'scale', 'cordon', 'uncordon', 'drain', 'version', 'api-resources'];

/** Each command's subcommands by every name kubectl accepts (`deploy` → `deployment`). */
export const SUBCOMMANDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  create: { deployment: 'deployment', deploy: 'deployment', configmap: 'configmap', cm: 'configmap', secret: 'secret', service: 'service', svc: 'service', namespace: 'namespace', ns: 'namespace' },
  'create secret': { generic: 'generic' },
  'create service': { clusterip: 'clusterip', nodeport: 'nodeport', loadbalancer: 'loadbalancer', externalname: 'externalname' },
  set: { image: 'image', resources: 'resources' },
  top: { pod: 'pod', pods: 'pod', po: 'pod', node: 'node', nodes: 'node', no: 'node' },
  config: { 'use-context': 'use-context', use: 'use-context', 'get-contexts': 'get-contexts', 'current-context': 'current-context', view: 'view' },
};

const VALUE_FLAGS = new Set(GLOBAL_FLAGS.filter((f) => f.kind !== 'bool').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));

/** The command path (`get`, `create deployment`, `top pod`) and the index of each word that named it. */
export function findCommand(argv: readonly string[]): { path: string; used: Set<number> } {
  const used = new Set<number>();
  let path = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (!a.includes('=') && VALUE_FLAGS.has(a)) i++;
      continue;
    }
    if (path === '') {
      path = a;
      used.add(i);
      continue;
    }
    const sub = SUBCOMMANDS[path]?.[a];
    if (!sub) break;
    path = `${path} ${sub}`;
    used.add(i);
  }
  return { path, used };
}

function unknownCommand(name: string): ParseFailure {
  const suggestions = KUBECTL_COMMANDS.filter((c) => closest(name, [c]) !== undefined || c.startsWith(name.toLowerCase()));
  const more = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}` : '';
  return fail(errorText(`unknown command ${JSON.stringify(name)} for "kubectl"${more}`), { key: 'unknownCommand', vars: { commands: SIMULATED_COMMANDS.join(', ') } });
}

function flagHint(path: string, message: string, argv: readonly string[]): ParseFailure['hint'] {
  const m = /^unknown flag: --(.+)$/.exec(message);
  if (!m) return undefined;
  // Note: kubectl v1.24 removed run's --requests, --limits, --serviceaccount and --hostport
  // (kubernetes/kubernetes#108820); learners still find them in older tutorials.
  if (path === 'run' && (m[1] === 'requests' || m[1] === 'limits')) {
    const name = argv.find((a, i) => i > 0 && !a.startsWith('-')) ?? 'NAME';
    return { key: 'removedRunFlag', vars: { flag: `--${m[1]}`, name, kind: m[1] } };
  }
  if (path === 'run' && (m[1] === 'serviceaccount' || m[1] === 'hostport')) return { key: 'removedRunFlagYaml', vars: { flag: `--${m[1]}` } };
  const names = [...(COMMAND_FLAGS[path] ?? []), ...GLOBAL_FLAGS].map((f) => f.name);
  const near = closest(m[1], names);
  return near ? { key: 'didYouMeanFlag', vars: { flag: `--${near}` } } : undefined;
}

/** Parses the words after `kubectl` (a leading `kubectl` or `k` is dropped). */
export function parseKubectl(words: readonly string[]): ParseResult {
  const argv = words[0] === 'kubectl' || words[0] === 'k' ? words.slice(1) : words;
  const { path, used } = findCommand(argv);
  const help = { ok: true as const, help: path || 'kubectl' };
  if (path === '') return help;
  const top = path.split(' ')[0];
  if (!KUBECTL_COMMANDS.includes(top)) return unknownCommand(top);
  if (!SIMULATED_COMMANDS.includes(top)) return fail('', { key: 'notSimulated', vars: { command: top } });
  const specs = COMMAND_FLAGS[path] ?? [];
  const rest = argv.filter((_, i) => !used.has(i));
  const parsed = parseFlags(rest, [...specs, ...GLOBAL_FLAGS]);
  if (!parsed.ok) return fail(flagErrorText(parsed.message, path), flagHint(path, parsed.message, argv));
  if (parsed.args.help) return help;
  return buildRequest(path, new Flags(parsed.args));
}
