// A Deployment's status (pkg/controller/deployment/sync.go calculateStatus and the
// Available/Progressing conditions of util/deployment_util.go).
import type { Deployment, ReplicaSet } from '../api/types.js';
import type { SimState } from '../engine/state.js';
import { listObjects } from '../store/store.js';
import { stamp } from '../time.js';
import { fenceposts } from './deployment-rollout.js';

interface Condition {
  readonly type: string;
  readonly status: 'True' | 'False';
  readonly reason: string;
  readonly message: string;
  readonly lastUpdateTime: string;
  readonly lastTransitionTime: string;
}

function condition(prev: readonly Condition[], now: string, c: Omit<Condition, 'lastUpdateTime' | 'lastTransitionTime'>): Condition {
  const old = prev.find((x) => x.type === c.type);
  const same = old && old.status === c.status;
  const unchanged = same && old.reason === c.reason && old.message === c.message;
  return { ...c, lastUpdateTime: unchanged ? old.lastUpdateTime : now, lastTransitionTime: same ? old.lastTransitionTime : now };
}

export function deploymentStatus(state: SimState, d: Deployment, newRS: ReplicaSet): Record<string, unknown> {
  const ns = d.metadata.namespace ?? 'default';
  const owned = listObjects(state.store, 'ReplicaSet', ns).filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid));
  const sum = (f: (rs: ReplicaSet) => number | undefined) => owned.reduce((n, rs) => n + (f(rs) ?? 0), 0);
  const replicas = sum((rs) => rs.status?.replicas);
  const availableReplicas = sum((rs) => rs.status?.availableReplicas);
  const readyReplicas = sum((rs) => rs.status?.readyReplicas);
  const updatedReplicas = newRS.status?.replicas ?? 0;
  const want = d.spec.replicas ?? 1;
  const unavailable = Math.max(0, want - availableReplicas);
  const maxUnavailable = fenceposts(d).unavailable;
  const prev = ((d.status?.conditions as Condition[] | undefined) ?? []);
  const now = stamp(state.startEpochMs, state.now);
  const isAvailable = availableReplicas >= want - maxUnavailable;
  const done = updatedReplicas === want && availableReplicas === want && replicas === want;
  const rsName = newRS.metadata.name;
  const progressing = done
    ? { type: 'Progressing', status: 'True' as const, reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rsName}" has successfully progressed.` }
    : prev.some((c) => c.type === 'Progressing')
      ? { type: 'Progressing', status: 'True' as const, reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rsName}" is progressing.` }
      : { type: 'Progressing', status: 'True' as const, reason: 'NewReplicaSetCreated', message: `Created new replica set "${rsName}"` };
  const available = isAvailable
    ? { type: 'Available', status: 'True' as const, reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }
    : { type: 'Available', status: 'False' as const, reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' };
  return {
    observedGeneration: d.metadata.generation ?? 1,
    replicas,
    updatedReplicas,
    readyReplicas,
    availableReplicas,
    ...(unavailable > 0 ? { unavailableReplicas: unavailable } : {}),
    conditions: [condition(prev, now, available), condition(prev, now, progressing)],
  };
}
