// Writing pod status back to the store and keeping the `get pods -w` rows: a pod whose runtime
// changed is "dirty" and gets its status regenerated once, after the handler that changed it.
import type { Pod } from '../api/types.js';
import { jsonEqual } from '../json-equal.js';
import { generatePodStatus } from '../kubelet/pod-status.js';
import { podRowState } from '../status/print-pod.js';
import { getObject, putObject, removeObject } from '../store/store.js';
import type { PodRecord, SimState } from './state.js';
import { notifyOwner } from './owners.js';
import { clusterChanged } from './scheduling.js';

const isReadyPod = (p: Pod): boolean => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

function podByUid(state: SimState, rec: PodRecord): Pod | undefined {
  const pod = getObject(state.store, 'Pod', rec.namespace, rec.name);
  return pod && pod.metadata.uid === rec.uid ? pod : undefined;
}

/** Appends a watch row when READY, STATUS or the restart count differ from the last one. */
export function takeRow(state: SimState, pod: Pod): void {
  const rec = state.records.get(pod.metadata.uid ?? '');
  if (!rec) return;
  // READY, STATUS and the restart count are functions of the object alone (only AGE and the
  // "(2m ago)" after the count read the clock), so an object already printed gives no new row.
  if (state.printed.get(rec.uid) === pod) return;
  state.printed.set(rec.uid, pod);
  const row = podRowState(pod);
  const last = rec.rows[rec.rows.length - 1];
  if (last && last.ready === row.ready && last.status === row.status && last.restarts === row.restarts) return;
  rec.rows.push({ t: state.now, ready: row.ready, status: row.status, restarts: row.restarts });
}

/** Regenerates the status of one pod from its kubelet record (when its kubelet is up). */
export function refreshPod(state: SimState, uid: string): void {
  const rec = state.records.get(uid);
  if (!rec) return;
  let pod = podByUid(state, rec);
  if (!pod) return;
  const seen = state.printed.get(uid);
  const pr = state.pods.get(uid);
  const node = pr ? state.nodes.get(pr.node) : undefined;
  if (pr && node && node.downAt === undefined) {
    const status = generatePodStatus(pod, pr, node, state.now, state.startEpochMs);
    const before = pod.status;
    if (!jsonEqual(before, status)) {
      pod = putObject(state.store, { ...pod, status });
      const wasReady = before?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
      const isReady = status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
      if (wasReady !== isReady || before?.phase !== status.phase) notifyOwner(state, pod);
      // A finished pod no longer holds its requests: pods waiting for room may fit now.
      if (before?.phase !== status.phase && (status.phase === 'Succeeded' || status.phase === 'Failed')) clusterChanged(state);
    }
  } else if (seen && seen !== pod && (isReadyPod(seen) !== isReadyPod(pod) || seen.status?.phase !== pod.status?.phase)) {
    // Note: the ReplicaSet controller enqueues the owner on every pod update (updatePod in
    // pkg/controller/replicaset/replica_set.go) and recounts readyReplicas (calculateStatus,
    // replica_set_utils.go), so readiness changed by someone other than the kubelet counts
    // too: MarkPodsNotReady on a silent node (pkg/controller/util/node/controller_utils.go).
    notifyOwner(state, pod);
  }
  takeRow(state, pod);
}

/** Regenerates every dirty pod. Called after each handler and command. */
export function flushDirty(state: SimState): void {
  if (state.dirty.size === 0) return;
  const uids = [...state.dirty];
  state.dirty.clear();
  for (const uid of uids) refreshPod(state, uid);
}

/** The API object goes away (deletion finished, or forced). */
export function removePodObject(state: SimState, pod: Pod): void {
  const uid = pod.metadata.uid ?? '';
  if (state.dirty.has(uid)) {
    state.dirty.delete(uid);
    refreshPod(state, uid);
  }
  const current = getObject(state.store, 'Pod', pod.metadata.namespace, pod.metadata.name ?? '');
  if (!current || current.metadata.uid !== uid) return;
  removeObject(state.store, 'Pod', pod.metadata.namespace, pod.metadata.name ?? '');
  state.printed.delete(uid);
  const rec = state.records.get(uid);
  if (rec) rec.removedAt = state.now;
  notifyOwner(state, current);
  clusterChanged(state);
}
