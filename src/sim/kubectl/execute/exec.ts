// `kubectl exec POD [-c C] -- CMD`: the container kubectl picks, its refusals for pods that
// are not running, and `command terminated with exit code N`.
import type { Pod } from '../../api/types.js';
import type { ExecRequest } from '../request.js';
import type { Cluster, Draft } from './types.js';

export function runExec(r: ExecRequest, cluster: Cluster, namespace: string, out: Draft): void {
  const [typeName, name] = r.pod.includes('/') ? r.pod.split('/') : ['pod', r.pod];
  const pod = (typeName === 'pod' || typeName === 'pods' || typeName === 'po') ? cluster.view.get('Pod', namespace, name) as Pod | undefined : undefined;
  if (!pod) {
    out.stderr += `Error from server (NotFound): pods "${name}" not found\n`;
    out.exitCode = 1;
    return;
  }
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    out.stderr += `error: cannot exec into a container in a completed pod; current phase is ${phase}\n`;
    out.exitCode = 1;
    return;
  }
  let container = r.container;
  if (container === undefined) {
    container = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? pod.spec.containers[0].name;
    const names = [...pod.spec.containers.map((c) => c.name), ...(pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`)];
    if (!r.quiet && names.length > 1) out.stderr += `Defaulted container "${container}" out of: ${names.join(', ')}\n`;
  }
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
  if (!all.some((c) => c.name === container)) {
    out.stderr += `Error from server (BadRequest): container ${container} is not valid for pod ${name}\n`;
    out.exitCode = 1;
    return;
  }
  const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === container);
  if (!status?.state?.running) {
    out.stderr += `error: unable to upgrade connection: container not found (${JSON.stringify(container)})\n`;
    out.exitCode = 1;
    return;
  }
  const result = cluster.actions.exec(namespace, name, container, r.command);
  out.stdout += result.stdout;
  out.stderr += result.stderr;
  if (result.exitCode !== 0) {
    out.stderr += `command terminated with exit code ${result.exitCode}\n`;
    out.exitCode = result.exitCode;
  }
}
