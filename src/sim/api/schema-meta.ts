// Schemas shared by every kind: ObjectMeta, label selectors, small references
// (k8s.io/apimachinery/pkg/apis/meta/v1/types.go, k8s.io/api/core/v1/types.go).
import {
  anything, bool, int32, int64, listOf, mapOf, quantity, str, strPtr, stringList, stringMap, struct, time,
} from './schema-types.js';

export const ownerReference = struct('OwnerReference', {
  apiVersion: str(undefined, true),
  kind: str(undefined, true),
  name: str(undefined, true),
  uid: str('types.UID', true),
  controller: bool(true),
  blockOwnerDeletion: bool(true),
});

export const objectMeta = struct('ObjectMeta', {
  name: str(),
  generateName: str(),
  namespace: str(),
  selfLink: str(),
  uid: str('types.UID'),
  resourceVersion: str(),
  generation: int64(),
  creationTimestamp: time,
  deletionTimestamp: time,
  deletionGracePeriodSeconds: int64(true),
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: listOf(ownerReference),
  finalizers: stringList,
  managedFields: listOf(anything, 'v1.ManagedFieldsEntry'),
});

export const labelSelectorRequirement = struct('LabelSelectorRequirement', {
  key: str(undefined, true),
  operator: str('v1.LabelSelectorOperator', true),
  values: stringList,
});

export const labelSelector = struct('LabelSelector', {
  matchLabels: stringMap,
  matchExpressions: listOf(labelSelectorRequirement),
});

export const localObjectReference = struct('LocalObjectReference', { name: str() });

export const objectFieldSelector = struct('ObjectFieldSelector', {
  apiVersion: str(),
  fieldPath: str(undefined, true),
});

export const resourceFieldSelector = struct('ResourceFieldSelector', {
  containerName: str(),
  resource: str(undefined, true),
  divisor: quantity,
});

export const resourceList = mapOf(quantity, 'v1.ResourceList');

export const resourceRequirements = struct('ResourceRequirements', {
  limits: resourceList,
  requests: resourceList,
  claims: listOf(struct('ResourceClaim', { name: str(undefined, true), request: str() })),
});

export const keyToPath = struct('KeyToPath', {
  key: str(undefined, true),
  path: str(undefined, true),
  mode: int32(true),
});

export const typedLocalObjectReference = struct('TypedLocalObjectReference', {
  apiGroup: strPtr(),
  kind: str(undefined, true),
  name: str(undefined, true),
});
