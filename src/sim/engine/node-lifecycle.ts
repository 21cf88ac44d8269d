// A node whose kubelet goes quiet (pkg/controller/nodelifecycle): after the node monitor grace
// period its conditions turn Unknown, its pods lose Ready, and the unreachable taints go on;
// the taint eviction controller then deletes pods whose toleration runs out (300 s by default).
import type { Millis, Node, NodeCondition, Pod, Taint } from '../api/types.js';
import { admitWaitingPods } from '../kubelet/admit.js';
import { requestSync } from '../kubelet/context.js';
import { startProbeWorkers } from '../kubelet/probes.js';
import { HEALTHY_NODE_CONDITIONS, noExecuteTaintEffect, TAINT_EVICTION_CONDITION, taintEvictionEvent } from '../scheduler/index.js';
import { getObject, listObjects, putObject } from '../store/store.js';
import { stamp } from '../time.js';
import { deletePod } from './deletion.js';
import { emit, schedule } from './emit.js';
import { clusterChanged } from './scheduling.js';
import type { SimState } from './state.js';

/** `--node-monitor-grace-period`: 50 s since v1.32 (kubernetes PR #126287; 40 s before). */
export const NODE_MONITOR_GRACE_MS: Millis = 50_000;
/** `--node-monitor-period`: how often the controller looks. */
export const NODE_MONITOR_PERIOD_MS: Millis = 5_000;
/** The kubelet renews its lease and posts status every 10 s. */
export const HEARTBEAT_MS: Millis = 10_000;

const UNREACHABLE = 'node.kubernetes.io/unreachable';

function nodeEvent(state: SimState, name: string, reason: string): void {
  emit(state, { type: 'Normal', reason, message: `Node ${name} status is now: ${reason}`, source: 'node-controller', object: `node/${name}`, namespace: '' });
}

function podsOn(state: SimState, node: string): Pod[] {
  return listObjects(state.store, 'Pod').filter((p) => p.spec.nodeName === node);
}

export function nodeDown(state: SimState, name: string): void {
  const nr = state.nodes.get(name)!;
  if (nr.downAt !== undefined) return;
  nr.downAt = state.now;
  nr.gen++;
  const lastBeat = Math.floor(state.now / HEARTBEAT_MS) * HEARTBEAT_MS;
  // The controller checks every 5 s and acts once the last heartbeat is older than the grace.
  const at = Math.floor((lastBeat + NODE_MONITOR_GRACE_MS) / NODE_MONITOR_PERIOD_MS) * NODE_MONITOR_PERIOD_MS + NODE_MONITOR_PERIOD_MS;
  schedule(state, at, { k: 'nodeMonitor', node: name, gen: nr.gen });
}

function setConditions(state: SimState, node: Node, conditions: readonly NodeCondition[], taints: readonly Taint[]): Node {
  return putObject(state.store, { ...node, spec: { ...node.spec, taints }, status: { ...node.status, conditions } });
}

/** The node lifecycle controller finds the node's heartbeat too old. */
export function onNodeMonitor(state: SimState, name: string, gen: number): void {
  const nr = state.nodes.get(name);
  const node = getObject(state.store, 'Node', undefined, name);
  if (!nr || !node || nr.gen !== gen || nr.downAt === undefined) return;
  const at = stamp(state.startEpochMs, state.now);
  const conditions = (node.status?.conditions ?? []).map((c) => ({
    ...c, status: 'Unknown' as const, reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: at,
  }));
  const taints = [...(node.spec?.taints ?? []).filter((t) => t.key !== UNREACHABLE),
    { key: UNREACHABLE, effect: 'NoSchedule' as const, timeAdded: at }, { key: UNREACHABLE, effect: 'NoExecute' as const, timeAdded: at }];
  const updated = setConditions(state, node, conditions, taints);
  nodeEvent(state, name, 'NodeNotReady');
  for (const pod of podsOn(state, name)) {
    const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
    if (ready && ready.status !== 'False') {
      const conds = pod.status!.conditions!.map((c) => (c.type === 'Ready' ? { ...c, status: 'False' as const, lastTransitionTime: at } : c));
      putObject(state.store, { ...pod, status: { ...pod.status, conditions: conds } });
      emit(state, { type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', source: 'node-controller', object: `pod/${pod.metadata.name}`, namespace: pod.metadata.namespace ?? 'default', uid: pod.metadata.uid });
      state.dirty.add(pod.metadata.uid ?? '');
    }
    planTaintEviction(state, pod, updated);
  }
}

/** The taint eviction controller's verdict for one pod on a NoExecute-tainted node. */
function planTaintEviction(state: SimState, pod: Pod, node: Node): void {
  const verdict = noExecuteTaintEffect(pod, node);
  const uid = pod.metadata.uid ?? '';
  const gen = (state.taintTimers.get(uid) ?? 0) + 1;
  state.taintTimers.set(uid, gen);
  if (verdict.evict === 'never') return;
  const delay = verdict.evict === 'now' ? 0 : verdict.seconds * 1000;
  schedule(state, state.now + delay, { k: 'taintEvict', uid, node: node.metadata.name ?? '', gen });
}

export function onTaintEvict(state: SimState, uid: string, nodeName: string, gen: number): void {
  if (state.taintTimers.get(uid) !== gen) return;
  const pod = listObjects(state.store, 'Pod').find((p) => p.metadata.uid === uid);
  if (!pod || pod.spec.nodeName !== nodeName || pod.metadata.deletionTimestamp != null) return;
  emit(state, taintEvictionEvent(pod));
  const at = stamp(state.startEpochMs, state.now);
  const conditions = [{ ...TAINT_EVICTION_CONDITION, lastProbeTime: null, lastTransitionTime: at }, ...(pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget')];
  const stored = putObject(state.store, { ...pod, status: { ...pod.status, conditions } });
  state.pods.get(uid)?.conditionSince.set('DisruptionTarget', { status: 'True', at: state.now });
  deletePod(state, stored, undefined, false);
}

export function nodeUp(state: SimState, name: string): void {
  const nr = state.nodes.get(name)!;
  if (nr.downAt === undefined) return;
  nr.downAt = undefined;
  nr.gen++;
  const node = getObject(state.store, 'Node', undefined, name);
  if (node) {
    const at = stamp(state.startEpochMs, state.now);
    const conditions = HEALTHY_NODE_CONDITIONS.map((c) => ({ ...c, lastHeartbeatTime: at, lastTransitionTime: at }));
    setConditions(state, node, conditions, (node.spec?.taints ?? []).filter((t) => t.key !== UNREACHABLE));
    nodeEvent(state, name, 'NodeReady');
  }
  for (const pr of state.pods.values()) {
    if (pr.node !== name) continue;
    state.taintTimers.set(pr.uid, (state.taintTimers.get(pr.uid) ?? 0) + 1);
    for (const rt of pr.containers) for (const slot of Object.values(rt.probes)) if (slot) slot.gen++;
    startProbeWorkers(state, pr.uid);
    requestSync(state, pr, state.now);
    state.dirty.add(pr.uid);
  }
  admitWaitingPods(state, name);
  clusterChanged(state);
}
