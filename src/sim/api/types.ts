// The v1 (and apps/v1) objects the simulator understands, in the JSON shape of
// `kubectl get -o json`: camelCase names, optional wherever the API may omit a field.
// status/types.ts holds the subset that status derivation reads; these types are a superset of it.

import type {
  ContainerStatus, ObjectMeta as StatusObjectMeta, PodCondition, PodStatus, ResourceRequirements,
} from '../status/types.js';

export type { ContainerStatus, PodCondition, PodStatus, ResourceRequirements };

/** `status` with the fields the kubelet writes beyond what status derivation reads. */
export interface PodStatusV1 extends PodStatus {
  /** `status.hostIPs[]` (dual-stack; the first is `hostIP`). */
  readonly hostIPs?: readonly { readonly ip: string }[];
}

/** Integer milliseconds since the start of a run: the simulator's only notion of time. */
export type Millis = number;

export interface OwnerReference {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
  readonly controller?: boolean;
  readonly blockOwnerDeletion?: boolean;
}

export interface ObjectMeta extends StatusObjectMeta {
  readonly generateName?: string;
  readonly resourceVersion?: string;
  readonly generation?: number;
  readonly deletionGracePeriodSeconds?: number;
  readonly ownerReferences?: readonly OwnerReference[];
  readonly finalizers?: readonly string[];
}

export interface EnvVarSource {
  readonly configMapKeyRef?: { readonly name: string; readonly key: string; readonly optional?: boolean };
  readonly secretKeyRef?: { readonly name: string; readonly key: string; readonly optional?: boolean };
  readonly fieldRef?: { readonly fieldPath: string; readonly apiVersion?: string };
  readonly resourceFieldRef?: { readonly resource: string; readonly containerName?: string; readonly divisor?: string | number };
}

export interface EnvVar {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: EnvVarSource;
}

export interface EnvFromSource {
  readonly prefix?: string;
  readonly configMapRef?: { readonly name: string; readonly optional?: boolean };
  readonly secretRef?: { readonly name: string; readonly optional?: boolean };
}

export interface HTTPHeader { readonly name: string; readonly value: string }

export interface ProbeHandler {
  readonly exec?: { readonly command?: readonly string[] };
  readonly httpGet?: {
    readonly path?: string; readonly port: number | string; readonly host?: string;
    readonly scheme?: 'HTTP' | 'HTTPS'; readonly httpHeaders?: readonly HTTPHeader[];
  };
  readonly tcpSocket?: { readonly port: number | string; readonly host?: string };
  readonly grpc?: { readonly port: number; readonly service?: string };
}

export interface Probe extends ProbeHandler {
  readonly initialDelaySeconds?: number;
  readonly timeoutSeconds?: number;
  readonly periodSeconds?: number;
  readonly successThreshold?: number;
  readonly failureThreshold?: number;
  readonly terminationGracePeriodSeconds?: number;
}

export interface LifecycleHandler {
  readonly exec?: { readonly command?: readonly string[] };
  readonly httpGet?: ProbeHandler['httpGet'];
  readonly tcpSocket?: ProbeHandler['tcpSocket'];
  readonly sleep?: { readonly seconds: number };
}

export interface ContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  readonly hostPort?: number;
  /** The host address a hostPort binds; empty means all (`0.0.0.0`). */
  readonly hostIP?: string;
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export interface VolumeMount {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
  readonly subPathExpr?: string;
  readonly mountPropagation?: string;
  readonly recursiveReadOnly?: string;
}

export interface Container {
  readonly name: string;
  readonly image?: string;
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly workingDir?: string;
  readonly ports?: readonly ContainerPort[];
  readonly env?: readonly EnvVar[];
  readonly envFrom?: readonly EnvFromSource[];
  readonly resources?: ResourceRequirements;
  readonly volumeMounts?: readonly VolumeMount[];
  readonly livenessProbe?: Probe;
  readonly readinessProbe?: Probe;
  readonly startupProbe?: Probe;
  readonly lifecycle?: { readonly postStart?: LifecycleHandler; readonly preStop?: LifecycleHandler };
  readonly terminationMessagePath?: string;
  readonly terminationMessagePolicy?: 'File' | 'FallbackToLogsOnError';
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /** On init containers only: `Always` makes a native sidecar. */
  readonly restartPolicy?: 'Always';
  readonly securityContext?: Readonly<Record<string, unknown>>;
  readonly stdin?: boolean;
  readonly tty?: boolean;
  readonly stdinOnce?: boolean;
  readonly volumeDevices?: readonly { readonly name: string; readonly devicePath: string }[];
  readonly resizePolicy?: readonly { readonly resourceName: string; readonly restartPolicy: string }[];
}

