// Which apiVersion/kind pairs the simulated API server serves, with their schema and scope, and
// which real kinds it knows of but does not simulate (so they are not called "unknown").
import { pod } from './schema-pod.js';
import { configMap, deployment, namespace, node, replicaSet, secret, service } from './schema-objects.js';
import type { StructType } from './schema-types.js';
import type { KubeObject } from './types.js';

/** What the API server knows about a kind it serves. */
export interface KindInfo {
  readonly apiVersion: string;
  readonly kind: KubeObject['kind'];
  /** Plural resource name, as in `pods "x" already exists`. */
  readonly resource: string;
  readonly namespaced: boolean;
  readonly schema: StructType;
}

export const SERVED_KINDS: readonly KindInfo[] = [
  { apiVersion: 'v1', kind: 'Pod', resource: 'pods', namespaced: true, schema: pod },
  { apiVersion: 'v1', kind: 'Node', resource: 'nodes', namespaced: false, schema: node },
  { apiVersion: 'v1', kind: 'Namespace', resource: 'namespaces', namespaced: false, schema: namespace },
  { apiVersion: 'v1', kind: 'ConfigMap', resource: 'configmaps', namespaced: true, schema: configMap },
  { apiVersion: 'v1', kind: 'Secret', resource: 'secrets', namespaced: true, schema: secret },
  { apiVersion: 'v1', kind: 'Service', resource: 'services', namespaced: true, schema: service },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet', resource: 'replicasets', namespaced: true, schema: replicaSet },
  { apiVersion: 'apps/v1', kind: 'Deployment', resource: 'deployments', namespaced: true, schema: deployment },
];

/** podlab's own documents: read by another module, never stored by the API server. */
export const FOREIGN_KINDS: readonly { readonly apiVersion: string; readonly kind: string }[] = [
  { apiVersion: 'podlab.dev/v1', kind: 'Scenario' },
];

/**
 * Real Kubernetes kinds (and the apiVersions that serve them) that podlab does not simulate yet.
 * A manifest of one of these is answered with a clear "not simulated", not "no matches for kind".
 */
export const UNSIMULATED_KINDS: Readonly<Record<string, readonly string[]>> = {
  ServiceAccount: ['v1'],
  PersistentVolumeClaim: ['v1'],
  PersistentVolume: ['v1'],
  ReplicationController: ['v1'],
  LimitRange: ['v1'],
  ResourceQuota: ['v1'],
  Endpoints: ['v1'],
  Event: ['v1', 'events.k8s.io/v1'],
  PodTemplate: ['v1'],
  DaemonSet: ['apps/v1'],
  StatefulSet: ['apps/v1'],
  ControllerRevision: ['apps/v1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1'],
  HorizontalPodAutoscaler: ['autoscaling/v1', 'autoscaling/v2'],
  Ingress: ['networking.k8s.io/v1'],
  IngressClass: ['networking.k8s.io/v1'],
  NetworkPolicy: ['networking.k8s.io/v1'],
  PodDisruptionBudget: ['policy/v1'],
  PriorityClass: ['scheduling.k8s.io/v1'],
  StorageClass: ['storage.k8s.io/v1'],
  Role: ['rbac.authorization.k8s.io/v1'],
  RoleBinding: ['rbac.authorization.k8s.io/v1'],
  ClusterRole: ['rbac.authorization.k8s.io/v1'],
  ClusterRoleBinding: ['rbac.authorization.k8s.io/v1'],
  CustomResourceDefinition: ['apiextensions.k8s.io/v1'],
  Lease: ['coordination.k8s.io/v1'],
  EndpointSlice: ['discovery.k8s.io/v1'],
  RuntimeClass: ['node.k8s.io/v1'],
};

export function servedKind(apiVersion: string, kind: string): KindInfo | undefined {
  return SERVED_KINDS.find((k) => k.apiVersion === apiVersion && k.kind === kind);
}

/** The served kind of a stored object (the union guarantees there is one). */
export function kindInfoOf(object: KubeObject): KindInfo {
  const info = servedKind(object.apiVersion, object.kind);
  if (!info) throw new Error(`not a served kind: ${object.apiVersion} ${object.kind}`);
  return info;
}

export function isForeignKind(apiVersion: string, kind: string): boolean {
  return FOREIGN_KINDS.some((k) => k.apiVersion === apiVersion && k.kind === kind);
}

export function isUnsimulatedKind(apiVersion: string, kind: string): boolean {
  return UNSIMULATED_KINDS[kind]?.includes(apiVersion) ?? false;
}
