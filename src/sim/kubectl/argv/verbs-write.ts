// Request builders for the commands that change objects: delete, apply/create/replace -f,
// scale, label/annotate, set image/resources, edit, exec, expose.
import { errorText, flagErrorText, usageErrorText } from '../errors.js';
import type { MetaChange, OutputFormat } from '../request.js';
import { fail, type Flags, parseDryRun, parseOutput } from './common.js';
import { parseGoDuration } from './verbs-node.js';
import { type Built, targetsOf } from './verbs-read.js';

const ok = (request: Extract<Built, { ok: true }>['request']): Built => ({ ok: true, request });
const ns = (f: Flags) => (f.str('namespace') !== undefined ? { namespace: f.str('namespace') } : {});

const DELETE_USAGE = 'You must provide one or more resources by argument or filename.\nExample resource specifications include:\n'
  + "   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** Output and dry-run flags shared by the writing commands. */
function writeCommon(f: Flags): { ok: true; output?: OutputFormat; dryRun: 'none' | 'client' | 'server' } | Extract<Built, { ok: false }> {
  const dry = parseDryRun(f);
  if (!dry.ok) return fail(errorText(dry.message));
  const out = parseOutput(f.str('output'), false);
  if (!out.ok) return fail(errorText(out.message), out.unsupported ? { key: 'outputNotSupported', vars: { format: out.unsupported } } : undefined);
  return { ok: true, dryRun: dry.dryRun, ...(out.output ? { output: out.output } : {}) };
}

export function buildDelete(f: Flags): Built {
  const files = f.list('filename');
  const args = f.args.positionals;
  if (args.length === 0 && files.length === 0 && !f.bool('all') && !f.has('selector')) return fail(errorText(DELETE_USAGE));
  const output = f.str('output');
  if (output !== undefined && output !== '' && output !== 'name') return fail(errorText(`unexpected -o output mode: ${output}. We only support '-o name'`));
  let grace = f.int('grace-period', -1);
  const force = f.bool('force');
  if (f.bool('now')) {
    if (grace !== -1) return fail(errorText('--now and --grace-period cannot be specified together'));
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (grace > 0 && force) return fail(errorText('--force and --grace-period greater than 0 cannot be specified together'));
  const targets = targetsOf(args);
  if (!targets.ok) return targets;
  if (targets.targets.some((t) => t.names.length === 0) && !f.bool('all') && !f.has('selector')) {
    return fail(errorText('resource(s) were provided, but no name was specified'));
  }
  return ok({
    verb: 'delete', ...ns(f), targets: targets.targets, files, ...(f.has('selector') ? { selector: f.str('selector') } : {}),
    all: f.bool('all'), force, gracePeriod: grace, ignoreNotFound: f.bool('ignore-not-found') || f.bool('all'),
    wait: f.bool('wait', true), outputName: output === 'name',
  });
}

export function buildManifest(verb: 'apply' | 'create' | 'replace', f: Flags): Built {
  const files = f.list('filename');
  const common = writeCommon(f);
  if (!common.ok) return common;
  if (files.length === 0) {
    return fail(errorText('must specify one of -f and -k'));
  }
  if (f.args.positionals.length > 0) return fail(usageErrorText(`Unexpected args: [${f.args.positionals.join(' ')}]`, verb));
  const timeout = verb === 'replace' ? f.str('timeout') : undefined;
  const timeoutMs = timeout === undefined ? 0 : parseGoDuration(timeout);
  if (timeoutMs === undefined) return fail(flagErrorText(`invalid argument ${JSON.stringify(timeout)} for "--timeout" flag: time: invalid duration ${JSON.stringify(timeout)}`, verb));
  const force = f.bool('force');
  const gracePeriod = f.int('grace-period', -1);
  // Note: staging/src/k8s.io/kubectl/pkg/cmd/replace/replace.go Validate.
  if (verb === 'replace' && gracePeriod >= 0 && !force) return fail(errorText('--grace-period must have --force specified'));
  if (verb === 'replace' && timeoutMs !== 0 && !force) return fail(errorText('--timeout must have --force specified'));
  return ok({
    verb, ...ns(f), files, dryRun: common.dryRun, ...(common.output ? { output: common.output } : {}), force, gracePeriod, ...(timeoutMs > 0 ? { timeoutMs } : {}),
  });
}

export function buildScale(f: Flags): Built {
  if (!f.has('replicas')) return fail(errorText('required flag(s) "replicas" not set'), { key: 'replicasRequired', vars: { target: f.args.positionals.join(' ') || 'deployment/NAME' } });
  const replicas = f.int('replicas', -1);
  if (replicas < 0) return fail(errorText('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0'));
  const dry = parseDryRun(f);
  if (!dry.ok) return fail(errorText(dry.message));
  if (f.args.positionals.length === 0 && f.list('filename').length === 0) return fail(errorText(DELETE_USAGE));
  const targets = targetsOf(f.args.positionals);
  if (!targets.ok) return targets;
  return ok({ verb: 'scale', ...ns(f), targets: targets.targets, replicas, currentReplicas: f.int('current-replicas', -1), dryRun: dry.dryRun, outputName: f.str('output') === 'name' });
}

/** `label`/`annotate` arguments: resources first, then `key=value` / `key-` changes. */
export function buildMeta(verb: 'label' | 'annotate', f: Flags): Built {
  const common = writeCommon(f);
  if (!common.ok) return common;
  const args = f.args.positionals;
  const firstChange = args.findIndex((a) => a.includes('=') || a.endsWith('-'));
  const resourceArgs = firstChange < 0 ? args : args.slice(0, firstChange);
  const changeArgs = firstChange < 0 ? [] : args.slice(firstChange);
  if (changeArgs.length === 0 && !f.bool('list')) return fail(errorText(`at least one ${verb === 'label' ? 'label' : 'annotation'} update is required`));
  const changes: MetaChange[] = [];
  for (const c of changeArgs) {
    if (c.endsWith('-') && !c.includes('=')) changes.push({ key: c.slice(0, -1), remove: true });
    else if (c.includes('=')) changes.push({ key: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1) });
    else return fail(errorText(`invalid ${verb === 'label' ? 'label' : 'annotation'} spec: ${c}`));
  }
  if (resourceArgs.length === 0) return fail(errorText(DELETE_USAGE));
  const targets = targetsOf(resourceArgs);
  if (!targets.ok) return targets;
  return ok({
    verb, ...ns(f), targets: targets.targets, changes, overwrite: f.bool('overwrite'), all: f.bool('all'),
    ...(f.has('selector') ? { selector: f.str('selector') } : {}), list: f.bool('list'), dryRun: common.dryRun,
    ...(common.output ? { output: common.output } : {}),
  });
}

