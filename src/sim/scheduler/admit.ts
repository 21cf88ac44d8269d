// Kubelet admission of a pod bound to its node (`predicateAdmitHandler.Admit` in
// pkg/kubelet/lifecycle/predicate.go). It runs the scheduler's own checks (`AdmissionCheck` in
// pkg/scheduler/eventhandlers.go: resources, node affinity, node name, host ports) and then the
// NoExecute taints only; NoSchedule taints and cordons never stop a pod that names its node.
// The first failure found is the pod's reason; the pod then ends Failed with it.
import type { Container, Node, Pod } from '../api/types.js';
import { fitsRequest, REASON } from './filters.js';
import { hostPortsOf, portConflicts } from './host-ports.js';
import { matchesRequiredAffinity } from './node-affinity.js';
import { nodeState, type NodeState } from './node-state.js';
import { podRequests } from './requests.js';
import { isExtendedResourceName, podResource, toResource } from './resource.js';
import { findUntoleratedTaint } from './tolerations.js';

/** Admission reasons as they appear in `status.reason` (and so in the STATUS column). */
export type AdmitReason =
  | 'OutOfcpu' | 'OutOfmemory' | 'OutOfephemeral-storage' | 'OutOfpods' | `OutOf${string}`
  | 'NodeAffinity' | 'NodeName' | 'NodePorts' | 'TaintToleration'
  | 'PodOSSelectorNodeLabelDoesNotMatch' | 'PodOSNotSupported';

export type AdmitResult =
  | { readonly ok: true }
  | {
    readonly ok: false;
    readonly reason: AdmitReason;
    /** The admission message; the pod's `status.message` is `Pod was rejected: ` + this. */
    readonly message: string;
  };

/** Note: the node's OS is what the kubelet binary was built for; every simulated node is linux. */
const NODE_OS = 'linux';

/** `removeMissingExtendedResources`: extended resources the node does not know are not checked. */
function withoutUnknownExtended(pod: Pod, node: Node): Pod {
  const known = new Set(Object.keys(node.status?.allocatable ?? node.status?.capacity ?? {}));
  const strip = (c: Container): Container => {
    const requests = Object.fromEntries(Object.entries(c.resources?.requests ?? {})
      .filter(([name]) => !isExtendedResourceName(name) || known.has(name)));
    return { ...c, resources: { ...c.resources, requests } };
  };
  return {
    ...pod,
    spec: { ...pod.spec, containers: pod.spec.containers.map(strip), initContainers: pod.spec.initContainers?.map(strip) },
  };
}

/** Whether any container requests an extended resource (only those can be stripped). */
function hasExtendedRequest(pod: Pod): boolean {
  const asks = (c: Container) => Object.keys(c.resources?.requests ?? {}).some(isExtendedResourceName);
  return pod.spec.containers.some(asks) || (pod.spec.initContainers ?? []).some(asks);
}

function samePod(a: Pod, b: Pod): boolean {
  return a === b || ((a.metadata.namespace ?? 'default') === (b.metadata.namespace ?? 'default') && a.metadata.name === b.metadata.name);
}

const predicate = (name: 'NodeAffinity' | 'NodeName' | 'NodePorts' | 'TaintToleration', desc: string): AdmitResult =>
  ({ ok: false, reason: name, message: `Predicate ${name} failed: ${desc}` });

/**
 * Decides whether the kubelet on `node` runs `pod`. `podsOnNode` are the other pods bound to
 * the node (finished ones are ignored, as the kubelet only counts active pods).
 */
export function admit(pod: Pod, node: Node, podsOnNode: readonly Pod[]): AdmitResult {
  return admitOn(pod, node, nodeState(node, podsOnNode.filter((p) => !samePod(p, pod))));
}

/** `admit` against the node's state without the pod (`nodeState` of its other active pods). */
export function admitOn(pod: Pod, node: Node, state: NodeState): AdmitResult {
  const osLabel = pod.metadata.labels?.['kubernetes.io/os'];
  if (osLabel !== undefined && osLabel !== NODE_OS) {
    return { ok: false, reason: 'PodOSSelectorNodeLabelDoesNotMatch',
      message: "Failed to admit pod as the `kubernetes.io/os` label doesn't match node label" };
  }
  if (pod.spec.os && pod.spec.os.name !== NODE_OS) {
    return { ok: false, reason: 'PodOSNotSupported', message: "Failed to admit pod as the OS field doesn't match node OS" };
  }
  // Without unknown extended resources to strip, the requests are the pod's own (memoized).
  const request = hasExtendedRequest(pod) ? toResource(podRequests(withoutUnknownExtended(pod, node))) : podResource(pod).requested;
  const short = fitsRequest(request, state);
  if (short.length > 0) {
    const s = short[0];
    return {
      ok: false,
      reason: `OutOf${s.resource}`,
      message: `Node didn't have enough resource: ${s.resource}, requested: ${s.requested}, used: ${s.used}, capacity: ${s.capacity}`,
    };
  }
  if (!matchesRequiredAffinity(pod, node)) return predicate('NodeAffinity', REASON.affinity);
  if (pod.spec.nodeName && pod.spec.nodeName !== state.name) return predicate('NodeName', REASON.nodeName);
  if (hostPortsOf(pod).some((p) => portConflicts(p, state.usedPorts))) return predicate('NodePorts', REASON.ports);
  if (findUntoleratedTaint(node.spec?.taints, pod.spec.tolerations, (t) => t.effect === 'NoExecute')) {
    return predicate('TaintToleration', "node(s) had taints that the pod didn't tolerate");
  }
  return { ok: true };
}

/** `kl.rejectPod`: the status a rejected pod ends with (phase Failed, reason, prefixed message). */
export function rejectedPodStatus(result: Extract<AdmitResult, { ok: false }>): { readonly phase: 'Failed'; readonly reason: string; readonly message: string } {
  return { phase: 'Failed', reason: result.reason, message: `Pod was rejected: ${result.message}` };
}
