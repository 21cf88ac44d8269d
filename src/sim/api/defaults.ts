// What the API server adds to an object on create, before it is stored: the v1 / apps/v1
// defaulters, the create strategies (status reset, namespace label, Secret stringData) and, for
// Pods, the mutating admission plugins and name generation. The result is what
// `kubectl get -o yaml` shows, before any controller or kubelet writes status.
import type { RngState } from '../rng.js';
import {
  admitDefaultTolerations, admitServiceAccount, generateName, resolvePriority, type AdmissionContext,
} from './admission.js';
import { canonicalResourceList, defaultPodSpec } from './defaults-pod.js';
import { encodeBase64 } from './base64.js';
import { kindInfoOf } from './kinds.js';
import type {
  ConfigMap, Deployment, KubeObject, Namespace, Node, ObjectMeta, Pod, PodTemplateSpec, ReplicaSet, Secret, Service,
} from './types.js';
import { assertNever } from '../../util/assert-never.js';
import { sharedShape } from '../own-props.js';

/** Defaulting inputs: the request's namespace plus what admission needs. */
export interface DefaultsContext extends AdmissionContext {
  /** The namespace kubectl sends to when the object names none (default `default`). */
  readonly namespace?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A pod template; a missing one is Go's zero value, which the defaulters fill like any other. */
function template(t: PodTemplateSpec | undefined): PodTemplateSpec {
  return { ...(t ?? {}), spec: defaultPodSpec(t?.spec ?? { containers: [] }, { isPod: false }) };
}

function defaultService(svc: Service): Service {
  const spec = svc.spec ?? {};
  const type = spec.type ?? 'ClusterIP';
  const out: Mutable<NonNullable<Service['spec']>> = {
    ...spec,
    type,
    sessionAffinity: spec.sessionAffinity ?? 'None',
  };
  if (spec.ports) out.ports = spec.ports.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP', targetPort: p.targetPort || p.port }));
  const external = type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && (spec.externalIPs ?? []).length > 0);
  if (external && !spec.externalTrafficPolicy) out.externalTrafficPolicy = 'Cluster';
  if (type !== 'ExternalName') {
    out.internalTrafficPolicy = spec.internalTrafficPolicy ?? 'Cluster';
    // Note: the Service REST storage picks the cluster's single IP family.
    out.ipFamilies = spec.ipFamilies ?? ['IPv4'];
    out.ipFamilyPolicy = spec.ipFamilyPolicy ?? 'SingleStack';
  }
  if (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) out.allocateLoadBalancerNodePorts = true;
  return { ...svc, spec: out, status: { loadBalancer: {} } };
}

function defaultSecret(secret: Secret): Secret {
  const { stringData, ...rest } = secret;
  const data = { ...(secret.data ?? {}) };
  // Note: conversion merges stringData into data, stringData winning (Convert_v1_Secret_To_core_Secret).
  for (const [k, v] of Object.entries(stringData ?? {})) data[k] = encodeBase64(v);
  return { ...rest, ...(Object.keys(data).length > 0 ? { data } : {}), type: secret.type || 'Opaque' };
}

function defaultNode(node: Node): Node {
  const status = node.status ?? {};
  const capacity = canonicalResourceList(status.capacity);
  // Note: SetDefaults_NodeStatus: allocatable defaults to capacity.
  const allocatable = canonicalResourceList(status.allocatable) ?? capacity;
  return { ...node, status: { ...status, ...(capacity ? { capacity } : {}), ...(allocatable ? { allocatable } : {}) } };
}

