// Deleting objects as the API server does: graceful deletion of pods (deletionTimestamp +
// deletionGracePeriodSeconds, the kubelet finishes it), immediate deletion where
// CheckGracefulDelete allows it (unscheduled or finished pods, grace 0), and background
// cascading of workloads to what they own (the garbage collector).
import { assertNever } from '../../util/assert-never.js';
import type { KubeObject, Pod } from '../api/types.js';
import { forceRemovePod } from '../kubelet/force-remove.js';
import { requestSync } from '../kubelet/context.js';
import { listObjects, putObject, removeObject, type Kind } from '../store/store.js';
import { stamp } from '../time.js';
import { notifyOwner } from './owners.js';
import { removePodObject } from './pods.js';
import { forget } from './sched-queue.js';
import type { SimState } from './state.js';

/**
 * Deletes a pod. `gracePeriodSeconds` undefined uses the pod's own; 0 (kubectl's
 * `--grace-period=0 --force`) removes the object at once.
 */
export function deletePod(state: SimState, pod: Pod, gracePeriodSeconds: number | undefined, force: boolean): void {
  const uid = pod.metadata.uid ?? '';
  const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
  // Note: pkg/registry/core/pod/strategy.go CheckGracefulDelete: a pod never scheduled, or
  // already finished, is deleted at once.
  const grace = !pod.spec.nodeName || finished ? 0 : gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  if (grace === 0 || (force && gracePeriodSeconds === 0)) {
    removePodObject(state, pod);
    forceRemovePod(state, uid);
    state.toSchedule.delete(uid);
    state.unschedulable.delete(uid);
    forget(state, uid);
    return;
  }
  const existing = pod.metadata.deletionGracePeriodSeconds;
  if (existing !== undefined && existing <= grace) return;
  putObject(state.store, {
    ...pod,
    metadata: {
      ...pod.metadata,
      deletionTimestamp: stamp(state.startEpochMs, state.now + grace * 1000),
      deletionGracePeriodSeconds: grace,
    },
  });
  state.dirty.add(uid);
  notifyOwner(state, pod);
  const pr = state.pods.get(uid);
  if (pr) requestSync(state, pr, state.now);
}

/** Objects `owner` controls (its `controller: true` owner references point at it). */
function ownedBy(state: SimState, kind: Kind, owner: KubeObject): KubeObject[] {
  return listObjects(state.store, kind, owner.metadata.namespace ?? 'default')
    .filter((o) => o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid));
}

/** Deletes any object; workloads take what they own with them (background propagation). */
export function deleteObject(state: SimState, obj: KubeObject, gracePeriodSeconds: number | undefined, force: boolean): void {
  switch (obj.kind) {
    case 'Pod':
      deletePod(state, obj, gracePeriodSeconds, force);
      return;
    case 'Deployment':
      removeObject(state.store, obj.kind, obj.metadata.namespace, obj.metadata.name ?? '');
      for (const rs of ownedBy(state, 'ReplicaSet', obj)) deleteObject(state, rs, undefined, false);
      return;
    case 'ReplicaSet':
      removeObject(state.store, obj.kind, obj.metadata.namespace, obj.metadata.name ?? '');
      for (const pod of ownedBy(state, 'Pod', obj)) deletePod(state, pod as Pod, undefined, false);
      return;
    case 'Namespace': {
      const ns = obj.metadata.name ?? '';
      for (const kind of ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'ConfigMap', 'Secret'] as const) {
        for (const o of listObjects(state.store, kind, ns)) deleteObject(state, o, undefined, false);
      }
      removeObject(state.store, 'Namespace', undefined, ns);
      return;
    }
    case 'Service':
      state.clusterIPs.delete(`${obj.metadata.namespace ?? 'default'}/${obj.metadata.name}`);
      removeObject(state.store, obj.kind, obj.metadata.namespace, obj.metadata.name ?? '');
      return;
    case 'Node':
    case 'ConfigMap':
    case 'Secret':
      removeObject(state.store, obj.kind, obj.metadata.namespace, obj.metadata.name ?? '');
      return;
    default:
      assertNever(obj);
  }
}

