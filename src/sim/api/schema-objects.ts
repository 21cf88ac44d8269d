// Schemas of the non-Pod kinds: Node, Namespace, ConfigMap, Secret, Service (core/v1) and
// ReplicaSet, Deployment (apps/v1), from k8s.io/api. Status subtrees a learner does not write
// are accepted as written.
import { labelSelector, objectMeta, resourceList } from './schema-meta.js';
import { podTemplateSpec } from './schema-pod.js';
import {
  anything, bool, bytes, int32, intOrString, listOf, mapOf, str, strPtr, stringList, stringMap, struct, time,
  type StructType,
} from './schema-types.js';

const typeMeta = { apiVersion: str(), kind: str() };

export const node = struct('Node', {
  ...typeMeta,
  metadata: objectMeta,
  spec: struct('NodeSpec', {
    podCIDR: str(),
    podCIDRs: stringList,
    providerID: str(),
    unschedulable: bool(),
    taints: listOf(struct('Taint', {
      key: str(undefined, true),
      value: str(),
      effect: str('v1.TaintEffect', true),
      timeAdded: time,
    })),
    configSource: anything,
    externalID: str(),
  }),
  status: struct('NodeStatus', {
    capacity: resourceList,
    allocatable: resourceList,
    phase: str('v1.NodePhase'),
    conditions: listOf(struct('NodeCondition', {
      type: str('v1.NodeConditionType', true),
      status: str('v1.ConditionStatus', true),
      lastHeartbeatTime: time,
      lastTransitionTime: time,
      reason: str(),
      message: str(),
    })),
    addresses: listOf(struct('NodeAddress', { type: str('v1.NodeAddressType', true), address: str(undefined, true) })),
    daemonEndpoints: anything,
    nodeInfo: anything,
    images: anything,
    volumesInUse: anything,
    volumesAttached: anything,
    config: anything,
    runtimeHandlers: anything,
    features: anything,
  }),
});

export const namespace = struct('Namespace', {
  ...typeMeta,
  metadata: objectMeta,
  spec: struct('NamespaceSpec', { finalizers: listOf(str('v1.FinalizerName', true)) }),
  status: struct('NamespaceStatus', { phase: str('v1.NamespacePhase'), conditions: anything }),
});

export const configMap = struct('ConfigMap', {
  ...typeMeta,
  metadata: objectMeta,
  immutable: bool(true),
  data: stringMap,
  binaryData: mapOf(bytes, 'map[string][]uint8'),
});

export const secret = struct('Secret', {
  ...typeMeta,
  metadata: objectMeta,
  immutable: bool(true),
  data: mapOf(bytes, 'map[string][]uint8'),
  stringData: stringMap,
  type: str('v1.SecretType'),
});

export const service = struct('Service', {
  ...typeMeta,
  metadata: objectMeta,
  spec: struct('ServiceSpec', {
    ports: listOf(struct('ServicePort', {
      name: str(),
      protocol: str('v1.Protocol'),
      appProtocol: strPtr(),
      port: int32(true),
      targetPort: intOrString(),
      nodePort: int32(),
    })),
    selector: stringMap,
    clusterIP: str(),
    clusterIPs: stringList,
    type: str('v1.ServiceType'),
    externalIPs: stringList,
    sessionAffinity: str('v1.ServiceAffinity'),
    loadBalancerIP: str(),
    loadBalancerSourceRanges: stringList,
    externalName: str(),
    externalTrafficPolicy: str('v1.ServiceExternalTrafficPolicy'),
    healthCheckNodePort: int32(),
    publishNotReadyAddresses: bool(),
    sessionAffinityConfig: anything,
    ipFamilies: listOf(str('v1.IPFamily', true)),
    ipFamilyPolicy: strPtr('v1.IPFamilyPolicy'),
    allocateLoadBalancerNodePorts: bool(true),
    loadBalancerClass: strPtr(),
    internalTrafficPolicy: strPtr('v1.ServiceInternalTrafficPolicy'),
    trafficDistribution: strPtr(),
  }),
  status: anything,
});

export const replicaSet = struct('ReplicaSet', {
  ...typeMeta,
  metadata: objectMeta,
  spec: struct('ReplicaSetSpec', {
    replicas: int32(true),
    minReadySeconds: int32(),
    selector: labelSelector,
    template: podTemplateSpec,
  }),
  status: anything,
});

export const deployment: StructType = struct('Deployment', {
  ...typeMeta,
  metadata: objectMeta,
  spec: struct('DeploymentSpec', {
    replicas: int32(true),
    selector: labelSelector,
    template: podTemplateSpec,
    strategy: struct('DeploymentStrategy', {
      type: str('v1.DeploymentStrategyType'),
      rollingUpdate: struct('RollingUpdateDeployment', {
        maxUnavailable: intOrString(true),
        maxSurge: intOrString(true),
      }),
    }),
    minReadySeconds: int32(),
    revisionHistoryLimit: int32(true),
    paused: bool(),
    progressDeadlineSeconds: int32(true),
  }),
  status: anything,
});
