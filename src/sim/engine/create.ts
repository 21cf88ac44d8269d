// Creating objects as the API server does after validation and defaulting: names from
// generateName, UIDs, creation timestamps, the admission plugins that touch pods
// (DefaultTolerationSeconds, ServiceAccount), cluster IPs; then whoever watches reacts.
import { assertNever } from '../../util/assert-never.js';
import type { ApiError } from '../api/api-error.js';
import type { KubeObject, Node, Pod, Toleration } from '../api/types.js';
import { SERVED_KINDS } from '../api/kinds.js';
import { kubeletAdmit } from '../kubelet/admit.js';
import { newNodeRuntime } from '../kubelet/node.js';
import { nextInt, nextUid } from '../rng.js';
import { HEALTHY_NODE_CONDITIONS, podScheduledCondition } from '../scheduler/index.js';
import { computeQOS } from '../status/qos.js';
import { getObject, isNamespaced, putObject } from '../store/store.js';
import { stamp } from '../time.js';
import type { CommandOutcome } from './commands-types.js';
import { schedule } from './emit.js';
import { queueController } from './owners.js';
import { clusterChanged, podAdded } from './scheduling.js';
import { withClusterIP } from './services.js';
import type { SimState } from './state.js';
import { assignOwn, sharedShape, sharedShapeDeep } from '../own-props.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `utilrand.String`'s alphabet: no vowels, no confusable digits. */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** `n` random characters as utilrand.String draws them (generateName, pod suffixes). */
export function randomSuffix(state: SimState, n = 5): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const [k, rng] = nextInt(state.rng, ALPHANUMS.length);
    state.rng = rng;
    out += ALPHANUMS[k];
  }
  return out;
}

/** `deployments.apps`: the resource as API errors name it (group-qualified outside the core group). */
export function groupResource(kind: KubeObject['kind']): string {
  const info = SERVED_KINDS.find((k) => k.kind === kind);
  if (!info) return kind.toLowerCase();
  const slash = info.apiVersion.indexOf('/');
  return slash < 0 ? info.resource : `${info.resource}.${info.apiVersion.slice(0, slash)}`;
}

export function refused(error: ApiError, message: string): CommandOutcome {
  return { ok: false, error, message };
}

/** The tolerations DefaultTolerationSeconds adds to every pod that has none for these taints. */
function withDefaultTolerations(pod: Pod): Pod {
  const tolerations: Toleration[] = [...(pod.spec.tolerations ?? [])];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const has = tolerations.some((t) => (t.key === key || (t.operator === 'Exists' && !t.key)) && (!t.effect || t.effect === 'NoExecute'));
    if (!has) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  }
  const spec = sharedShape(pod.spec) as Mutable<Pod['spec']>;
  spec.tolerations = tolerations;
  return { ...pod, spec };
}

/**
 * Note: pkg/registry/core/pod/strategy.go PrepareForCreate: the status starts as Pending with its
 * QoS class, and applySchedulingGatedCondition marks a gated pod at once, so its first row is
 * already SchedulingGated.
 */
function preparePod(pod: Pod, at: string): Pod {
  const withSA: Pod = { ...pod, spec: assignOwn({ serviceAccountName: 'default' }, pod.spec) as Pod['spec'] };
  const p = withDefaultTolerations(withSA);
  const gates = (p.spec.schedulingGates ?? []).map((g) => g.name);
  const conditions = gates.length > 0
    ? [{ ...podScheduledCondition({ kind: 'gated', gates }), lastProbeTime: null, lastTransitionTime: at }]
    : undefined;
  const status = conditions ? { phase: 'Pending', conditions, qosClass: computeQOS(p) } : { phase: 'Pending', qosClass: computeQOS(p) };
  const out = sharedShape(p) as Mutable<Pod>;
  out.status = status;
  return out;
}

function prepareNode(state: SimState, node: Node): Node {
  const conditions = node.status?.conditions ?? HEALTHY_NODE_CONDITIONS;
  const at = stamp(state.startEpochMs, state.now);
  return {
    ...node,
    status: {
      ...node.status,
      conditions: conditions.map((c) => ({ ...c, lastHeartbeatTime: at, lastTransitionTime: c.lastTransitionTime ?? at })),
    },
  };
}