export function buildSetImage(f: Flags): Built {
  const common = writeCommon(f);
  if (!common.ok) return common;
  const args = f.args.positionals;
  const firstChange = args.findIndex((a) => a.includes('='));
  const resourceArgs = firstChange < 0 ? args : args.slice(0, firstChange);
  const images = (firstChange < 0 ? [] : args.slice(firstChange)).map((a) => ({ container: a.slice(0, a.indexOf('=')), image: a.slice(a.indexOf('=') + 1) }));
  if (images.length === 0) return fail(errorText('at least one image update is required'));
  const targets = targetsOf(resourceArgs);
  if (!targets.ok) return targets;
  return ok({ verb: 'set-image', ...ns(f), targets: targets.targets, images, dryRun: common.dryRun, ...(common.output ? { output: common.output } : {}) });
}

function parseResourceList(text: string | undefined): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',').filter((p) => p !== '')) {
    const [k, v] = part.split('=');
    if (!k || v === undefined) return `invalid resource spec: ${part}`;
    out[k] = v;
  }
  return out;
}

export function buildSetResources(f: Flags): Built {
  const common = writeCommon(f);
  if (!common.ok) return common;
  const limits = parseResourceList(f.str('limits'));
  const requests = parseResourceList(f.str('requests'));
  if (typeof limits === 'string') return fail(errorText(limits));
  if (typeof requests === 'string') return fail(errorText(requests));
  if (Object.keys(limits).length === 0 && Object.keys(requests).length === 0) return fail(errorText('you must specify an update to requests or limits (in the form of --requests/--limits)'));
  const targets = targetsOf(f.args.positionals);
  if (!targets.ok) return targets;
  return ok({ verb: 'set-resources', ...ns(f), targets: targets.targets, containers: f.str('containers') ?? '*', limits, requests, dryRun: common.dryRun, ...(common.output ? { output: common.output } : {}) });
}

export function buildEdit(f: Flags): Built {
  if (f.args.positionals.length === 0 && f.list('filename').length === 0) return fail(errorText(DELETE_USAGE));
  const output = f.str('output') ?? 'yaml';
  if (output !== 'yaml' && output !== 'json') return fail(errorText(`the flag 'output' must be one of yaml|json`));
  const targets = targetsOf(f.args.positionals);
  if (!targets.ok) return targets;
  return ok({ verb: 'edit', ...ns(f), targets: targets.targets, output });
}

export function buildExec(f: Flags): Built {
  const args = f.args.positionals;
  const dash = f.args.argsLenAtDash;
  if (args.length === 0 || dash === 0) return fail(errorText('pod, type/name or --filename must be specified'));
  if (dash < 0 && args.length > 1) {
    return fail(usageErrorText('exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead', 'exec'),
      { key: 'execNeedsDash', vars: { pod: args[0], command: args.slice(1).join(' ') } });
  }
  const command = dash < 0 ? [] : args.slice(dash);
  // Note: words between the pod and `--` are ignored, as kubectl's exec Complete ignores them.
  if (command.length === 0) return fail(errorText('you must specify at least one command for the container'));
  return ok({
    verb: 'exec', ...ns(f), pod: args[0], ...(f.has('container') ? { container: f.str('container') } : {}),
    stdin: f.bool('stdin'), tty: f.bool('tty'), quiet: f.bool('quiet'), command,
  });
}

export function buildExpose(f: Flags): Built {
  const common = writeCommon(f);
  if (!common.ok) return common;
  const args = f.args.positionals;
  if (args.length === 0) return fail(errorText(DELETE_USAGE));
  const targets = targetsOf(args);
  if (!targets.ok) return targets;
  const [target] = targets.targets;
  if (targets.targets.length !== 1 || target.names.length !== 1) return fail(errorText('resource(s) were provided, but no name was specified'));
  const opt = (name: string, key: string) => (f.str(name) !== undefined ? { [key]: f.str(name) } : {});
  return ok({
    verb: 'expose', ...ns(f), target, ...opt('port', 'port'), ...opt('target-port', 'targetPort'), ...opt('protocol', 'protocol'),
    ...opt('type', 'type'), ...opt('name', 'name'), ...opt('selector', 'selector'), ...opt('labels', 'labels'), ...opt('cluster-ip', 'clusterIP'),
    dryRun: common.dryRun, ...(common.output ? { output: common.output } : {}),
  });
}
