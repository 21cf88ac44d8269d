// JSON merge patch (RFC 7386, as `--overrides` applies it) and re-ordering of keys into the
// Go struct field order, so a patched typed object still prints like kubectl prints it.
import type { Obj } from '../print/objects.js';
import type { JsonValue } from '../print/yaml.js';

const isMap = (v: unknown): v is Record<string, JsonValue> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function applyMergePatch(target: JsonValue, patch: JsonValue): JsonValue {
  if (!isMap(patch)) return patch;
  const out: Record<string, JsonValue> = isMap(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k] ?? null, v);
  }
  return out;
}

const META = ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp',
  'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'];
const POD_SPEC = ['volumes', 'initContainers', 'containers', 'ephemeralContainers', 'restartPolicy', 'terminationGracePeriodSeconds',
  'activeDeadlineSeconds', 'dnsPolicy', 'nodeSelector', 'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken', 'nodeName',
  'hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'securityContext', 'imagePullSecrets', 'hostname', 'subdomain', 'affinity',
  'schedulerName', 'tolerations', 'hostAliases', 'priorityClassName', 'priority', 'dnsConfig', 'readinessGates', 'runtimeClassName',
  'enableServiceLinks', 'preemptionPolicy', 'overhead', 'topologySpreadConstraints', 'setHostnameAsFQDN', 'os', 'hostUsers',
  'schedulingGates', 'resourceClaims', 'resources'];
const CONTAINER = ['name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy', 'restartPolicy',
  'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'terminationMessagePath',
  'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty'];

function sortBy(o: Record<string, JsonValue>, order: readonly string[]): Record<string, JsonValue> {
  const keys = Object.keys(o).sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999));
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}

/** Puts a Pod's keys back into Go struct order after a patch. */
export function orderLike(obj: Obj, kind: 'Pod'): Obj {
  void kind;
  const o = { ...(obj as Record<string, JsonValue>) };
  if (isMap(o.metadata)) o.metadata = sortBy(o.metadata, META);
  if (isMap(o.spec)) {
    const spec = sortBy(o.spec, POD_SPEC);
    for (const list of ['containers', 'initContainers'] as const) {
      const items = spec[list];
      if (Array.isArray(items)) spec[list] = items.map((c) => (isMap(c) ? sortBy(c, CONTAINER) : c));
    }
    o.spec = spec;
  }
  return sortBy(o, ['kind', 'apiVersion', 'metadata', 'spec', 'status']);
}