/** Stores a new object (the caller checked it does not exist) and lets watchers react. */
export function createObject(state: SimState, input: KubeObject): CommandOutcome {
  const resource = groupResource(input.kind);
  const ns = isNamespaced(input.kind) ? input.metadata.namespace ?? 'default' : undefined;
  let name = input.metadata.name ?? '';
  if (!name && input.metadata.generateName) name = input.metadata.generateName + randomSuffix(state);
  if (ns !== undefined && !getObject(state.store, 'Namespace', undefined, ns)) {
    return refused({ reason: 'NotFound', resource: 'namespaces', name: ns }, `namespaces "${ns}" not found`);
  }
  if (getObject(state.store, input.kind, ns, name)) {
    return refused({ reason: 'AlreadyExists', resource, name }, `${resource} "${name}" already exists`);
  }
  const [uid, rng] = nextUid(state.rng);
  state.rng = rng;
  const workload = input.kind === 'ReplicaSet' || input.kind === 'Deployment';
  // `{ ...input.metadata, name, namespace?, uid, creationTimestamp, generation? }`, key by key.
  const metadata = sharedShape(input.metadata) as Mutable<KubeObject['metadata']> & { creationTimestamp: string };
  metadata.name = name;
  if (ns !== undefined) metadata.namespace = ns;
  metadata.uid = uid;
  metadata.creationTimestamp = stamp(state.startEpochMs, state.now);
  if (workload) (metadata as { generation?: number }).generation = 1;
  let obj = { ...input, metadata } as KubeObject;
  switch (obj.kind) {
    case 'Pod': obj = preparePod(obj, metadata.creationTimestamp); break;
    case 'Service': obj = withClusterIP(state, obj); break;
    case 'Node': obj = prepareNode(state, obj); break;
    case 'Namespace': case 'ConfigMap': case 'Secret': case 'ReplicaSet': case 'Deployment': break;
    default: assertNever(obj);
  }
  // Every part of a new object gets shared hidden classes (own-props.ts): the engine reads pod
  // specs, containers and probes at every step.
  const stored = putObject(state.store, sharedShapeDeep(obj));
  afterCreate(state, stored);
  return { ok: true, action: 'created', ref: { kind: stored.kind, name, ...(ns !== undefined ? { namespace: ns } : {}) } };
}

/** The `admit` timer: the pod's kubelet sees the pod bound to it by `spec.nodeName`. */
export function onBoundPodSeen(state: SimState, uid: string): void {
  const rec = state.records.get(uid);
  const pod = rec ? getObject(state.store, 'Pod', rec.namespace, rec.name) : undefined;
  if (!pod || pod.metadata.uid !== uid || !pod.spec.nodeName) return;
  kubeletAdmit(state, pod);
}

function afterCreate(state: SimState, obj: KubeObject): void {
  switch (obj.kind) {
    case 'Pod': {
      const uid = obj.metadata.uid ?? '';
      state.records.set(uid, { uid, name: obj.metadata.name ?? '', namespace: obj.metadata.namespace ?? 'default', createdAt: state.now, rows: [] });
      state.dirty.add(uid);
      // Note: the API server stores the pod (Pending) first; its kubelet admits or rejects it
      // from its watch afterwards (pkg/kubelet/kubelet.go HandlePodAdditions), never inside the
      // create call, so the Pending row and the admission events come from a timer.
      if (obj.spec.nodeName) schedule(state, state.now, { k: 'admit', uid });
      else podAdded(state, obj);
      return;
    }
    case 'Node': {
      const name = obj.metadata.name ?? '';
      const nr = newNodeRuntime(obj, state.nodes.size);
      // A node deleted and created again keeps the pod records still bound to its name.
      for (const uid of state.nodes.get(name)?.pods ?? []) nr.pods.add(uid);
      state.nodes.set(name, nr);
      clusterChanged(state);
      return;
    }
    case 'ReplicaSet':
    case 'Deployment':
      queueController(state, obj.kind, obj.metadata.namespace ?? 'default', obj.metadata.name ?? '');
      return;
    case 'Namespace': case 'ConfigMap': case 'Secret': case 'Service':
      return;
    default:
      assertNever(obj);
  }
}
