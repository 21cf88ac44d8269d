// Minimal Pod types in the Kubernetes v1 API JSON shape (`kubectl get pod -o json`): camelCase
// field names, every field optional that the API may omit. Only what status derivation reads.

/** An RFC 3339 timestamp as the API serialises it; `null` is how a zero metav1.Time appears. */
export type Timestamp = string | null;

/** A resource quantity as written in a manifest: `"500m"`, `"1Gi"`, or a bare YAML number. */
export type QuantityValue = string | number;

/** `requests` / `limits` maps, keyed by resource name (`cpu`, `memory`, `hugepages-2Mi` ...). */
export type ResourceList = Readonly<Record<string, QuantityValue>>;

/** `resources` of a container or (PodLevelResources) of the whole pod. */
export interface ResourceRequirements {
  readonly requests?: ResourceList;
  readonly limits?: ResourceList;
}

/** One entry of `spec.containers` / `spec.initContainers`. */
export interface Container {
  readonly name: string;
  readonly image?: string;
  /** Only `Always` is meaningful on init containers: it makes a sidecar. */
  readonly restartPolicy?: string;
  readonly resources?: ResourceRequirements;
}

/** `spec.readinessGates[]`. */
export interface PodReadinessGate {
  readonly conditionType: string;
}

/** The pod's phase as the kubelet computes it. */
export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** `spec.restartPolicy`. */
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

/** `spec`, trimmed to what status derivation reads. */
export interface PodSpec {
  readonly containers: readonly Container[];
  readonly initContainers?: readonly Container[];
  /** Defaulted to `Always` by the API server; absent here means the same. */
  readonly restartPolicy?: RestartPolicy;
  readonly nodeName?: string;
  readonly readinessGates?: readonly PodReadinessGate[];
  /** Pod-level resources (feature PodLevelResources, beta and on by default since 1.34). */
  readonly resources?: ResourceRequirements;
}

/** `state.waiting`. */
export interface ContainerStateWaiting {
  readonly reason?: string;
  readonly message?: string;
}

/** `state.running`. */
export interface ContainerStateRunning {
  readonly startedAt?: Timestamp;
}

/** `state.terminated`. */
export interface ContainerStateTerminated {
  readonly exitCode: number;
  readonly signal?: number;
  readonly reason?: string;
  readonly message?: string;
  readonly startedAt?: Timestamp;
  readonly finishedAt?: Timestamp;
  readonly containerID?: string;
}

/** At most one member is set; none set is the "empty" state the kubelet sometimes reports. */
export interface ContainerState {
  readonly waiting?: ContainerStateWaiting;
  readonly running?: ContainerStateRunning;
  readonly terminated?: ContainerStateTerminated;
}

/** One entry of `status.containerStatuses` / `status.initContainerStatuses`. */
export interface ContainerStatus {
  readonly name: string;
  readonly ready: boolean;
  readonly restartCount: number;
  readonly state?: ContainerState;
  /** The JSON name of Go's `LastTerminationState`. */
  readonly lastState?: ContainerState;
  readonly started?: boolean;
  readonly image?: string;
  readonly imageID?: string;
  readonly containerID?: string;
}

/** `'True' | 'False' | 'Unknown'`, as the API spells it. */
export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** One entry of `status.conditions`. */
export interface PodCondition {
  readonly type: string;
  readonly status: ConditionStatus;
  readonly reason?: string;
  readonly message?: string;
  readonly lastProbeTime?: Timestamp;
  readonly lastTransitionTime?: Timestamp;
}

/** `status.podIPs[]`. */
export interface PodIP {
  readonly ip: string;
}

/** QoS class names as the API spells them. */
export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** `status`. `phase` is a plain string: printers show whatever is stored. */
export interface PodStatus {
  readonly phase?: string;
  readonly reason?: string;
  readonly message?: string;
  readonly conditions?: readonly PodCondition[];
  readonly containerStatuses?: readonly ContainerStatus[];
  readonly initContainerStatuses?: readonly ContainerStatus[];
  readonly podIP?: string;
  readonly podIPs?: readonly PodIP[];
  readonly hostIP?: string;
  readonly nominatedNodeName?: string;
  readonly qosClass?: QOSClass;
  readonly startTime?: Timestamp;
}

/** `metadata`, trimmed. */
export interface ObjectMeta {
  readonly name?: string;
  readonly namespace?: string;
  readonly uid?: string;
  readonly creationTimestamp?: Timestamp;
  readonly deletionTimestamp?: Timestamp;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A Pod object. */
export interface Pod {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata: ObjectMeta;
  readonly spec: PodSpec;
  readonly status?: PodStatus;
}
