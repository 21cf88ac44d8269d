// `kubectl run`, `create deployment|configmap|secret|service|namespace` and `expose`: build the
// object as kubectl does, then print it (--dry-run=client) or create it.
import { assertNever } from '../../../util/assert-never.js';
import { formatApiError } from '../../api/api-error.js';
import { decode } from '../../api/decode.js';
import type { KubeObject, Pod } from '../../api/types.js';
import { errorText } from '../errors.js';
import { collectData, configMapObject, deploymentObject, namespaceObject, secretObject } from '../generate/kinds.js';
import { runPod } from '../generate/pod.js';
import { createServiceObject, exposedService } from '../generate/service.js';
import { type Obj, printJson, printYaml } from '../print/objects.js';
import type { CreateKindRequest, ExposeRequest, OutputFormat, RunRequest } from '../request.js';
import { kindPrefix, typeOfKind } from '../resources.js';
import { asObj } from './tables.js';
import type { Cluster, Draft, ExecEnv } from './types.js';

/** Prints a generated object (dry run) or creates it and prints kubectl's line. */
/** How each `create <kind>` wraps a refusal (create_deployment.go etc.); run and expose do not. */
function createFailure(kind: string, obj: Obj, message: string): string {
  const bare = message.replace(/^Error from server \([^)]*\): /, '');
  switch (kind) {
    case 'Deployment': return errorText(`failed to create deployment: ${bare}`);
    case 'ConfigMap': return errorText(`failed to create configmap: ${bare}`);
    case 'Secret': return errorText(`failed to create secret ${bare}`);
    case 'Service': return errorText(`failed to create ${(obj.spec as Obj | undefined)?.type ?? 'ClusterIP'} service: ${bare}`);
    default: return `${message}\n`;
  }
}

function emit(obj: Obj, dryRun: string, output: OutputFormat | undefined, cluster: Cluster, out: Draft, namespace: string, verb = 'created', wrapped = false): boolean {
  const kind = obj.kind as string;
  const type = typeOfKind(kind);
  const prefix = type ? kindPrefix(type) : kind.toLowerCase();
  const name = (obj.metadata as Obj).name as string;
  let printed: Obj = obj;
  if (dryRun === 'none') {
    // Note: the request goes to the namespace's path, so the server sets metadata.namespace.
    const meta = obj.metadata as Obj;
    const placed = type?.namespaced && !meta.namespace ? { ...obj, metadata: { ...meta, namespace } } : obj;
    const d = decode(JSON.parse(JSON.stringify(placed)));
    if (!d.ok || !d.object) {
      if (!d.ok) out.stderr += `${formatApiError(d.error)}\n`;
      out.exitCode = 1;
      return false;
    }
    const created = cluster.actions.create(d.object);
    if (!created.ok) {
      const message = formatApiError(created.error);
      out.stderr += wrapped ? createFailure(kind, obj, message) : `${message}\n`;
      out.exitCode = 1;
      return false;
    }
    printed = asObj(created.object);
  }
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  if (!output) out.stdout += `${prefix}/${name} ${verb}${suffix}\n`;
  else if (output.kind === 'name') out.stdout += `${prefix}/${name}\n`;
  else if (output.kind === 'yaml') out.stdout += printYaml(printed);
  else if (output.kind === 'json') out.stdout += printJson(printed, dryRun === 'none');
  return true;
}

export function runRun(r: RunRequest, cluster: Cluster, namespace: string, out: Draft): void {
  const pod = runPod(r, r.namespace);
  if (typeof pod === 'string') {
    out.stderr += errorText(pod);
    out.exitCode = 1;
    return;
  }
  if (r.expose && r.port !== undefined) {
    const labels = ((pod.metadata as Obj).labels ?? {}) as Record<string, string>;
    const svc = exposedService({ name: r.name, ...(r.namespace ? { namespace: r.namespace } : {}), selector: labels, ports: [{ port: r.port, targetPort: r.port, protocol: 'TCP' }] });
    if (!emit(svc, r.dryRun, r.output, cluster, out, namespace)) return;
    // Note: kubectl v1.32 prints two document separators after the Service in this case.
    if (r.output?.kind === 'yaml') out.stdout += '---\n---\n';
  }
  emit(pod, r.dryRun, r.output, cluster, out, namespace);
}

