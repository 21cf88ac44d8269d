// A pod reaches its node's kubelet: admission (predicateAdmitHandler), then the pod worker starts
// (HandlePodAdditions). A rejected pod ends Failed with the admission reason (kl.rejectPod).
import type { Node, Pod } from '../api/types.js';
import { emit, schedule } from '../engine/emit.js';
import type { SimState } from '../engine/state.js';
import {
  admissionRejectedEvent, admit, admitOn, nodeState, rejectedPodStatus, withPod, type NodeState,
} from '../scheduler/index.js';
import { computeQOS } from '../status/qos.js';
import { getObject, listObjects, putObject } from '../store/store.js';
import { podObject, requestSync } from './context.js';
import { newPodRuntime } from './pod-runtime.js';
import { startProbeWorkers } from './probes.js';

/** Pods the kubelet on `node` runs now (admitted, not finished). */
export function activePodsOn(state: SimState, node: string): Pod[] {
  const out: Pod[] = [];
  for (const uid of state.nodes.get(node)?.pods ?? []) {
    const pr = state.pods.get(uid);
    if (!pr || pr.node !== node || pr.terminalPhase) continue;
    const pod = podObject(state, pr);
    if (pod) out.push(pod);
  }
  return out;
}

/**
 * What the kubelets know of their nodes through one scheduling cycle, which binds many pods and
 * changes nothing else on the nodes: each node's active pods are listed once, then each pod
 * admitted is added, instead of listing every pod of the node again for each admission.
 */
export type AdmitCycle = Map<string, CycleEntry>;

interface CycleEntry {
  readonly node: Node;
  readonly pods: Pod[];
  /** `namespace/name` of `pods` (a pod is not counted against itself). */
  readonly keys: Set<string>;
  state: NodeState;
}

function cycleEntry(state: SimState, cycle: AdmitCycle, name: string, node: Node): CycleEntry {
  let e = cycle.get(name);
  if (!e) {
    const pods = activePodsOn(state, name);
    const keys = new Set(pods.map((p) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name ?? ''}`));
    e = { node, pods, keys, state: nodeState(node, pods) };
    cycle.set(name, e);
  }
  return e;
}

/**
 * The kubelet on the pod's node sees it for the first time. Nothing happens when the node
 * does not exist or its kubelet is down (the pod waits, as it would for a real kubelet).
 */
export function kubeletAdmit(state: SimState, pod: Pod, cycle?: AdmitCycle): void {
  const nodeName = pod.spec.nodeName ?? '';
  const uid = pod.metadata.uid ?? '';
  const node = state.nodes.get(nodeName);
  const nodeObj = getObject(state.store, 'Node', undefined, nodeName);
  if (!node || !nodeObj || node.downAt !== undefined || state.pods.has(uid)) return;
  const seen = cycle ? cycleEntry(state, cycle, nodeName, nodeObj) : undefined;
  const key = `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name ?? ''}`;
  const result = seen && !seen.keys.has(key) && seen.node === nodeObj
    ? admitOn(pod, nodeObj, seen.state)
    : admit(pod, nodeObj, seen?.pods ?? activePodsOn(state, nodeName));
  if (!result.ok) {
    emit(state, { ...admissionRejectedEvent(pod, result, nodeName) });
    const status = { ...pod.status, ...rejectedPodStatus(result), qosClass: computeQOS(pod) };
    putObject(state.store, { ...pod, status });
    state.dirty.add(uid);
    return;
  }
  const pr = newPodRuntime(pod, nodeName);
  pr.startTime = state.now;
  state.pods.set(uid, pr);
  node.pods.add(uid);
  if (seen) {
    seen.pods.push(pod);
    seen.keys.add(key);
    seen.state = withPod(seen.state, pod);
  }
  startProbeWorkers(state, uid);
  const deadline = pod.spec.activeDeadlineSeconds;
  if (deadline !== undefined) schedule(state, state.now + deadline * 1000, { k: 'deadline', uid });
  requestSync(state, pr, state.now);
  state.dirty.add(uid);
}

/** Admits the pods bound to `node` that its kubelet has not seen yet (after it comes back). */
export function admitWaitingPods(state: SimState, node: string): void {
  for (const pod of listObjects(state.store, 'Pod')) {
    if (pod.spec.nodeName === node && !state.pods.has(pod.metadata.uid ?? '') && pod.status?.phase !== 'Failed') kubeletAdmit(state, pod);
  }
}
