// The Pod `kubectl run` builds (generate/versioned run-pod/v1 in kubectl), with keys in the Go
// struct order kubectl's JSON printer keeps for typed objects.
import type { RunRequest } from '../request.js';
import type { Obj } from '../print/objects.js';
import type { JsonValue } from '../print/yaml.js';
import { applyMergePatch, orderLike } from './order.js';

/** The run Pod as kubectl prints it with `--dry-run=client`. */
export function runPod(r: RunRequest, namespace: string | undefined): Obj | string {
  const container: Record<string, JsonValue> = { name: r.name, image: r.image };
  if (r.args.length > 0) container[r.command ? 'command' : 'args'] = [...r.args];
  if (r.port !== undefined) container.ports = [{ containerPort: r.port }];
  if (r.env.length > 0) container.env = r.env.map((e) => (e.value === '' ? { name: e.name } : { name: e.name, value: e.value }));
  container.resources = {};
  if (r.imagePullPolicy) container.imagePullPolicy = r.imagePullPolicy;
  if (r.privileged) container.securityContext = { privileged: true };
  if (r.stdin) container.stdin = true;
  if (r.stdin) container.stdinOnce = true;
  if (r.tty) container.tty = true;
  const annotations = Object.keys(r.annotations).length > 0 ? { annotations: { ...r.annotations } } : {};
  const pod: Obj = {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name: r.name, ...(namespace ? { namespace } : {}), creationTimestamp: null, labels: r.labels ?? { run: r.name }, ...annotations,
    },
    spec: { containers: [container], restartPolicy: r.restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  };
  if (!r.overrides) return pod;
  let patch: unknown;
  try {
    patch = JSON.parse(r.overrides);
  } catch {
    return `unable to parse ${JSON.stringify(r.overrides)}: invalid JSON`;
  }
  return orderLike(applyMergePatch(pod, patch as JsonValue) as Obj, 'Pod');
}