export function runCreateKind(r: CreateKindRequest, cluster: Cluster, env: ExecEnv, namespace: string, out: Draft): void {
  let obj: Obj | string;
  switch (r.kind) {
    case 'deployment': obj = deploymentObject(r, r.namespace); break;
    case 'namespace': obj = namespaceObject(r.name); break;
    case 'service': obj = createServiceObject(r, r.namespace); break;
    case 'configmap':
    case 'secret': {
      const data = collectData(r, env.readFile);
      obj = typeof data === 'string' ? data : r.kind === 'configmap' ? configMapObject(r, data, r.namespace) : secretObject(r, data, r.namespace);
      break;
    }
    default: return assertNever(r);
  }
  if (typeof obj === 'string') {
    out.stderr += errorText(obj);
    out.exitCode = 1;
    return;
  }
  emit(obj, r.dryRun, r.output, cluster, out, namespace, 'created', true);
}

/** Ports of the exposed object: `--port`, else its container ports (expose's introspection). */
function exposePorts(r: ExposeRequest, target: KubeObject): { port: number; targetPort: number | string; protocol: string }[] | string {
  const protocol = r.protocol ?? 'TCP';
  const targetPort = r.targetPort === undefined ? undefined : /^\d+$/.test(r.targetPort) ? Number(r.targetPort) : r.targetPort;
  if (r.port !== undefined) {
    if (!/^\d+$/.test(r.port)) return `strconv.Atoi: parsing ${JSON.stringify(r.port)}: invalid syntax`;
    return [{ port: Number(r.port), targetPort: targetPort ?? Number(r.port), protocol }];
  }
  const spec = target.kind === 'Pod' ? (target as Pod).spec : 'spec' in target && target.spec && 'template' in target.spec ? target.spec.template.spec : undefined;
  const ports = spec?.containers.flatMap((c) => c.ports ?? []) ?? [];
  if (ports.length === 0) return "couldn't find port via --port flag or introspection";
  return ports.map((p) => ({ port: p.containerPort, targetPort: targetPort ?? p.containerPort, protocol: r.protocol ?? p.protocol ?? 'TCP' }));
}

/** What `expose` selects: a pod's labels, a workload's matchLabels, a service's selector. */
function selectorOf(target: KubeObject): Readonly<Record<string, string>> {
  switch (target.kind) {
    case 'Pod': return target.metadata.labels ?? {};
    case 'Deployment': case 'ReplicaSet': return target.spec.selector.matchLabels ?? {};
    case 'Service': return target.spec?.selector ?? {};
    case 'Node': case 'Namespace': case 'ConfigMap': case 'Secret': return {};
    default: return assertNever(target);
  }
}

export function runExpose(r: ExposeRequest, cluster: Cluster, namespace: string, out: Draft): void {
  const name = r.target.names[0];
  const target = cluster.view.get(r.target.type.kind as KubeObject['kind'], namespace, name);
  if (!target) {
    out.stderr += `Error from server (NotFound): ${r.target.type.group ? `${r.target.type.resource}.${r.target.type.group}` : r.target.type.resource} "${name}" not found\n`;
    out.exitCode = 1;
    return;
  }
  const selector = selectorOf(target);
  if (Object.keys(selector).length === 0) {
    out.stderr += errorText(`couldn't retrieve selectors via --selector flag or introspection: the ${target.kind.toLowerCase()} has no labels and cannot be exposed`);
    out.exitCode = 1;
    return;
  }
  const ports = exposePorts(r, target);
  if (typeof ports === 'string') {
    out.stderr += errorText(ports);
    out.exitCode = 1;
    return;
  }
  const named = ports.length > 1 ? ports.map((p, i) => ({ ...p, name: `port-${i + 1}` })) : ports;
  const svc = exposedService({
    name: r.name ?? name, ...(r.namespace ? { namespace: r.namespace } : {}), labels: target.metadata.labels ?? {}, selector,
    ports: named, ...(r.type ? { type: r.type } : {}), ...(r.clusterIP ? { clusterIP: r.clusterIP } : {}),
  });
  emit(svc, r.dryRun, r.output, cluster, out, namespace, 'exposed');
}
