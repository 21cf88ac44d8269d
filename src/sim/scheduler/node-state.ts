// What the scheduler knows about one node (`framework.NodeInfo`): its object, the pods bound to
// it, and the sums it keeps of their requests and host ports.
import type { Node, Pod } from '../api/types.js';
import { hostPortsOf, type HostPort } from './host-ports.js';
import { toResourceList } from './requests.js';
import { podResource, sumResources, toResource, type Resource } from './resource.js';

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
  const hit = list ? ALLOCATABLE_MEMO.get(list) : undefined;
  if (hit) return hit;
  const r = toResource(toResourceList(list, `node/${node.metadata.name ?? ''}: status.allocatable`));
  if (list) ALLOCATABLE_MEMO.set(list, r);
  return r;
}

/** `nodeAllocatable` by list object (stored objects are never changed in place; see RESOURCE_MEMO). */
const ALLOCATABLE_MEMO = new WeakMap<object, Resource>();

export function nodeState(node: Node, boundPods: readonly Pod[]): NodeState {
  const pods = boundPods.filter((p) => !isTerminal(p));
  // Sums kept in plain numbers (one Map for scalar resources, made only when a pod has one).
  let milliCPU = 0; let memory = 0; let ephemeralStorage = 0; let allowedPods = 0;
  let scalars: Map<string, number> | undefined;
  let nonZeroMilliCPU = 0;
  let nonZeroMemory = 0;
  const usedPorts: HostPort[] = [];
  for (const pod of pods) {
    const r = podResource(pod);
    const q = r.requested;
    milliCPU += q.milliCPU; memory += q.memory; ephemeralStorage += q.ephemeralStorage; allowedPods += q.allowedPods;
    if (q.scalars.size > 0) {
      scalars ??= new Map();
      for (const [name, v] of q.scalars) scalars.set(name, (scalars.get(name) ?? 0) + v);
    }
    nonZeroMilliCPU += r.nonZeroMilliCPU;
    nonZeroMemory += r.nonZeroMemory;
    const ports = hostPortsOf(pod);
    if (ports.length > 0) usedPorts.push(...ports);
  }
  const requested: Resource = { milliCPU, memory, ephemeralStorage, allowedPods, scalars: scalars ?? new Map() };
  return {
    node, name: node.metadata.name ?? '', pods, allocatable: nodeAllocatable(node),
    requested, nonZeroMilliCPU, nonZeroMemory, usedPorts,
  };
}

/**
 * The node with one more pod bound, as `nodeState(node, [...pods, pod])` would give it: the
 * scheduler updates the one node it just bound a pod to instead of rebuilding every node.
 */
export function withPod(state: NodeState, pod: Pod): NodeState {
  if (isTerminal(pod)) return state;
  const r = podResource(pod);
  const ports = hostPortsOf(pod);
  return {
    ...state,
    pods: [...state.pods, pod],
    requested: sumResources(state.requested, r.requested),
    nonZeroMilliCPU: state.nonZeroMilliCPU + r.nonZeroMilliCPU,
    nonZeroMemory: state.nonZeroMemory + r.nonZeroMemory,
    usedPorts: ports.length > 0 ? [...state.usedPorts, ...ports] : state.usedPorts,
  };
}

/** The same node without some of its pods (preemption tries nodes minus their victims). */
export function withoutPods(state: NodeState, removed: readonly Pod[]): NodeState {
  return nodeState(state.node, state.pods.filter((p) => !removed.includes(p)));
}
