// The downward API in env: fieldRef (podFieldSelectorRuntimeValue) and resourceFieldRef
// (ExtractContainerResourceValue, pkg/api/v1/resource/helpers.go), limits defaulting to the
// node's allocatable when the container sets none (MergeContainerResourceLimits).
import type { Container, EnvVarSource, Node, Pod } from '../api/types.js';
import { allocatable, millisOf, unitsOf } from './quantities.js';

export interface FieldContext {
  readonly pod: Pod;
  readonly node: Node | undefined;
  readonly podIP: string;
  readonly hostIP: string;
}

const LABEL_PATH = /^metadata\.(labels|annotations)\['(.*)'\]$/;

/** A fieldRef's value; undefined for a path the API would have refused. */
export function fieldRefValue(path: string, f: FieldContext): string | undefined {
  const m = path.match(LABEL_PATH);
  if (m) return (m[1] === 'labels' ? f.pod.metadata.labels : f.pod.metadata.annotations)?.[m[2]] ?? '';
  switch (path) {
    case 'metadata.name': return f.pod.metadata.name ?? '';
    case 'metadata.namespace': return f.pod.metadata.namespace ?? 'default';
    case 'metadata.uid': return f.pod.metadata.uid ?? '';
    case 'spec.nodeName': return f.pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName': return f.pod.spec.serviceAccountName ?? 'default';
    case 'status.hostIP': case 'status.hostIPs': return f.hostIP;
    case 'status.podIP': case 'status.podIPs': return f.podIP;
    default: return undefined;
  }
}

type ResourceField = NonNullable<EnvVarSource['resourceFieldRef']>;

/** `convertResourceCPUToString` / `convertResourceMemoryToString`: rounded up to the divisor. */
export function resourceFieldValue(ref: ResourceField, container: Container, f: FieldContext): string | undefined {
  const [section, resource] = ref.resource.split('.', 2) as ['limits' | 'requests', string];
  if ((section !== 'limits' && section !== 'requests') || !resource) return undefined;
  const own = container.resources?.[section]?.[resource];
  const raw = own ?? (section === 'limits' ? allocatable(f.node, resource) : undefined);
  if (resource === 'cpu') {
    const divisor = millisOf(ref.divisor ?? 1) || 1000;
    return String(Math.ceil(millisOf(raw) / divisor));
  }
  const divisor = unitsOf(ref.divisor ?? 1) || 1;
  return String(Math.ceil(unitsOf(raw) / divisor));
}
