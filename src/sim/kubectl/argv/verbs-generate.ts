// Request builders for the generators: `run` and `create deployment|configmap|secret
// generic|service ...|namespace`, with the checks run.go and the create_*.go files make.
import { errorText, usageErrorText } from '../errors.js';
import { fail, type Flags, parseDryRun, parseOutput } from './common.js';
import type { Built } from './verbs-read.js';

const ns = (f: Flags) => (f.str('namespace') !== undefined ? { namespace: f.str('namespace') } : {});

function printing(f: Flags) {
  const dry = parseDryRun(f);
  if (!dry.ok) return fail(errorText(dry.message));
  const out = parseOutput(f.str('output'), false);
  if (!out.ok) return fail(errorText(out.message), out.unsupported ? { key: 'outputNotSupported', vars: { format: out.unsupported } } : undefined);
  return { ok: true as const, dryRun: dry.dryRun, ...(out.output ? { output: out.output } : {}) };
}

/** A docker image reference as distribution/reference accepts it (lower-case path, tag, digest). */
const IMAGE_REF = /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

/** `key=value,key2=value2` as generate.ParseLabels reads it. */
export function parseLabelSpec(spec: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.indexOf('=', eq + 1) >= 0) return `unexpected label spec: ${part}`;
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

export function buildRun(f: Flags): Built {
  if (!f.has('image')) return fail(errorText('required flag(s) "image" not set'), { key: 'imageRequired', vars: { command: `run ${f.args.positionals[0] ?? 'NAME'}` } });
  const p = printing(f);
  if (!p.ok) return p;
  const args = f.args.positionals;
  if (args.length === 0 || f.args.argsLenAtDash === 0) return fail(usageErrorText('NAME is required for run', 'run'));
  const image = f.str('image') ?? '';
  if (image === '') return fail(errorText('--image is required'));
  if (!IMAGE_REF.test(image)) return fail(errorText(`Invalid image name ${JSON.stringify(image)}: invalid reference format`));
  const stdin = f.bool('stdin');
  const tty = f.bool('tty');
  if (tty && !stdin) return fail(usageErrorText('-i/--stdin is required for containers with -t/--tty=true', 'run'));
  const port = f.str('port');
  if (f.bool('expose') && !port) return fail(usageErrorText('--port must be set when exposing a service', 'run'));
  const restart = f.str('restart') ?? 'Always';
  if (restart !== 'Always' && restart !== 'OnFailure' && restart !== 'Never') return fail(usageErrorText(`invalid restart policy: ${restart}`, 'run'));
  const attach = f.has('attach') ? f.bool('attach') : stdin;
  if (!attach && f.bool('rm')) return fail(usageErrorText('--rm should only be used for attached containers', 'run'));
  if (attach && p.dryRun !== 'none') return fail(usageErrorText("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)", 'run'));
  const pull = f.str('image-pull-policy');
  if (pull && !['Always', 'IfNotPresent', 'Never'].includes(pull)) return fail(usageErrorText(`invalid image pull policy: ${pull}`, 'run'));
  let labels: Record<string, string> | undefined;
  if (f.has('labels')) {
    const parsed = parseLabelSpec(f.str('labels') ?? '');
    if (typeof parsed === 'string') return fail(errorText(parsed));
    labels = parsed;
  }
  const env: { name: string; value: string }[] = [];
  for (const e of f.list('env')) {
    const eq = e.indexOf('=');
    if (eq <= 0) return fail(errorText(`invalid env: ${e}`));
    env.push({ name: e.slice(0, eq), value: e.slice(eq + 1) });
  }
  const annotations: Record<string, string> = {};
  for (const a of f.list('annotations')) {
    const eq = a.indexOf('=');
    if (eq <= 0) return fail(errorText(`invalid annotation spec: ${a}`));
    annotations[a.slice(0, eq)] = a.slice(eq + 1);
  }
  let portNumber: number | undefined;
  if (port) {
    if (!/^[+-]?\d+$/.test(port)) return fail(errorText(`strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax`));
    portNumber = Number(port);
  }
  return {
    ok: true,
    request: {
      verb: 'run', ...ns(f), name: args[0], image, args: args.slice(1), command: f.bool('command'), env,
      ...(labels ? { labels } : {}), annotations, ...(portNumber !== undefined ? { port: portNumber } : {}), expose: f.bool('expose'),
      restart, ...(pull ? { imagePullPolicy: pull } : {}), privileged: f.bool('privileged'), stdin, tty, attach, rm: f.bool('rm'),
      ...(f.str('overrides') ? { overrides: f.str('overrides') } : {}), dryRun: p.dryRun, ...(p.output ? { output: p.output } : {}),
    },
  };
}

/** `NameFromCommandArgs`: exactly one name before `--`. */
function nameFrom(f: Flags, path: string): { ok: true; name: string } | ReturnType<typeof fail> {
  const args = f.args.positionals;
  const count = f.args.argsLenAtDash < 0 ? args.length : f.args.argsLenAtDash;
  if (count !== 1) return fail(usageErrorText(`exactly one NAME is required, got ${count}`, path));
  return { ok: true, name: args[0] };
}

export function buildCreateKind(path: string, f: Flags): Built {
  if (path === 'create deployment' && !f.has('image')) return fail(errorText('required flag(s) "image" not set'), { key: 'imageRequired', vars: { command: `create deployment ${f.args.positionals[0] ?? 'NAME'}` } });
  const p = printing(f);
  if (!p.ok) return p;
  const name = nameFrom(f, path);
  if (!name.ok) return name;
  const base = { verb: 'create-kind' as const, ...ns(f), dryRun: p.dryRun, ...(p.output ? { output: p.output } : {}), name: name.name };
  switch (path) {
    case 'create deployment': {
      const images = f.list('image');
      const command = f.args.positionals.slice(1);
      if (images.length > 1 && command.length > 0) return fail(errorText('cannot specify multiple --image options and command'));
      return { ok: true, request: { ...base, kind: 'deployment', images, replicas: f.int('replicas', 1), port: f.int('port', -1), command } };
    }
    case 'create configmap':
    case 'create secret generic':
      return {
        ok: true,
        request: {
          ...base, kind: path === 'create configmap' ? 'configmap' : 'secret', literals: f.list('from-literal'), fromFiles: f.list('from-file'),
          envFiles: f.list('from-env-file'), ...(f.str('type') ? { secretType: f.str('type') } : {}),
        },
      };
    case 'create namespace':
      return { ok: true, request: { ...base, kind: 'namespace' } };
    default: {
      const sub = path.split(' ')[2];
      const types: Readonly<Record<string, 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName'>> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };
      const serviceType = types[sub];
      const tcp = f.list('tcp');
      if (serviceType === 'ExternalName' && !f.str('external-name')) return fail(errorText('external name must be specified'));
      if (tcp.length === 0 && serviceType !== 'ExternalName' && f.str('clusterip') !== 'None') return fail(errorText('at least one tcp port specifier must be provided'));
      return {
        ok: true,
        request: {
          ...base, kind: 'service', serviceType, tcp, ...(f.str('clusterip') !== undefined ? { clusterIP: f.str('clusterip') } : {}),
          nodePort: f.int('node-port', 0), ...(f.str('external-name') ? { externalName: f.str('external-name') } : {}),
        },
      };
    }
  }
}
