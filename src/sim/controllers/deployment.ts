// The Deployment controller (pkg/controller/deployment): the ReplicaSet of the current template
// (`<deployment>-<pod-template-hash>`), scaling it, rolling from old ReplicaSets to the new one
// (RollingUpdate or Recreate), and the Deployment's status and conditions.
import { admitObject } from '../api/create.js';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../api/types.js';
import { createObject } from '../engine/create.js';
import { emit } from '../engine/emit.js';
import { queueController } from '../engine/owners.js';
import type { SimState } from '../engine/state.js';
import { listObjects, putObject } from '../store/store.js';
import { newReplicaTarget, oldReplicaTargets } from './deployment-rollout.js';
import { deploymentStatus } from './deployment-status.js';
import { computeHash, stableJson } from './pod-template-hash.js';
import type { Controller } from './types.js';

const HASH = 'pod-template-hash';
const REVISION = 'deployment.kubernetes.io/revision';

function withoutHash(t: PodTemplateSpec): string {
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels[HASH];
  return stableJson({ ...t, metadata: { ...t.metadata, labels } });
}

function scaleEvent(state: SimState, d: Deployment, rs: ReplicaSet, from: number, to: number): void {
  const dir = to > from ? 'up' : 'down';
  emit(state, {
    type: 'Normal', reason: 'ScalingReplicaSet', source: 'deployment-controller',
    message: `Scaled ${dir} replica set ${rs.metadata.name} from ${from} to ${to}`,
    object: `deployment/${d.metadata.name}`, namespace: d.metadata.namespace ?? 'default', uid: d.metadata.uid,
  });
}

function scale(state: SimState, d: Deployment, rs: ReplicaSet, to: number): ReplicaSet {
  const from = rs.spec.replicas ?? 0;
  if (from === to) return rs;
  const replicas = d.spec.replicas ?? 1;
  const annotations = { ...rs.metadata.annotations, 'deployment.kubernetes.io/desired-replicas': String(replicas) };
  const stored = putObject(state.store, { ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...rs.spec, replicas: to } });
  scaleEvent(state, d, rs, from, to);
  // The ReplicaSet controller reacts to its own spec change at once.
  queueController(state, 'ReplicaSet', rs.metadata.namespace ?? 'default', rs.metadata.name ?? '');
  return stored;
}

function createNewRS(state: SimState, d: Deployment, olds: readonly ReplicaSet[], replicas: number): ReplicaSet | undefined {
  const hash = computeHash(d.spec.template);
  const name = `${d.metadata.name}-${hash}`;
  const revision = Math.max(0, ...olds.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0))) + 1;
  const labels = { ...(d.spec.template.metadata?.labels ?? {}), [HASH]: hash };
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      name, namespace: d.metadata.namespace ?? 'default', labels,
      annotations: {
        'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas ?? 1),
        'deployment.kubernetes.io/max-replicas': String((d.spec.replicas ?? 1) + 1),
        [REVISION]: String(revision),
      },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name ?? '', uid: d.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      replicas: 0,
      selector: { ...d.spec.selector, matchLabels: { ...(d.spec.selector.matchLabels ?? {}), [HASH]: hash } },
      template: { ...d.spec.template, metadata: { ...d.spec.template.metadata, labels } },
      ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
    },
  };
  const admitted = admitObject(rs, state.rng);
  if (!admitted.ok || !admitted.object) return undefined;
  state.rng = admitted.rng;
  const r = createObject(state, admitted.object);
  if (!r.ok) return undefined;
  const created = listObjects(state.store, 'ReplicaSet', rs.metadata.namespace).find((x) => x.metadata.name === name)!;
  return replicas > 0 ? scale(state, d, created, replicas) : created;
}

export const deploymentController: Controller<'Deployment'> = {
  kind: 'Deployment',
  sync(state, d) {
    const ns = d.metadata.namespace ?? 'default';
    const owned = listObjects(state.store, 'ReplicaSet', ns).filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid));
    const want = withoutHash(d.spec.template);
    let newRS = owned.find((rs) => withoutHash(rs.spec.template) === want);
    const olds = owned.filter((rs) => rs !== newRS);
    const replicas = d.spec.replicas ?? 1;
    const oldActive = olds.filter((rs) => (rs.spec.replicas ?? 0) > 0);
    if (!newRS) {
      const first = oldActive.length === 0 ? replicas : d.spec.strategy?.type === 'Recreate' ? 0 : newReplicaTarget(d, undefined, owned);
      newRS = createNewRS(state, d, olds, first);
      if (!newRS) return;
    }
    if (oldActive.length === 0) {
      newRS = scale(state, d, newRS, replicas);
    } else if (d.spec.strategy?.type === 'Recreate') {
      for (const rs of oldActive) scale(state, d, rs, 0);
      const oldPods = listObjects(state.store, 'Pod', ns).some((p) => olds.some((rs) => p.metadata.ownerReferences?.some((o) => o.uid === rs.metadata.uid)));
      if (!oldPods) newRS = scale(state, d, newRS, replicas);
    } else {
      newRS = scale(state, d, newRS, newReplicaTarget(d, newRS, [newRS, ...olds]));
      const sorted = [...oldActive].sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''));
      for (const [rs, n] of oldReplicaTargets(d, newRS, sorted)) scale(state, d, rs, n);
    }
    const status = deploymentStatus(state, d, newRS);
    if (JSON.stringify(status) !== JSON.stringify(d.status ?? {})) putObject(state.store, { ...d, status });
  },
};
