// The kubelet's memory of each node and pod: what the container runtime holds (instances and
// their processes), the reason cache, backoff entries and probe workers. Plain data.
import type { Container, Millis } from '../api/types.js';
import type { ImageEntry } from '../images/types.js';
import type { SimFs } from '../proc/fs.js';
import type { LogBuffer } from './log-buffer.js';
import type { BackoffEntry } from './backoff.js';
import type { ExecMemo } from './exec-memo.js';
import type { HttpMemo } from './http-memo.js';
import type { ProbePark } from './probe-park.js';
import type { ProbeKind, ProbeWorker } from './probe-worker.js';

/** One node's kubelet and runtime. */
export interface NodeRuntime {
  readonly name: string;
  /** `a.b.c.` of the node's podCIDR: pods get `a.b.c.2`, `.3` ... (host-local IPAM). */
  readonly cidrPrefix: string;
  /** `a.b.c.1`: the bridge's address, where the node's own requests (probes) come from. */
  readonly gatewayIP: string;
  nextHost: number;
  readonly hostIP: string;
  /** Image references present on the node (`ImageRef.full`). */
  readonly images: Set<string>;
  /** Serialized image pulls (the kubelet default): the next pull starts no earlier than this. */
  pullFreeAt: Millis;
  /** The kubelet stopped posting status at this time. */
  downAt?: Millis;
  /** Available memory the eviction manager observes, when a pressure fault set it. */
  memoryAvailable?: number;
  /** When the node last observed a threshold met (the pressure condition lingers 5 minutes). */
  pressureSeenAt?: Millis;
  /** Bumped to cancel the node's pending monitor timers. */
  gen: number;
  /** UIDs of the pod records (`SimState.pods`) on this node, in admission order. */
  readonly pods: Set<string>;
}

/** Why a container instance ended. */
export interface ExitInfo {
  readonly code: number;
  readonly signal?: number;
  /** `Completed`, `Error`, `OOMKilled`, `StartError`, `ContainerStatusUnknown`. */
  readonly reason: string;
  readonly message?: string;
  readonly at: Millis;
}

/** One container instance in the runtime (a restart makes a new one). */
export interface Instance {
  /** 64 hex digits; the status shows `containerd://<id>`. */
  readonly id: string;
  readonly image: ImageEntry;
  readonly startedAt: Millis;
  proc: unknown;
  env: Readonly<Record<string, string>>;
  fs: SimFs;
  readonly logs: LogBuffer;
  exit?: ExitInfo;
  /** Bumped to cancel pending process wake-ups; every step of `proc` bumps it too (http-memo.ts). */
  wakeGen: number;
  /** Set while the kubelet stops it: SIGKILL is due at `deadline`. */
  killing?: { readonly deadline: Millis };
  /** Memory limit in bytes (the cgroup OOM-kills above it). */
  readonly memoryLimit?: number;
  /** `startedAt`, the exit's time and the image ID as the status writes them, once written. */
  startedText?: string;
  finishedText?: string;
  imageIdText?: string;
  /** `containerd://<id>` as the status writes it, once written. */
  containerIdText?: string;
  /** HTTP answers this instance gave, remembered for repeated probes (http-memo.ts). */
  httpMemo?: HttpMemo;
  /** Read-only exec results in this instance, remembered for repeated probes (exec-memo.ts). */
  execMemo?: ExecMemo;
}

/** A probe worker with the container it serves. */
export interface ProbeSlot {
  readonly worker: ProbeWorker;
  /** Bumped to stop the worker's ticks. */
  gen: number;
  /** Injected by a `probeFail` fault: every run fails until this time. */
  failUntil?: Millis;
  /** Set while the worker's ticks are known to change nothing (probe-park.ts). */
  park?: ProbePark;
}

/** Where a container sits in the pod spec. */
export type ContainerKind = 'init' | 'sidecar' | 'app';

