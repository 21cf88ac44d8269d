// The default scheduler's loop around sim/scheduler: new pods are tried at once (podlab's 0 s),
// unschedulable ones wait until the cluster changes (a node added or changed, a pod removed or
// finished) and their backoff is over, or 5 minutes pass, as the scheduling queue's
// unschedulable pods do (sched-queue.ts). A bound pod goes to its kubelet.
import type { Pod } from '../api/types.js';
import { kubeletAdmit, type AdmitCycle } from '../kubelet/admit.js';
import {
  failedSchedulingEvent, isForDefaultScheduler, podPriority, podScheduledCondition, preemptedEvent,
  nodeStates, PREEMPTION_CONDITION, scheduleOnStates, scheduledEvent, withPod,
} from '../scheduler/index.js';
import { boundCopyResource } from '../scheduler/resource.js';
import { getObject, listObjects, putObject } from '../store/store.js';
import { stamp } from '../time.js';
import { assignOwn, defineOwn } from '../own-props.js';
import { emit } from './emit.js';
import { deletePod } from './deletion.js';
import { takeRow } from './pods.js';
import { failed, forget, moveToActiveOrBackoff, popped, queueAttempt } from './sched-queue.js';
import type { SimState } from './state.js';

/** A new pod without a node: try it now. */
export function podAdded(state: SimState, pod: Pod): void {
  if (pod.spec.nodeName) return;
  state.toSchedule.add(pod.metadata.uid ?? '');
  queueAttempt(state);
}

/** Something changed that may let unschedulable pods fit: move them to the active or backoff queue. */
export function clusterChanged(state: SimState): void {
  if (state.unschedulable.size === 0) return;
  for (const uid of [...state.unschedulable]) moveToActiveOrBackoff(state, uid);
}

function pendingPods(state: SimState): Pod[] {
  const out: Pod[] = [];
  for (const pod of listObjects(state.store, 'Pod')) {
    if (!state.toSchedule.has(pod.metadata.uid ?? '')) continue;
    if (pod.spec.nodeName || pod.metadata.deletionTimestamp != null || !isForDefaultScheduler(pod)) continue;
    out.push(pod);
  }
  // Note: PrioritySort: higher priority first, then the earlier-queued pod (store order).
  return out.sort((a, b) => podPriority(b) - podPriority(a));
}

function withCondition(state: SimState, pod: Pod, cond: { type: string; status: 'True' | 'False'; reason?: string; message?: string }): Pod['status'] {
  const old = pod.status?.conditions?.find((c) => c.type === cond.type);
  const since = old && old.status === cond.status ? old.lastTransitionTime : stamp(state.startEpochMs, state.now);
  const others = (pod.status?.conditions ?? []).filter((c) => c.type !== cond.type);
  // `{ ...cond, lastProbeTime, lastTransitionTime }` and `{ ...pod.status, phase, conditions }`,
  // copied key by key so that statuses share hidden classes (own-props.ts).
  const stamped = assignOwn({}, cond);
  defineOwn(stamped, 'lastProbeTime', null);
  defineOwn(stamped, 'lastTransitionTime', since);
  const status = assignOwn({}, pod.status ?? {});
  defineOwn(status, 'phase', pod.status?.phase ?? 'Pending');
  defineOwn(status, 'conditions', [...others, stamped]);
  return status as Pod['status'];
}

/** One scheduling cycle over every queued pod. */
export function runScheduler(state: SimState): void {
  state.scheduleQueued = false;
  const pods = pendingPods(state);
  state.toSchedule.clear();
  if (pods.length === 0) return;
  const nodes = listObjects(state.store, 'Node');
  const byNode = new Map<string, Pod[]>();
  for (const p of listObjects(state.store, 'Pod')) {
    if (!p.spec.nodeName) continue;
    const list = byNode.get(p.spec.nodeName);
    if (list) list.push(p);
    else byNode.set(p.spec.nodeName, [p]);
  }
  // The node states are built once per cycle; each binding updates its node's state, as the
  // scheduler cache assumes a pod on its node before the next one is tried.
  const states = nodeStates(nodes, byNode);
  const index = new Map(states.map((s, i) => [s.name, i]));
  // The kubelets' view of their nodes, kept through the cycle like the scheduler's.
  const cycle: AdmitCycle = new Map();
  for (const pod of pods) {
    const { rng, result } = scheduleOnStates(pod, states, state.rng);
    state.rng = rng;
    const uid = pod.metadata.uid ?? '';
    if (result.kind === 'scheduled') {
      const bound: Pod = { ...pod, spec: { ...pod.spec, nodeName: result.node } };
      const stored = putObject(state.store, { ...bound, status: withCondition(state, bound, { type: 'PodScheduled', status: 'True' }) });
      boundCopyResource(pod, stored);
      emit(state, scheduledEvent(stored, result.node));
      const i = index.get(result.node);
      if (i !== undefined) states[i] = withPod(states[i], stored);
      state.dirty.add(uid);
      // The binding is its own watch event before the kubelet's first status: a pod that was
      // SchedulingGated shows Pending once (for any other pod that row repeats the last one).
      if (pod.status?.conditions?.some((c) => c.reason === 'SchedulingGated')) takeRow(state, stored);
      kubeletAdmit(state, stored, cycle);
      forget(state, uid);
      continue;
    }
    const cond = podScheduledCondition(result);
    const status = withCondition(state, pod, { type: cond.type, status: cond.status as 'False', reason: cond.reason, message: cond.message });
    let updated: Pod = { ...pod, status };
    if (result.kind === 'unschedulable') {
      emit(state, failedSchedulingEvent(pod, result.message));
      // Queued back before any victim goes: a victim removed at once is a move request that
      // sends the pod to backoffQ (moveRequestCycle), not one it misses.
      popped(state, uid);
      failed(state, uid, [...new Set(result.failures.map((f) => f.plugin))]);
      if (result.preemption) {
        updated = { ...updated, status: { ...updated.status, nominatedNodeName: result.preemption.node } };
        // Deleting victims changes their nodes: the kubelets look again.
        cycle.clear();
        for (const victim of result.preemption.victims) {
          const v = getObject(state.store, 'Pod', victim.metadata.namespace, victim.metadata.name ?? '');
          if (!v) continue;
          emit(state, preemptedEvent(v, pod, result.preemption.node));
          putObject(state.store, { ...v, status: withCondition(state, v, PREEMPTION_CONDITION as never) });
          deletePod(state, v, undefined, false);
        }
      }
    }
    putObject(state.store, updated);
    state.dirty.add(uid);
  }
}
