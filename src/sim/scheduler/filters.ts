// The default Filter plugins, in the default profile's order (pkg/scheduler/apis/config/v1/
// default_plugins.go), each with its upstream reason strings. A node stops at the first plugin
// that rejects it, so it is counted under that plugin's reasons only.
import type { Pod, Taint } from '../api/types.js';
import { portConflicts, hostPortsOf } from './host-ports.js';
import { matchesRequiredAffinity } from './node-affinity.js';
import type { NodeState } from './node-state.js';
import type { Resource } from './resource.js';
import { findUntoleratedTaint, taintKeyValue, tolerationsTolerateTaint } from './tolerations.js';
import type { FilterRejection, SchedulerWording } from './types.js';

/** Reason strings, verbatim from the plugins. */
export const REASON = {
  unschedulable: "node(s) were unschedulable",
  nodeName: "node(s) didn't match the requested node name",
  affinity: "node(s) didn't match Pod's node affinity/selector",
  ports: "node(s) didn't have free ports for the requested pod ports",
  tooManyPods: 'Too many pods',
  taintGeneric: 'node(s) had untolerated taint(s)',
} as const;

/** What every filter needs about the pod, computed once per attempt (PreFilter state). */
export interface CycleState {
  readonly pod: Pod;
  readonly request: Resource;
  readonly wording: SchedulerWording;
}

type Filter = (cycle: CycleState, node: NodeState) => FilterRejection | undefined;

const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

/** Note: a pod tolerating `node.kubernetes.io/unschedulable:NoSchedule` may use a cordoned node. */
const nodeUnschedulable: Filter = ({ pod }, { node }) => {
  if (!node.spec?.unschedulable || tolerationsTolerateTaint(pod.spec.tolerations, UNSCHEDULABLE_TAINT)) return undefined;
  return { plugin: 'NodeUnschedulable', code: 'UnschedulableAndUnresolvable', reasons: [REASON.unschedulable] };
};

const nodeName: Filter = ({ pod }, { name }) => {
  if (!pod.spec.nodeName || pod.spec.nodeName === name) return undefined;
  return { plugin: 'NodeName', code: 'UnschedulableAndUnresolvable', reasons: [REASON.nodeName] };
};

/** Note: PreferNoSchedule taints never filter; they only lower the TaintToleration score. */
const taintToleration: Filter = ({ pod, wording }, { node }) => {
  const taint = findUntoleratedTaint(node.spec?.taints, pod.spec.tolerations,
    (t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
  if (!taint) return undefined;
  const reason = wording === 'v1.33' ? `node(s) had untolerated taint ${taintKeyValue(taint)}` : REASON.taintGeneric;
  return { plugin: 'TaintToleration', code: 'UnschedulableAndUnresolvable', reasons: [reason] };
};

const nodeAffinity: Filter = ({ pod }, { node }) => {
  if (matchesRequiredAffinity(pod, node)) return undefined;
  return { plugin: 'NodeAffinity', code: 'UnschedulableAndUnresolvable', reasons: [REASON.affinity] };
};

/** Note: Unschedulable, not Unresolvable: evicting the pod holding the port would free it. */
const nodePorts: Filter = ({ pod }, { usedPorts }) => {
  if (usedPorts.length === 0 || !hostPortsOf(pod).some((p) => portConflicts(p, usedPorts))) return undefined;
  return { plugin: 'NodePorts', code: 'Unschedulable', reasons: [REASON.ports] };
};

/** One shortfall found by `fitsRequest`, with the numbers the kubelet prints. */
export interface InsufficientResource {
  readonly resource: string;
  readonly reason: string;
  readonly requested: number;
  readonly used: number;
  readonly capacity: number;
  /** The request exceeds the node's whole allocatable: no eviction could make room. */
  readonly unresolvable: boolean;
}

/**
 * `fitsRequest` (pkg/scheduler/framework/plugins/noderesources/fit.go): pod count first, then
 * cpu, memory, ephemeral-storage and scalar resources (by name here; Go's map order is random).
 */
export function fitsRequest(request: Resource, node: NodeState): InsufficientResource[] {
  // Most nodes fit: answer those without building the list (the scheduler asks per pod and node).
  if (fitsEasily(request, node)) return [];
  const out: InsufficientResource[] = [];
  if (node.pods.length + 1 > node.allocatable.allowedPods) {
    out.push({ resource: 'pods', reason: REASON.tooManyPods, requested: 1, used: node.pods.length,
      capacity: node.allocatable.allowedPods, unresolvable: false });
  }
  const check = (resource: string, want: number, used: number, capacity: number) => {
    if (want > 0 && want > capacity - used) {
      out.push({ resource, reason: `Insufficient ${resource}`, requested: want, used, capacity, unresolvable: want > capacity });
    }
  };
  check('cpu', request.milliCPU, node.requested.milliCPU, node.allocatable.milliCPU);
  check('memory', request.memory, node.requested.memory, node.allocatable.memory);
  check('ephemeral-storage', request.ephemeralStorage, node.requested.ephemeralStorage, node.allocatable.ephemeralStorage);
  if (request.scalars.size === 0) return out;
  for (const name of [...request.scalars.keys()].sort()) {
    check(name, request.scalars.get(name) ?? 0, node.requested.scalars.get(name) ?? 0, node.allocatable.scalars.get(name) ?? 0);
  }
  return out;
}

const over = (want: number, used: number, capacity: number): boolean => want > 0 && want > capacity - used;

/** Whether no check of `fitsRequest` can fail (the same comparisons, without the details). */
function fitsEasily(request: Resource, node: NodeState): boolean {
  if (node.pods.length + 1 > node.allocatable.allowedPods || request.scalars.size > 0) return false;
  return !over(request.milliCPU, node.requested.milliCPU, node.allocatable.milliCPU)
    && !over(request.memory, node.requested.memory, node.allocatable.memory)
    && !over(request.ephemeralStorage, node.requested.ephemeralStorage, node.allocatable.ephemeralStorage);
}

const nodeResourcesFit: Filter = ({ request }, node) => {
  const short = fitsRequest(request, node);
  if (short.length === 0) return undefined;
  return {
    plugin: 'NodeResourcesFit',
    code: short.some((s) => s.unresolvable) ? 'UnschedulableAndUnresolvable' : 'Unschedulable',
    reasons: short.map((s) => s.reason),
  };
};

const FILTERS: readonly Filter[] = [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit];

/** Runs the filters in order and returns the first rejection, if any. */
export function runFilters(cycle: CycleState, node: NodeState): FilterRejection | undefined {
  for (const f of FILTERS) {
    const r = f(cycle, node);
    if (r) return r;
  }
  return undefined;
}
