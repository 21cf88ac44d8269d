// The ReplicaSet controller (pkg/controller/replicaset/replica_set.go): count the active pods it
// owns (adopting matching orphans), create `<rs>-<5 chars>` pods when short, delete the most
// deletable ones when over, and keep status.replicas / readyReplicas / availableReplicas.
import { admitObject } from '../api/create.js';
import type { Pod, ReplicaSet } from '../api/types.js';
import { createObject, randomSuffix } from '../engine/create.js';
import { deletePod } from '../engine/deletion.js';
import { emit } from '../engine/emit.js';
import { notifyOwner } from '../engine/owners.js';
import type { SimState } from '../engine/state.js';
import { labelSelectorMatches } from '../store/labels.js';
import { listObjects, putObject } from '../store/store.js';
import { rankForDeletion } from './pod-ranking.js';
import type { Controller } from './types.js';

const isActive = (p: Pod): boolean =>
  p.metadata.deletionTimestamp == null && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const isReady = (p: Pod): boolean => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

function rsEvent(state: SimState, rs: ReplicaSet, reason: string, message: string): void {
  emit(state, { type: 'Normal', reason, message, source: 'replicaset-controller', object: `replicaset/${rs.metadata.name}`, namespace: rs.metadata.namespace ?? 'default', uid: rs.metadata.uid });
}

/** Pods this ReplicaSet controls; orphans matching its selector are adopted. */
function claimPods(state: SimState, rs: ReplicaSet): Pod[] {
  const out: Pod[] = [];
  for (const pod of listObjects(state.store, 'Pod', rs.metadata.namespace ?? 'default')) {
    const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
    if (owner) {
      if (owner.uid === rs.metadata.uid) out.push(pod);
      continue;
    }
    if (!isActive(pod) || !labelSelectorMatches(rs.spec.selector, pod.metadata.labels)) continue;
    const ownerReferences = [...(pod.metadata.ownerReferences ?? []), ownerRef(rs)];
    out.push(putObject(state.store, { ...pod, metadata: { ...pod.metadata, ownerReferences } }));
  }
  return out;
}

function ownerRef(rs: ReplicaSet) {
  return { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name ?? '', uid: rs.metadata.uid ?? '', controller: true, blockOwnerDeletion: true };
}

function createPod(state: SimState, rs: ReplicaSet): void {
  // A generated name that is taken is drawn again, as the API server's retry would.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreatePod(state, rs)) return;
  }
}

function tryCreatePod(state: SimState, rs: ReplicaSet): boolean {
  const template = rs.spec.template;
  const name = `${rs.metadata.name}-${randomSuffix(state)}`;
  const pod: Pod = {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
      name, generateName: `${rs.metadata.name}-`, namespace: rs.metadata.namespace ?? 'default',
      labels: template.metadata?.labels ?? {}, ownerReferences: [ownerRef(rs)],
    },
    spec: template.spec,
  };
  // The API server admits it like any pod (defaults, service account token volume, tolerations).
  const admitted = admitObject(pod, state.rng);
  if (!admitted.ok || !admitted.object) return true;
  state.rng = admitted.rng;
  const r = createObject(state, admitted.object);
  if (r.ok) rsEvent(state, rs, 'SuccessfulCreate', `Created pod: ${name}`);
  return r.ok;
}

function updateStatus(state: SimState, rs: ReplicaSet, pods: readonly Pod[]): void {
  const active = pods.filter(isActive);
  const ready = active.filter(isReady).length;
  const status = {
    replicas: active.length,
    fullyLabeledReplicas: active.filter((p) => labelSelectorMatches(rs.spec.selector, p.metadata.labels)).length,
    readyReplicas: ready,
    availableReplicas: ready,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  if (JSON.stringify(status) === JSON.stringify(rs.status ?? {})) return;
  const stored = putObject(state.store, { ...rs, status });
  notifyOwner(state, stored);
}

/**
 * Note: one sync creates or deletes at most this many pods (`BurstReplicas` in
 * pkg/controller/replicaset/replica_set.go); the rest wait for the next sync, which the pods'
 * own changes bring. It also bounds the work a huge `replicas` can ask of one step.
 */
const BURST_REPLICAS = 500;

export const replicaSetController: Controller<'ReplicaSet'> = {
  kind: 'ReplicaSet',
  sync(state, rs) {
    const pods = claimPods(state, rs);
    const active = pods.filter(isActive);
    const want = rs.spec.replicas ?? 1;
    const diff = active.length - want;
    if (diff < 0) {
      for (let i = 0; i < Math.min(-diff, BURST_REPLICAS); i++) createPod(state, rs);
    } else if (diff > 0) {
      const perNode = new Map<string, number>();
      for (const p of active) if (p.spec.nodeName) perNode.set(p.spec.nodeName, (perNode.get(p.spec.nodeName) ?? 0) + 1);
      const rank = new Map(active.map((p) => [p, p.spec.nodeName ? perNode.get(p.spec.nodeName) ?? 0 : 0]));
      for (const pod of rankForDeletion(active, rank, state.startEpochMs + state.now).slice(0, Math.min(diff, BURST_REPLICAS))) {
        deletePod(state, pod, undefined, false);
        rsEvent(state, rs, 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
      }
    }
    const now = listObjects(state.store, 'Pod', rs.metadata.namespace ?? 'default')
      .filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === rs.metadata.uid));
    updateStatus(state, rs, now);
  },
};