function defaultDeployment(d: Deployment): Deployment {
  const spec = d.spec ?? ({} as Deployment['spec']);
  const strategyType = spec.strategy?.type ?? 'RollingUpdate';
  const strategy = strategyType === 'RollingUpdate'
    ? { ...spec.strategy, type: strategyType, rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%', ...(spec.strategy?.rollingUpdate ?? {}) } }
    : { ...spec.strategy, type: strategyType };
  return {
    ...d,
    spec: {
      ...spec,
      replicas: spec.replicas ?? 1,
      strategy,
      revisionHistoryLimit: spec.revisionHistoryLimit ?? 10,
      progressDeadlineSeconds: spec.progressDeadlineSeconds ?? 600,
      template: template(spec.template),
    },
  };
}

/**
 * The defaulters alone (no randomness): fills `metadata.namespace`, applies the v1 / apps/v1
 * defaults, stores every quantity in canonical form and drops status the create strategy resets.
 */
export function defaultObject(object: KubeObject, ctx: DefaultsContext = {}): KubeObject {
  const meta: Mutable<ObjectMeta> = sharedShape(object.metadata ?? {});
  // Note: cluster-scoped objects lose a namespace they were given (rest.BeforeCreate).
  if (kindInfoOf(object).namespaced) meta.namespace = meta.namespace || ctx.namespace || 'default';
  else delete meta.namespace;
  switch (object.kind) {
    case 'Pod': {
      const { status: _dropped, ...pod } = object;
      return { ...pod, metadata: meta, spec: defaultPodSpec(object.spec ?? { containers: [] }, { isPod: true }) } as Pod;
    }
    case 'Node': return defaultNode({ ...object, metadata: meta });
    case 'Namespace': return { ...object, metadata: meta, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } } as Namespace;
    case 'ConfigMap': return { ...object, metadata: meta } as ConfigMap;
    case 'Secret': return defaultSecret({ ...object, metadata: meta });
    case 'Service': return defaultService({ ...object, metadata: meta });
    case 'ReplicaSet': {
      const { status: _dropped, ...rs } = object;
      const spec = object.spec ?? ({} as ReplicaSet['spec']);
      return { ...rs, metadata: meta, spec: { ...spec, replicas: spec.replicas ?? 1, template: template(spec.template) } } as ReplicaSet;
    }
    case 'Deployment': {
      const { status: _dropped, ...d } = object;
      return defaultDeployment({ ...d, metadata: meta } as Deployment);
    }
    default: return assertNever(object);
  }
}

/** The Pod admission mutations: service account and its token volume, tolerations, priority. */
function admitPod(pod: Pod, rng: RngState, ctx: DefaultsContext): [Pod, RngState] {
  let [spec, next] = admitServiceAccount(pod.spec, rng, ctx.mountServiceAccountToken !== false);
  spec = admitDefaultTolerations(spec);
  const resolved = resolvePriority(pod, ctx);
  if ('priority' in resolved) spec = { ...spec, priority: resolved.priority, preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority' };
  // Note: the v1 conversion mirrors serviceAccountName into the deprecated serviceAccount.
  spec = { ...spec, serviceAccount: spec.serviceAccountName };
  return [{ ...pod, spec }, next];
}

/**
 * Everything the API server adds on create, in its order: defaults, admission (Pods), then
 * `generateName` (the Namespace label follows the final name). Draws from `rng` only for the
 * `kube-api-access-` suffix and a generated name; returns the advanced generator.
 */
export function applyDefaults(object: KubeObject, rng: RngState, ctx: DefaultsContext = {}): [KubeObject, RngState] {
  return admitDefaulted(defaultObject(object, ctx), rng, ctx);
}

/** `applyDefaults` after `defaultObject`: admission's changes and name generation. */
export function admitDefaulted(defaulted: KubeObject, rng: RngState, ctx: DefaultsContext = {}): [KubeObject, RngState] {
  let obj = defaulted;
  let next = rng;
  if (obj.kind === 'Pod') [obj, next] = admitPod(obj, next, ctx);
  const meta = obj.metadata ?? {};
  if (meta.generateName && !meta.name) {
    const [name, after] = generateName(meta.generateName, next);
    next = after;
    obj = { ...obj, metadata: { ...meta, name } } as KubeObject;
  }
  if (obj.kind === 'Namespace' && obj.metadata.name) {
    obj = { ...obj, metadata: { ...obj.metadata, labels: { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name } } };
  }
  return [obj, next];
}
