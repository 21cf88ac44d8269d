// `kubectl logs`: the default container (with kubectl's "Defaulted container" notice), the
// kubelet's refusals for containers that have no log yet, --previous, --tail, --timestamps,
// --all-containers with --prefix, and a follow session for -f.
import type { Container, Pod } from '../../api/types.js';
import { formatRfc3339Micro } from '../../status/index.js';
import type { ClusterView, LogLine } from '../cluster.js';
import type { LogsRequest } from '../request.js';
import { resolveResourceType } from '../resources.js';
import type { Draft, FollowSession } from './types.js';

const DEFAULT_CONTAINER = 'kubectl.kubernetes.io/default-container';

function allNames(pod: Pod): string[] {
  return [...pod.spec.containers.map((c) => c.name), ...(pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`),
    ...(pod.spec.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`)];
}

/** Resolves `web`, `pod/web` or `deployment/web` to a pod, with kubectl's notice for owners. */
function findPod(r: LogsRequest, view: ClusterView, namespace: string, out: Draft): Pod | undefined {
  const [typeName, name] = r.target.includes('/') ? r.target.split('/') : ['pod', r.target];
  const type = resolveResourceType(typeName);
  if (!type) {
    out.stderr += `error: the server doesn't have a resource type "${typeName}"\n`;
    return undefined;
  }
  if (type.kind === 'Pod') {
    const pod = view.get('Pod', namespace, name) as Pod | undefined;
    if (!pod) out.stderr += `Error from server (NotFound): pods "${name}" not found\n`;
    return pod;
  }
  const owner = view.get(type.kind as 'Deployment', namespace, name);
  if (!owner) {
    out.stderr += `Error from server (NotFound): ${type.group ? `${type.resource}.${type.group}` : type.resource} "${name}" not found\n`;
    return undefined;
  }
  const selector = (owner as { spec?: { selector?: { matchLabels?: Record<string, string> } } }).spec?.selector?.matchLabels ?? {};
  const pods = (view.list('Pod', namespace) as Pod[]).filter((p) => Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v));
  if (pods.length === 0) {
    out.stderr += `error: timed out waiting for the condition\n`;
    return undefined;
  }
  if (pods.length > 1) out.stderr += `Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`;
  return pods[0];
}

/** The kubelet's `validateContainerLogStatus` refusal for a container, if any. */
function logRefusal(pod: Pod, container: string, previous: boolean): string | undefined {
  const name = pod.metadata.name;
  const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === container);
  if (!pod.spec.nodeName) return undefined;
  const last = status?.lastState?.terminated;
  if (previous) return last ? undefined : `previous terminated container "${container}" in pod "${name}" not found`;
  const state = status?.state ?? {};
  if (state.running || state.terminated || last) return undefined;
  const reason = state.waiting?.reason;
  if (reason === 'ErrImagePull') return `container "${container}" in pod "${name}" is waiting to start: image can't be pulled`;
  if (reason === 'ImagePullBackOff') return `container "${container}" in pod "${name}" is waiting to start: trying and failing to pull image`;
  if (reason) return `container "${container}" in pod "${name}" is waiting to start: ${reason}`;
  return `container "${container}" in pod "${name}" is waiting to start - no logs yet`;
}

function render(lines: readonly LogLine[], r: LogsRequest, prefix: string): string {
  const shown = r.tail >= 0 ? lines.slice(Math.max(0, lines.length - r.tail)) : lines;
  return shown.map((l) => `${prefix}${r.timestamps ? `${formatRfc3339Micro(l.ms).replace(/Z$/, '000Z')} ` : ''}${l.text}\n`).join('');
}

export function runLogs(r: LogsRequest, view: ClusterView, namespace: string, out: Draft): FollowSession | undefined {
  const pod = findPod(r, view, namespace, out);
  if (!pod) {
    out.exitCode = 1;
    return undefined;
  }
  const podName = pod.metadata.name ?? '';
  const everything: Container[] = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  let containers: string[];
  if (r.allContainers) {
    containers = everything.map((c) => c.name);
  } else if (r.container !== undefined) {
    if (![...everything, ...(pod.spec.ephemeralContainers ?? [])].some((c) => c.name === r.container)) {
      out.stderr += `error: container ${r.container} is not valid for pod ${podName}\n`;
      out.exitCode = 1;
      return undefined;
    }
    containers = [r.container];
  } else {
    const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER];
    const chosen = annotated && pod.spec.containers.some((c) => c.name === annotated) ? annotated : pod.spec.containers[0].name;
    if (!annotated && allNames(pod).length > 1) out.stderr += `Defaulted container "${chosen}" out of: ${allNames(pod).join(', ')}\n`;
    containers = [chosen];
  }
  const printed = new Map<string, number>();
  for (const c of containers) {
    const refusal = logRefusal(pod, c, r.previous);
    if (refusal) {
      out.stderr += `Error from server (BadRequest): ${refusal}\n`;
      out.exitCode = 1;
      return undefined;
    }
    const lines = view.logs(pod.metadata.namespace ?? namespace, podName, c, r.previous) ?? [];
    out.stdout += render(lines, r, r.prefix ? `[pod/${podName}/${c}] ` : '');
    printed.set(c, lines.length);
  }
  if (!r.follow || r.previous) return undefined;
  return {
    next(v: ClusterView): string {
      let text = '';
      for (const c of containers) {
        const lines = v.logs(pod.metadata.namespace ?? namespace, podName, c, false) ?? [];
        const seen = printed.get(c) ?? 0;
        if (lines.length > seen) text += render(lines.slice(seen), { ...r, tail: -1 }, r.prefix ? `[pod/${podName}/${c}] ` : '');
        printed.set(c, lines.length);
      }
      return text;
    },
  };
}