export interface Toleration {
  readonly key?: string;
  readonly operator?: 'Exists' | 'Equal';
  readonly value?: string;
  readonly effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  readonly tolerationSeconds?: number;
}

export interface NodeSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  readonly values?: readonly string[];
}

export interface NodeSelectorTerm {
  readonly matchExpressions?: readonly NodeSelectorRequirement[];
  readonly matchFields?: readonly NodeSelectorRequirement[];
}

export interface NodeAffinity {
  readonly requiredDuringSchedulingIgnoredDuringExecution?: { readonly nodeSelectorTerms: readonly NodeSelectorTerm[] };
  readonly preferredDuringSchedulingIgnoredDuringExecution?: readonly { readonly weight: number; readonly preference: NodeSelectorTerm }[];
}

export interface Volume {
  readonly name: string;
  readonly emptyDir?: { readonly medium?: string; readonly sizeLimit?: string };
  readonly configMap?: { readonly name: string; readonly optional?: boolean; readonly items?: readonly { key: string; path: string }[] };
  readonly secret?: { readonly secretName: string; readonly optional?: boolean };
  readonly hostPath?: { readonly path: string; readonly type?: string };
  readonly persistentVolumeClaim?: { readonly claimName: string; readonly readOnly?: boolean };
  readonly projected?: Readonly<Record<string, unknown>>;
  readonly downwardAPI?: Readonly<Record<string, unknown>>;
  readonly nfs?: { readonly server: string; readonly path: string; readonly readOnly?: boolean };
  readonly csi?: Readonly<Record<string, unknown>>;
  readonly ephemeral?: Readonly<Record<string, unknown>>;
  readonly image?: { readonly reference?: string; readonly pullPolicy?: string };
}

export interface PodSpec {
  readonly containers: readonly Container[];
  readonly initContainers?: readonly Container[];
  readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  readonly terminationGracePeriodSeconds?: number;
  readonly activeDeadlineSeconds?: number;
  readonly dnsPolicy?: string;
  readonly nodeSelector?: Readonly<Record<string, string>>;
  readonly nodeName?: string;
  readonly serviceAccountName?: string;
  readonly serviceAccount?: string;
  readonly hostNetwork?: boolean;
  readonly affinity?: { readonly nodeAffinity?: NodeAffinity; readonly podAffinity?: unknown; readonly podAntiAffinity?: unknown };
  readonly tolerations?: readonly Toleration[];
  readonly schedulerName?: string;
  readonly priority?: number;
  readonly priorityClassName?: string;
  readonly readinessGates?: readonly { readonly conditionType: string }[];
  readonly schedulingGates?: readonly { readonly name: string }[];
  readonly volumes?: readonly Volume[];
  readonly securityContext?: Readonly<Record<string, unknown>>;
  readonly imagePullSecrets?: readonly { readonly name: string }[];
  readonly enableServiceLinks?: boolean;
  readonly preemptionPolicy?: string;
  readonly resources?: ResourceRequirements;
  /** `spec.os.name` (`linux` or `windows`); the kubelet refuses a pod meant for another OS. */
  readonly os?: { readonly name: string };
  readonly automountServiceAccountToken?: boolean;
  readonly hostname?: string;
  readonly subdomain?: string;
  readonly hostPID?: boolean;
  readonly hostIPC?: boolean;
  readonly shareProcessNamespace?: boolean;
  readonly dnsConfig?: { readonly nameservers?: readonly string[]; readonly searches?: readonly string[]; readonly options?: readonly { readonly name?: string; readonly value?: string }[] };
  readonly hostAliases?: readonly { readonly ip: string; readonly hostnames?: readonly string[] }[];
  readonly runtimeClassName?: string;
  readonly overhead?: Readonly<Record<string, string | number>>;
  readonly ephemeralContainers?: readonly Container[];
  readonly topologySpreadConstraints?: readonly Readonly<Record<string, unknown>>[];
}

export interface Pod {
  readonly apiVersion: 'v1';
  readonly kind: 'Pod';
  readonly metadata: ObjectMeta;
  readonly spec: PodSpec;
  readonly status?: PodStatus;
}

export interface Taint {
  readonly key: string;
  readonly value?: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  readonly timeAdded?: string;
}

export interface NodeCondition {
  readonly type: string;
  readonly status: 'True' | 'False' | 'Unknown';
  readonly reason?: string;
  readonly message?: string;
  readonly lastHeartbeatTime?: string;
  readonly lastTransitionTime?: string;
}

