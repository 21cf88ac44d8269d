// The simulator's whole state: plain data (objects, Maps, arrays) that `apply` and `runUntil`
// change in place and hand back. Replaying the same input, seed and commands rebuilds it exactly.
import type { Millis, Pod } from '../api/types.js';
import type { ScenarioImage } from '../images/types.js';
import type { EventLog, SimEvent } from '../events.js';
import type { NodeRuntime, PodRuntime, ProbeSlot } from '../kubelet/types.js';
import type { ProbeKind } from '../kubelet/probe-worker.js';
import type { ProcFaults } from '../proc/types.js';
import type { RngState } from '../rng.js';
import type { Store } from '../store/store.js';
import type { TimerQueue } from '../timer-queue.js';
import type { ScenarioAction } from './commands-types.js';

/** What a timer does when it fires. Targets carry a generation; a stale one is dropped. */
export type Task =
  /** The scheduler tries every pod waiting for a node. */
  | { readonly k: 'schedule' }
  /** The kubelet syncs a pod (PLEG event, retry after an error, backoff expiry). */
  | { readonly k: 'sync'; readonly uid: string; readonly gen: number }
  /** The pod worker's current operation (sandbox, pull, start, hook) completes. */
  | { readonly k: 'op'; readonly uid: string; readonly gen: number }
  /** A process asked to be stepped at this time. */
  | { readonly k: 'proc'; readonly uid: string; readonly c: number; readonly id: string; readonly gen: number }
  /** A probe worker's tick. */
  | {
    readonly k: 'probe'; readonly uid: string; readonly c: number; readonly probe: ProbeKind; readonly gen: number;
    /** The worker's slot, so a parked tick finds it without a lookup. */
    readonly slot?: ProbeSlot;
  }
  /** A container being stopped gets its stop signal (after preStop) or SIGKILL (grace over). */
  | { readonly k: 'stop'; readonly uid: string; readonly c: number; readonly id: string; readonly phase: 'term' | 'kill' }
  /** A controller reconciles one object (`namespace/name`). */
  | { readonly k: 'ctrl'; readonly kind: 'ReplicaSet' | 'Deployment'; readonly key: string }
  /** A Scenario action is due. */
  | { readonly k: 'action'; readonly i: number }
  /** The node lifecycle controller checks a node whose kubelet went quiet. */
  | { readonly k: 'nodeMonitor'; readonly node: string; readonly gen: number }
  /** The taint eviction controller's timer for a pod on a NoExecute-tainted node. */
  | { readonly k: 'taintEvict'; readonly uid: string; readonly node: string; readonly gen: number }
  /**
   * The scheduling queue moves one unschedulable pod back to be tried: its backoff is over, or
   * it waited in unschedulablePods over 5 minutes (engine/sched-queue.ts).
   */
  | { readonly k: 'requeue'; readonly uid: string; readonly gen: number }
  /** A pod's `activeDeadlineSeconds` ran out. */
  | { readonly k: 'deadline'; readonly uid: string }
  /** The kubelet of a pod created with `spec.nodeName` sees it (after it was stored Pending). */
  | { readonly k: 'admit'; readonly uid: string }
  /**
   * The eviction manager's housekeeping pass on a node (every 10 s while under pressure), or,
   * with `wait`, its 1 s poll for the pod it evicted to stop and be cleaned up.
   */
  | { readonly k: 'eviction'; readonly node: string; readonly gen: number; readonly wait?: EvictionWait };

/** The pod the eviction manager evicted last, and when its kill returned. */
export interface EvictionWait {
  readonly uid: string;
  readonly since: Millis;
  readonly killedAt?: Millis;
}

/** The scheduling queue's record of a pod it tried (QueuedPodInfo), kept until the pod is bound. */
export interface SchedQueueInfo {
  /** Scheduling attempts so far (`Attempts`, counted when the pod is popped). */
  attempts: number;
  /** When the last attempt failed (`Timestamp`). */
  failedAt: Millis;
  /** The Filter plugins that rejected it last (`UnschedulablePlugins`). */
  plugins: readonly string[];
  /** Bumped whenever the pod moves, so a stale `requeue` timer is dropped. */
  gen: number;
}

/** One row of `kubectl get pods -w`: appended when READY, STATUS or the restart count change. */
export interface WatchRow {
  readonly t: Millis;
  readonly ready: string;
  readonly status: string;
  readonly restarts: number;
}

/** Everything recorded about one pod (by UID; a re-created pod of the same name is another). */
export interface PodRecord {
  readonly uid: string;
  readonly name: string;
  readonly namespace: string;
  readonly createdAt: Millis;
  readonly rows: WatchRow[];
  /** When the API object went away. */
  removedAt?: Millis;
}

/** Something the simulator could not model faithfully, for the user to read. */
export interface SimWarning {
  readonly t: Millis;
  /** The object it concerns, e.g. `pod/web`, or empty. */
  readonly object: string;
  readonly message: string;
}

/** The whole simulator state. */
export interface SimState {
  now: Millis;
  readonly startEpochMs: number;
  rng: RngState;
  readonly queue: TimerQueue<Task>;
  readonly store: Store;
  readonly nodes: Map<string, NodeRuntime>;
  /** Kubelet pod records by UID (pods bound to a node). */
  readonly pods: Map<string, PodRuntime>;
  /** Watch rows and life span by UID, for every pod ever created. */
  readonly records: Map<string, PodRecord>;
  /** The pod object each stored pod's last watch row was taken from, by UID. */
  readonly printed: Map<string, Pod>;
  readonly events: EventLog;
  readonly warnings: SimWarning[];
  readonly scenarioImages: readonly ScenarioImage[];
  readonly actions: readonly ScenarioAction[];
  /** Pods queued for the next scheduling attempt. */
  readonly toSchedule: Set<string>;
  /** Pods the scheduler could not place, retried when the cluster changes. */
  readonly unschedulable: Set<string>;
  /** Whether a scheduler attempt is already queued for now. */
  scheduleQueued: boolean;
  /** Attempts, last failure and rejecting plugins of pods not yet bound, by UID. */
  readonly schedQueue: Map<string, SchedQueueInfo>;
  /** Pods whose status must be regenerated before the next row is taken. */
  readonly dirty: Set<string>;
  /** Cluster IPs handed out, by `namespace/name` of the Service. */
  readonly clusterIPs: Map<string, string>;
  /** Taint eviction timers per pod UID (generation), so a removed taint can cancel them. */
  readonly taintTimers: Map<string, number>;
  /** Faults injected into containers (`httpFail`), by `<pod uid>/<container>`. */
  readonly faults: Map<string, ProcFaults>;
  /** Controller syncs already queued for now, as `<kind>/<namespace>/<name>`. */
  readonly ctrlQueued: Set<string>;
  /** Events emitted during the current `apply` or `runUntil` call. */
  out: SimEvent[];
  /**
   * Bumped by every command and every handler not bound to one pod (scheduler, controllers,
   * node monitor, eviction): parked probe workers (kubelet/probe-park.ts) then run again.
   */
  parkEpoch: number;
}
