// What the scheduler knows about one node (`framework.NodeInfo`): its object, the pods bound to
// it, and the sums it keeps of their requests and host ports.
import type { Node, Pod } from '../api/types.js';
import { hostPortsOf, type HostPort } from './host-ports.js';
import { toResourceList } from './requests.js';
import { EMPTY_RESOURCE, podResource, sumResources, toResource, type Resource } from './resource.js';

export interface NodeState {
  readonly node: Node;
  readonly name: string;
  /** Pods counted against the node: bound to it and not Succeeded or Failed. */
  readonly pods: readonly Pod[];
  readonly allocatable: Resource;
  /** Sum of the pods' real requests (`NodeInfo.Requested`). */
  readonly requested: Resource;
  /** Sum with the 100m / 200Mi stand-ins for missing cpu/memory (`NodeInfo.NonZeroRequested`). */
  readonly nonZeroMilliCPU: number;
  readonly nonZeroMemory: number;
  readonly usedPorts: readonly HostPort[];
}

/**
 * Note: the scheduler's pod informer lists only pods whose phase is neither Succeeded nor
 * Failed (`newPodInformer` in pkg/scheduler/scheduler.go), and the kubelet admits against its
 * active pods, so finished pods free their requests for both.
 */
export function isTerminal(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/**
 * Note: a Node without `status.allocatable` is defaulted to its capacity by the API server
 * (`SetDefaults_NodeStatus` in pkg/apis/core/v1/defaults.go).
 */
export function nodeAllocatable(node: Node): Resource {
  const list = node.status?.allocatable ?? node.status?.capacity;
  return toResource(toResourceList(list, `node/${node.metadata.name ?? ''}: status.allocatable`));
}

export function nodeState(node: Node, boundPods: readonly Pod[]): NodeState {
  const pods = boundPods.filter((p) => !isTerminal(p));
  let requested = EMPTY_RESOURCE;
  let nonZeroMilliCPU = 0;
  let nonZeroMemory = 0;
  const usedPorts: HostPort[] = [];
  for (const pod of pods) {
    const r = podResource(pod);
    requested = sumResources(requested, r.requested);
    nonZeroMilliCPU += r.nonZeroMilliCPU;
    nonZeroMemory += r.nonZeroMemory;
    usedPorts.push(...hostPortsOf(pod));
  }
  return {
    node, name: node.metadata.name ?? '', pods, allocatable: nodeAllocatable(node),
    requested, nonZeroMilliCPU, nonZeroMemory, usedPorts,
  };
}

/** The same node without some of its pods (preemption tries nodes minus their victims). */
export function withoutPods(state: NodeState, removed: readonly Pod[]): NodeState {
  return nodeState(state.node, state.pods.filter((p) => !removed.includes(p)));
}