export interface Node {
  readonly apiVersion: 'v1';
  readonly kind: 'Node';
  readonly metadata: ObjectMeta;
  readonly spec?: {
    readonly taints?: readonly Taint[]; readonly unschedulable?: boolean; readonly podCIDR?: string;
    readonly podCIDRs?: readonly string[];
  };
  readonly status?: {
    readonly capacity?: Readonly<Record<string, string | number>>;
    readonly allocatable?: Readonly<Record<string, string | number>>;
    readonly conditions?: readonly NodeCondition[];
    readonly addresses?: readonly { readonly type: string; readonly address: string }[];
    readonly nodeInfo?: Readonly<Record<string, string>>;
    /** Images present on the node (ImageLocality scores them). */
    readonly images?: readonly { readonly names: readonly string[]; readonly sizeBytes?: number }[];
  };
}

export interface Namespace {
  readonly apiVersion: 'v1';
  readonly kind: 'Namespace';
  readonly metadata: ObjectMeta;
  /** Set on create: `finalizers: [kubernetes]`. */
  readonly spec?: { readonly finalizers?: readonly string[] };
  /** Set on create: `phase: Active`. */
  readonly status?: { readonly phase?: 'Active' | 'Terminating' };
}

export interface ConfigMap {
  readonly apiVersion: 'v1';
  readonly kind: 'ConfigMap';
  readonly metadata: ObjectMeta;
  readonly data?: Readonly<Record<string, string>>;
  readonly binaryData?: Readonly<Record<string, string>>;
  readonly immutable?: boolean;
}

export interface Secret {
  readonly apiVersion: 'v1';
  readonly kind: 'Secret';
  readonly metadata: ObjectMeta;
  readonly type?: string;
  /** base64, as stored. */
  readonly data?: Readonly<Record<string, string>>;
  /** plain text, merged into data (base64) by the API server on write. */
  readonly stringData?: Readonly<Record<string, string>>;
  readonly immutable?: boolean;
}

export interface ServicePort {
  readonly name?: string;
  readonly port: number;
  readonly targetPort?: number | string;
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
  readonly nodePort?: number;
  readonly appProtocol?: string;
}

export interface Service {
  readonly apiVersion: 'v1';
  readonly kind: 'Service';
  readonly metadata: ObjectMeta;
  readonly spec?: {
    readonly selector?: Readonly<Record<string, string>>;
    readonly ports?: readonly ServicePort[];
    readonly type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
    readonly clusterIP?: string;
    readonly clusterIPs?: readonly string[];
    readonly sessionAffinity?: 'None' | 'ClientIP';
    readonly externalName?: string;
    readonly externalIPs?: readonly string[];
    readonly externalTrafficPolicy?: 'Cluster' | 'Local';
    readonly internalTrafficPolicy?: 'Cluster' | 'Local';
    readonly ipFamilies?: readonly string[];
    readonly ipFamilyPolicy?: string;
    readonly allocateLoadBalancerNodePorts?: boolean;
    readonly publishNotReadyAddresses?: boolean;
  };
  /** Reset on create to `{loadBalancer: {}}`. */
  readonly status?: { readonly loadBalancer?: Readonly<Record<string, unknown>> };
}

export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly { readonly key: string; readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; readonly values?: readonly string[] }[];
}

export interface PodTemplateSpec {
  readonly metadata?: ObjectMeta;
  readonly spec: PodSpec;
}

export interface ReplicaSet {
  readonly apiVersion: 'apps/v1';
  readonly kind: 'ReplicaSet';
  readonly metadata: ObjectMeta;
  readonly spec: { readonly replicas?: number; readonly selector: LabelSelector; readonly template: PodTemplateSpec; readonly minReadySeconds?: number };
  readonly status?: { readonly replicas?: number; readonly readyReplicas?: number; readonly availableReplicas?: number; readonly fullyLabeledReplicas?: number; readonly observedGeneration?: number };
}

export interface Deployment {
  readonly apiVersion: 'apps/v1';
  readonly kind: 'Deployment';
  readonly metadata: ObjectMeta;
  readonly spec: {
    readonly replicas?: number;
    readonly selector: LabelSelector;
    readonly template: PodTemplateSpec;
    readonly strategy?: { readonly type?: 'RollingUpdate' | 'Recreate'; readonly rollingUpdate?: { readonly maxSurge?: number | string; readonly maxUnavailable?: number | string } };
    readonly minReadySeconds?: number;
    readonly revisionHistoryLimit?: number;
    readonly progressDeadlineSeconds?: number;
    readonly paused?: boolean;
  };
  readonly status?: Readonly<Record<string, unknown>>;
}

/** Every object kind the simulator stores. Later kinds (DaemonSet, StatefulSet, Job, HPA) join this union. */
export type KubeObject = Pod | Node | Namespace | ConfigMap | Secret | Service | ReplicaSet | Deployment;

/** A validation or decoding problem, worded as the API server words it. */
export interface FieldError {
  /** Kubernetes field path, e.g. `spec.containers[0].image`; empty for whole-object errors. */
  readonly path: string;
  /** The message after the path, e.g. `Required value`, `Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"`. */
  readonly message: string;
}
