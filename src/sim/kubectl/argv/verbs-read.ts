// Request builders for the reading commands: get, describe, logs, top, explain, config,
// version, api-resources. Each checks what kubectl checks before talking to the server.
import { errorText, flagErrorText, usageErrorText } from '../errors.js';
import type { Hint } from '../messages.js';
import type { KubectlRequest } from '../request.js';
import { RESOURCE_TYPES, resolveResourceType } from '../resources.js';
import { closest, fail, type Flags, parseOutput, parseTargets, type ParseFailure } from './common.js';

export type Built = { readonly ok: true; readonly request: KubectlRequest } | ParseFailure;

const ok = (request: KubectlRequest): Built => ({ ok: true, request });
const ns = (f: Flags) => (f.str('namespace') !== undefined ? { namespace: f.str('namespace') } : {});

/** The hint for an unknown resource type: the nearest known name, else the list. */
export function typeHint(name: string): Hint {
  const names = RESOURCE_TYPES.flatMap((t) => [t.resource, t.singular, ...t.shortNames]);
  const near = closest(name, names);
  return near ? { key: 'didYouMeanResource', vars: { type: near } } : { key: 'knownResources', vars: { types: RESOURCE_TYPES.map((t) => t.resource).join(', ') } };
}

/** Targets or the refusal kubectl prints for them. */
export function targetsOf(args: readonly string[]) {
  const t = parseTargets(args);
  if (t.ok) return t;
  return fail(errorText(t.message), 'unknownType' in t ? typeHint(t.unknownType as string) : undefined);
}

const REQUIRED_RESOURCE = 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n'
  + 'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n'
  + "See 'kubectl get -h' for help and examples\n";

export function buildGet(f: Flags): Built {
  const files = f.list('filename');
  if (f.args.positionals.length === 0 && files.length === 0) return fail(REQUIRED_RESOURCE, { key: 'help', vars: {} });
  const output = parseOutput(f.str('output'), true);
  if (!output.ok) return fail(errorText(output.message), output.unsupported ? { key: 'outputNotSupported', vars: { format: output.unsupported } } : undefined);
  const targets = targetsOf(f.args.positionals);
  if (!targets.ok) return targets;
  return ok({
    verb: 'get', ...ns(f), targets: targets.targets, files, allNamespaces: f.bool('all-namespaces'),
    ...(f.str('selector') !== undefined ? { selector: f.str('selector') } : {}),
    ...(f.str('field-selector') !== undefined ? { fieldSelector: f.str('field-selector') } : {}),
    output: output.output ?? { kind: 'table' }, showLabels: f.bool('show-labels'), labelColumns: f.list('label-columns'),
    noHeaders: f.bool('no-headers'), showKind: f.bool('show-kind'), ...(f.str('sort-by') ? { sortBy: f.str('sort-by') } : {}),
    watch: f.bool('watch'), watchOnly: f.bool('watch-only'), ignoreNotFound: f.bool('ignore-not-found'),
    allowMissingTemplateKeys: f.bool('allow-missing-template-keys', true),
  });
}

export function buildDescribe(f: Flags): Built {
  if (f.args.positionals.length === 0 && f.list('filename').length === 0) {
    return fail(errorText('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.'), { key: 'help', vars: {} });
  }
  const targets = targetsOf(f.args.positionals);
  if (!targets.ok) return targets;
  return ok({
    verb: 'describe', ...ns(f), targets: targets.targets, allNamespaces: f.bool('all-namespaces'),
    ...(f.str('selector') !== undefined ? { selector: f.str('selector') } : {}), showEvents: f.bool('show-events', true),
  });
}

const LOGS_USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

export function buildLogs(f: Flags): Built {
  const args = f.args.positionals;
  if (args.length === 0 && !f.has('selector')) return fail(usageErrorText(LOGS_USAGE, 'logs'));
  if (args.length > 2) return fail(usageErrorText(LOGS_USAGE, 'logs'));
  const container = f.str('container') ?? args[1];
  if (f.has('container') && args.length === 2) return fail(errorText('only one of -c or an inline [CONTAINER] arg is allowed'));
  return ok({
    verb: 'logs', ...ns(f), target: args[0] ?? '', ...(container !== undefined ? { container } : {}),
    allContainers: f.bool('all-containers'), previous: f.bool('previous'), follow: f.bool('follow'), tail: f.int('tail', -1),
    timestamps: f.bool('timestamps'), prefix: f.bool('prefix'),
  });
}

export function buildTop(path: string, f: Flags): Built {
  if (path === 'top') return fail('', { key: 'metrics' });
  const sortBy = f.str('sort-by');
  if (sortBy !== undefined && sortBy !== 'cpu' && sortBy !== 'memory') return fail(errorText(`--sort-by accepts only cpu or memory`));
  return ok({
    verb: 'top', ...ns(f), what: path === 'top pod' ? 'pod' : 'node', ...(f.args.positionals[0] ? { name: f.args.positionals[0] } : {}),
    allNamespaces: f.bool('all-namespaces'), containers: f.bool('containers'), noHeaders: f.bool('no-headers'),
    ...(f.str('selector') !== undefined ? { selector: f.str('selector') } : {}), ...(sortBy ? { sortBy } : {}),
  });
}

export function buildExplain(f: Flags): Built {
  const [arg] = f.args.positionals;
  if (!arg) return fail(usageErrorText('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.', 'explain'));
  const [first, ...fields] = arg.split('.');
  const type = resolveResourceType(first);
  if (!type) return fail(`the server doesn't have a resource type ${JSON.stringify(first)}\n`, typeHint(first));
  return ok({ verb: 'explain', ...ns(f), path: fields.filter((p) => p !== ''), resource: type, recursive: f.bool('recursive') });
}

/** kubectl prints this help before refusing `config use-context` without a name. */
const USE_CONTEXT_HELP = 'Set the current-context in a kubeconfig file.\n\nAliases:\nuse-context, use\n\nExamples:\n'
  + '  # Use the context for the minikube cluster\n  kubectl config use-context minikube\n\nUsage:\n'
  + '  kubectl config use-context CONTEXT_NAME [options]\n\n'
  + 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

export function buildConfig(path: string, f: Flags): Built {
  const action = path.split(' ')[1] as 'use-context' | 'get-contexts' | 'current-context' | 'view' | undefined;
  if (!action) return fail('', { key: 'help', vars: { commands: 'config use-context, config get-contexts, config current-context, config view' } });
  const [name] = f.args.positionals;
  if (action === 'use-context' && !name) return { ok: false, stderr: errorText('Unexpected args: []'), exitCode: 1, stdout: USE_CONTEXT_HELP } as ParseFailure;
  const output = f.str('output');
  if (action === 'get-contexts' && output !== undefined && output !== 'name') return fail(errorText(`output must be one of '' or 'name': ${output}`));
  return ok({ verb: 'config', ...ns(f), action, ...(name ? { name } : {}), outputName: output === 'name', noHeaders: f.bool('no-headers') });
}

export function buildSimple(verb: 'version' | 'api-resources', f: Flags): Built {
  if (verb === 'version' && f.args.positionals.length > 0) return fail(flagErrorText(`unknown command ${JSON.stringify(f.args.positionals[0])} for "kubectl version"`, 'version'));
  return ok({
    verb, ...ns(f), client: f.bool('client'), noHeaders: f.bool('no-headers'), outputName: f.str('output') === 'name',
    ...(f.has('namespaced') ? { namespaced: f.bool('namespaced') } : {}),
  });
}