/** The kubelet's record of one container of a pod. */
export interface ContainerRuntime {
  readonly name: string;
  readonly kind: ContainerKind;
  /** The container's spec (an image update replaces it). */
  spec: Container;
  /** Instances created so far; restartCount is this minus one. */
  instances: number;
  current?: Instance;
  previous?: Instance;
  /** The reason cache entry: the last start failure (`CrashLoopBackOff`, `ErrImagePull` ...). */
  reason?: { readonly reason: string; readonly message: string };
  /** CrashLoopBackOff entry (keyed per container). */
  backoff?: BackoffEntry;
  probes: Partial<Record<ProbeKind, ProbeSlot>>;
  /** The container should be killed and restarted (a liveness or startup probe failed). */
  killFor?: { readonly message: string; readonly gracePeriodMs: Millis };
}

/** What the pod worker is doing right now; a sync arriving meanwhile waits for it. */
export type PodOp =
  | { readonly kind: 'sandbox' }
  | { readonly kind: 'pull'; readonly container: number; readonly ok: boolean; readonly image?: ImageEntry; readonly error?: string; readonly requestedAt: Millis; readonly pullMs: Millis }
  | { readonly kind: 'start'; readonly container: number; readonly image: ImageEntry; readonly env: Readonly<Record<string, string>> }
  | { readonly kind: 'hook'; readonly container: number; readonly phase: 'postStart'; readonly error?: string }
  | { readonly kind: 'kill'; readonly containers: readonly number[] };

/** Why the pod is being torn down. */
export interface Teardown {
  readonly cause: 'delete' | 'evict' | 'complete' | 'initFailed' | 'deadline';
  /** Grace period for each container, from the start of the teardown. */
  readonly graceMs: Millis;
  readonly startedAt: Millis;
}

/** When a pod condition took its status. */
export interface ConditionSince {
  readonly status: string;
  readonly at: Millis;
  /** `at` as the RFC 3339 time the status shows, once written. */
  text?: string;
}

/** The kubelet's record of one pod bound to its node. */
export interface PodRuntime {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  /** The pod's store key, `namespace/name`. */
  readonly key: string;
  readonly node: string;
  sandbox: 'none' | 'creating' | 'ready';
  podIP?: string;
  startTime?: Millis;
  /** `startTime` as the status writes it, once written. */
  startStamp?: { readonly at: Millis; readonly text: string };
  /** Init containers, then regular containers, in spec order. */
  readonly containers: ContainerRuntime[];
  op?: PodOp;
  /** A sync arrived while `op` was in flight. */
  pendingSync: boolean;
  /** Bumped to cancel stale sync and op timers. */
  gen: number;
  /** The time of the earliest sync already queued, to avoid duplicates. */
  nextSyncAt?: Millis;
  /** Containers this pass killed to restart them (their backoff looks at the exit before). */
  readonly killedInPass: Set<number>;
  /** Start failures seen in the current sync pass (tried once per pass). */
  tried: Set<number>;
  /** Errors of the current pass: when to retry. */
  retryAt?: Millis;
  /** The kubelet has given the pod a terminal phase. */
  terminalPhase?: 'Succeeded' | 'Failed';
  /** Pod-level reason and message (admission rejection, eviction). */
  reason?: string;
  message?: string;
  teardown?: Teardown;
  /** The teardown is over (TerminatePod ran): containers that never ran read as unknown. */
  finished?: boolean;
  /** Containers that run: false once the kubelet has stopped the pod for good. */
  isActive: boolean;
  /** FailedMount retries: when the next attempt is due, and the delay that led to it. */
  mountRetry?: { readonly at: Millis; readonly delay: Millis };
  /** Image pull backoff per image as written (the image manager keys it `<uid>_<image>`). */
  readonly pullBackoff: Map<string, BackoffEntry>;
  /** The last pull error per image, quoted by the ImagePullBackOff message. */
  readonly pullErrors: Map<string, string>;
  /** Bumped whenever a shared volume changes (answers cached for probes depend on it). */
  volumesGen: number;
  /** Shared pod volumes (emptyDir) by volume name. */
  readonly volumes: Map<string, SimFs>;
  /** The service account token files its containers see (built on first use). */
  serviceAccountFs?: SimFs;
  /** lastTransitionTime per condition type, with the status it had then. */
  readonly conditionSince: Map<string, ConditionSince>;
  /** Bumped by every handler that works on this pod: a parked probe worker then runs again. */
  touch: number;
}
