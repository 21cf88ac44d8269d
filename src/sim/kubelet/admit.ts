// A pod reaches its node's kubelet: admission (predicateAdmitHandler), then the pod worker starts
// (HandlePodAdditions). A rejected pod ends Failed with the admission reason (kl.rejectPod).
import type { Pod } from '../api/types.js';
import { emit, schedule } from '../engine/emit.js';
import type { SimState } from '../engine/state.js';
import { admissionRejectedEvent, admit, rejectedPodStatus } from '../scheduler/index.js';
import { computeQOS } from '../status/qos.js';
import { getObject, listObjects, putObject } from '../store/store.js';
import { requestSync } from './context.js';
import { newPodRuntime } from './pod-runtime.js';
import { startProbeWorkers } from './probes.js';

/** Pods the kubelet on `node` runs now (admitted, not finished). */
export function activePodsOn(state: SimState, node: string): Pod[] {
  const out: Pod[] = [];
  for (const pr of state.pods.values()) {
    if (pr.node !== node || pr.terminalPhase) continue;
    const pod = getObject(state.store, 'Pod', pr.namespace, pr.name);
    if (pod && pod.metadata.uid === pr.uid) out.push(pod);
  }
  return out;
}

/**
 * The kubelet on the pod's node sees it for the first time. Nothing happens when the node
 * does not exist or its kubelet is down (the pod waits, as it would for a real kubelet).
 */
export function kubeletAdmit(state: SimState, pod: Pod): void {
  const nodeName = pod.spec.nodeName ?? '';
  const uid = pod.metadata.uid ?? '';
  const node = state.nodes.get(nodeName);
  const nodeObj = getObject(state.store, 'Node', undefined, nodeName);
  if (!node || !nodeObj || node.downAt !== undefined || state.pods.has(uid)) return;
  const result = admit(pod, nodeObj, activePodsOn(state, nodeName));
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
