// PodSpec and the Pod, PodTemplateSpec schemas (k8s.io/api/core/v1/types.go).
import { container, ephemeralContainer, seLinuxOptions, seccompProfile, appArmorProfile, windowsOptions } from './schema-container.js';
import { labelSelector, localObjectReference, objectMeta, resourceList, resourceRequirements } from './schema-meta.js';
import {
  anything, bool, int32, int64, listOf, str, strPtr, stringList, stringMap, struct,
} from './schema-types.js';
import { volume } from './schema-volume.js';

const nodeSelectorRequirement = struct('NodeSelectorRequirement', {
  key: str(undefined, true),
  operator: str('v1.NodeSelectorOperator', true),
  values: stringList,
});

const nodeSelectorTerm = struct('NodeSelectorTerm', {
  matchExpressions: listOf(nodeSelectorRequirement),
  matchFields: listOf(nodeSelectorRequirement),
});

const podAffinityTerm = struct('PodAffinityTerm', {
  labelSelector,
  namespaces: stringList,
  topologyKey: str(undefined, true),
  namespaceSelector: labelSelector,
  matchLabelKeys: stringList,
  mismatchLabelKeys: stringList,
});

const weightedPodAffinityTerm = struct('WeightedPodAffinityTerm', {
  weight: int32(true),
  podAffinityTerm,
});

const podAffinityFields = {
  requiredDuringSchedulingIgnoredDuringExecution: listOf(podAffinityTerm),
  preferredDuringSchedulingIgnoredDuringExecution: listOf(weightedPodAffinityTerm),
};

const affinity = struct('Affinity', {
  nodeAffinity: struct('NodeAffinity', {
    requiredDuringSchedulingIgnoredDuringExecution: struct('NodeSelector', { nodeSelectorTerms: listOf(nodeSelectorTerm) }),
    preferredDuringSchedulingIgnoredDuringExecution: listOf(struct('PreferredSchedulingTerm', {
      weight: int32(true),
      preference: nodeSelectorTerm,
    })),
  }),
  podAffinity: struct('PodAffinity', podAffinityFields),
  podAntiAffinity: struct('PodAntiAffinity', podAffinityFields),
});

const toleration = struct('Toleration', {
  key: str(),
  operator: str('v1.TolerationOperator'),
  value: str(),
  effect: str('v1.TaintEffect'),
  tolerationSeconds: int64(true),
});

const podSecurityContext = struct('PodSecurityContext', {
  seLinuxOptions,
  windowsOptions,
  runAsUser: int64(true),
  runAsGroup: int64(true),
  runAsNonRoot: bool(true),
  supplementalGroups: listOf(int64(true), 'int64'),
  supplementalGroupsPolicy: strPtr('v1.SupplementalGroupsPolicy'),
  fsGroup: int64(true),
  sysctls: listOf(struct('Sysctl', { name: str(undefined, true), value: str(undefined, true) })),
  fsGroupChangePolicy: strPtr('v1.PodFSGroupChangePolicy'),
  seccompProfile,
  appArmorProfile,
  seLinuxChangePolicy: strPtr('v1.PodSELinuxChangePolicy'),
});

const topologySpreadConstraint = struct('TopologySpreadConstraint', {
  maxSkew: int32(true),
  topologyKey: str(undefined, true),
  whenUnsatisfiable: str('v1.UnsatisfiableConstraintAction', true),
  labelSelector,
  minDomains: int32(true),
  nodeAffinityPolicy: strPtr('v1.NodeInclusionPolicy'),
  nodeTaintsPolicy: strPtr('v1.NodeInclusionPolicy'),
  matchLabelKeys: stringList,
});

export const podSpec = struct('PodSpec', {
  volumes: listOf(volume),
  initContainers: listOf(container),
  containers: listOf(container),
  ephemeralContainers: listOf(ephemeralContainer),
  restartPolicy: str('v1.RestartPolicy'),
  terminationGracePeriodSeconds: int64(true),
  activeDeadlineSeconds: int64(true),
  dnsPolicy: str('v1.DNSPolicy'),
  nodeSelector: stringMap,
  serviceAccountName: str(),
  serviceAccount: str(),
  automountServiceAccountToken: bool(true),
  nodeName: str(),
  hostNetwork: bool(),
  hostPID: bool(),
  hostIPC: bool(),
  shareProcessNamespace: bool(true),
  securityContext: podSecurityContext,
  imagePullSecrets: listOf(localObjectReference),
  hostname: str(),
  subdomain: str(),
  affinity,
  schedulerName: str(),
  tolerations: listOf(toleration),
  hostAliases: listOf(struct('HostAlias', { ip: str(undefined, true), hostnames: stringList })),
  priorityClassName: str(),
  priority: int32(true),
  dnsConfig: struct('PodDNSConfig', {
    nameservers: stringList,
    searches: stringList,
    options: listOf(struct('PodDNSConfigOption', { name: str(), value: strPtr() })),
  }),
  readinessGates: listOf(struct('PodReadinessGate', { conditionType: str('v1.PodConditionType', true) })),
  runtimeClassName: strPtr(),
  enableServiceLinks: bool(true),
  preemptionPolicy: strPtr('v1.PreemptionPolicy'),
  overhead: resourceList,
  topologySpreadConstraints: listOf(topologySpreadConstraint),
  setHostnameAsFQDN: bool(true),
  os: struct('PodOS', { name: str('v1.OSName', true) }),
  hostUsers: bool(true),
  schedulingGates: listOf(struct('PodSchedulingGate', { name: str(undefined, true) })),
  resourceClaims: listOf(struct('PodResourceClaim', {
    name: str(undefined, true),
    resourceClaimName: strPtr(),
    resourceClaimTemplateName: strPtr(),
  })),
  resources: resourceRequirements,
  hostnameOverride: strPtr(),
});

export const pod = struct('Pod', {
  apiVersion: str(),
  kind: str(),
  metadata: objectMeta,
  spec: podSpec,
  status: anything,
});

export const podTemplateSpec = struct('PodTemplateSpec', { metadata: objectMeta, spec: podSpec });
