// Updating stored objects (apply, replace, label, set image, scale ...): the API server's update
// rules (a pod's spec is immutable except images and a few fields) and the watchers' reactions
// (the kubelet restarts a container whose image changed, controllers reconcile).
import type { Container, KubeObject, Node, ObjectMeta, Pod } from '../api/types.js';
import { requestSync } from '../kubelet/context.js';
import { putObject } from '../store/store.js';
import type { CommandOutcome } from './commands-types.js';
import { refused } from './create.js';
import { queueController } from './owners.js';
import { podUpdated } from './sched-queue.js';
import { clusterChanged, podAdded } from './scheduling.js';
import type { SimState } from './state.js';
import { withLiveTokenVolume } from './token-volume.js';

const POD_UPDATE_FORBIDDEN = 'pod updates may not change fields other than `spec.containers[*].image`,'
  + '`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),'
  + '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/**
 * Note: the node lifecycle controller keeps `node.kubernetes.io/unschedulable:NoSchedule` on a
 * node exactly while spec.unschedulable is true (pkg/controller/nodelifecycle, doNoScheduleTaintingPass).
 */
function withUnschedulableTaint(spec: Node['spec']): Node['spec'] {
  const others = (spec?.taints ?? []).filter((t) => !(t.key === 'node.kubernetes.io/unschedulable' && t.effect === 'NoSchedule'));
  const taints = spec?.unschedulable ? [...others, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' as const }] : others;
  const { taints: _, ...rest } = spec ?? {};
  return taints.length > 0 ? { ...rest, taints } : rest;
}

const stable = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) =>
  x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x);

/** The spec without the fields a pod update may change. */
function frozenPodSpec(pod: Pod): unknown {
  const strip = (c: Container) => ({ ...c, image: undefined });
  return { ...pod.spec, containers: pod.spec.containers.map(strip), initContainers: pod.spec.initContainers?.map(strip), activeDeadlineSeconds: undefined, tolerations: undefined, nodeName: undefined, schedulingGates: undefined };
}

/**
 * Note: pkg/apis/core/validation/validation.go validateOnlyDeletedSchedulingGates: an update
 * may remove scheduling gates, never add one.
 */
function addedGateCauses(current: Pod, next: Pod): { path: string; message: string }[] {
  const old = new Set((current.spec.schedulingGates ?? []).map((g) => g.name));
  return (next.spec.schedulingGates ?? []).flatMap((g, i) => (old.has(g.name) ? [] : [{
    path: `spec.schedulingGates[${i}].name`,
    message: `Forbidden: only deletion is allowed, but found new scheduling gate '${g.name}'`,
  }]));
}

/** The kubelet restarts containers whose image changed ("definition changed"). */
function restartChangedContainers(state: SimState, after: Pod): void {
  const pr = state.pods.get(after.metadata.uid ?? '');
  if (!pr) return;
  const specs = [...(after.spec.initContainers ?? []), ...after.spec.containers];
  pr.containers.forEach((rt, i) => {
    const next = specs[i];
    if (!next || next.image === rt.spec.image) return;
    rt.spec = next;
    if (rt.current && !rt.current.exit) {
      rt.killFor = { message: `Container ${rt.name} definition changed, will be restarted`, gracePeriodMs: (after.spec.terminationGracePeriodSeconds ?? 30) * 1000 };
    }
  });
  requestSync(state, pr, state.now);
}

/** Writes `next` over `current` (same kind and name), checking what may change. */
export function updateObject(state: SimState, current: KubeObject, next: KubeObject): CommandOutcome {
  const name = current.metadata.name ?? '';
  const meta: ObjectMeta = {
    ...next.metadata,
    uid: current.metadata.uid,
    creationTimestamp: current.metadata.creationTimestamp,
    ...(current.metadata.namespace !== undefined ? { namespace: current.metadata.namespace } : {}),
    ...(current.metadata.deletionTimestamp ? { deletionTimestamp: current.metadata.deletionTimestamp, deletionGracePeriodSeconds: current.metadata.deletionGracePeriodSeconds } : {}),
    ...(current.metadata.ownerReferences && !next.metadata.ownerReferences ? { ownerReferences: current.metadata.ownerReferences } : {}),
  };
  if (current.kind === 'Pod' && next.kind === 'Pod') {
    const merged: Pod = withLiveTokenVolume(current, { ...next, spec: { ...next.spec, nodeName: current.spec.nodeName, tolerations: next.spec.tolerations ?? current.spec.tolerations, serviceAccountName: next.spec.serviceAccountName ?? current.spec.serviceAccountName } });
    const causes = addedGateCauses(current, merged);
    if (stable(frozenPodSpec(current)) !== stable(frozenPodSpec(merged))) causes.push({ path: 'spec', message: `Forbidden: ${POD_UPDATE_FORBIDDEN}` });
    if (causes.length > 0) {
      const text = causes.map((c) => `${c.path}: ${c.message}`);
      const detail = text.length === 1 ? text[0] : `[${text.join(', ')}]`;
      return refused({ reason: 'Invalid', kind: 'Pod', name, causes }, `Pod "${name}" is invalid: ${detail}`);
    }
    const specChanged = stable(current.spec) !== stable(merged.spec);
    const metaChanged = stable(current.metadata.labels) !== stable(meta.labels) || stable(current.metadata.annotations) !== stable(meta.annotations);
    if (!specChanged && !metaChanged) return { ok: true, action: 'unchanged' };
    const stored = putObject(state.store, { ...merged, metadata: meta, status: current.status });
    if (specChanged) restartChangedContainers(state, stored);
    // The last gate removed: the scheduler's queue lets the pod in (PreEnqueue passes now).
    const ungated = (current.spec.schedulingGates ?? []).length > 0 && (stored.spec.schedulingGates ?? []).length === 0;
    if (ungated) podAdded(state, stored);
    else if (!stored.spec.nodeName) podUpdated(state, stored.metadata.uid ?? '', stable(current.spec.tolerations) !== stable(stored.spec.tolerations));
    state.dirty.add(stored.metadata.uid ?? '');
    return { ok: true, action: 'configured' };
  }
  const body = (o: KubeObject) => stable({ ...o, metadata: { labels: o.metadata.labels, annotations: o.metadata.annotations }, status: undefined });
  if (body(current) === body({ ...next, metadata: meta } as KubeObject)) return { ok: true, action: 'unchanged' };
  let obj = { ...next, metadata: meta } as KubeObject;
  if (obj.kind === 'ReplicaSet' || obj.kind === 'Deployment') {
    const specChanged = stable((current as typeof obj).spec) !== stable(obj.spec);
    const generation = (current.metadata.generation ?? 1) + (specChanged ? 1 : 0);
    obj = { ...obj, metadata: { ...obj.metadata, generation }, status: (current as typeof obj).status } as KubeObject;
  }
  if (obj.kind === 'Service' && current.kind === 'Service') {
    obj = { ...obj, spec: { ...obj.spec, clusterIP: current.spec?.clusterIP, clusterIPs: current.spec?.clusterIPs } };
  }
  if (obj.kind === 'Node' && current.kind === 'Node') obj = { ...obj, status: current.status, spec: withUnschedulableTaint(obj.spec) };
  const stored = putObject(state.store, obj);
  if (stored.kind === 'ReplicaSet' || stored.kind === 'Deployment') {
    queueController(state, stored.kind, stored.metadata.namespace ?? 'default', name);
  }
  if (stored.kind === 'Node') clusterChanged(state);
  return { ok: true, action: 'configured' };
}
