// What the kubectl layer needs from a cluster: a read-only view and a set of actions. The
// simulator's engine implements both through a small adapter; tests use plain in-memory fakes.
import type { ApiError } from '../api/api-error.js';
import type { KubeObject } from '../api/types.js';

/** The kinds kubectl can address in podlab. */
export type KubeKind = KubeObject['kind'];

/** An Event as `kubectl get events` and `describe` show it (client-go's aggregated Event). */
export interface ClusterEvent {
  readonly namespace: string;
  /** A name unique among events, like `web.17f2a3b4c5d6e7f8`. */
  readonly name: string;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  readonly involvedKind: string;
  readonly involvedName: string;
  /** `involvedObject.uid`, when the recorder set it. */
  readonly involvedUid?: string;
  /** `spec.containers{app}` for container events. */
  readonly fieldPath?: string;
  /** The reporting component (`kubelet`, `default-scheduler` ...). */
  readonly source: string;
  /** The node a kubelet event came from. */
  readonly host?: string;
  readonly count: number;
  /** Epoch milliseconds. */
  readonly firstMs: number;
  readonly lastMs: number;
}

/** One line a container wrote, with the epoch milliseconds it was written at. */
export interface LogLine {
  readonly ms: number;
  readonly text: string;
}

/** What `kubectl exec` got back. */
export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Resource usage for `kubectl top` (canonical quantities, e.g. `12m`, `35Mi`). */
export interface Usage {
  readonly cpu: string;
  readonly memory: string;
}

/** The read side. Objects are full API objects with status, as the API server returns them. */
export interface ClusterView {
  /** The cluster clock, epoch milliseconds (ages, `Start Time`, log timestamps). */
  readonly nowMs: number;
  /** Objects of a kind, in one namespace or (undefined) all; sorted by namespace then name. */
  list(kind: KubeKind, namespace?: string): readonly KubeObject[];
  get(kind: KubeKind, namespace: string, name: string): KubeObject | undefined;
  /** Events in one namespace or all, in any order. */
  events(namespace?: string): readonly ClusterEvent[];
  /**
   * The log of one container instance: the current one, or with `previous` the one before the
   * last restart. `undefined` when that instance does not exist.
   */
  logs(namespace: string, pod: string, container: string, previous: boolean): readonly LogLine[] | undefined;
  /** Metrics for `kubectl top`; `undefined` when the cluster has no metrics. */
  podUsage?(namespace: string, pod: string): readonly { readonly container: string; readonly usage: Usage }[] | undefined;
  nodeUsage?(node: string): Usage | undefined;
}

/** An API server refusal as data (sim/api ApiError); kubectl's wording comes from formatApiError. */
export interface ApiFailure {
  readonly ok: false;
  readonly error: ApiError;
}

/** The result of a write. */
export type WriteResult<T = KubeObject> = { readonly ok: true; readonly object: T } | ApiFailure;

/** What `apply` did to one object. */
export type ApplyOutcome = { readonly ok: true; readonly object: KubeObject; readonly result: 'created' | 'configured' | 'unchanged' } | ApiFailure;

/** Options of a delete (`--grace-period`, `--force`, `--now`). */
export interface DeleteOptions {
  /** Seconds; undefined keeps the object's own terminationGracePeriodSeconds. */
  readonly gracePeriodSeconds?: number;
}

/**
 * The write side. Objects handed in are decoded API objects (see sim/api/decode); the
 * cluster validates and defaults them as the API server would and answers with its wording.
 */
export interface ClusterActions {
  create(object: KubeObject, source?: string): WriteResult;
  apply(object: KubeObject, source?: string): ApplyOutcome;
  /** Replaces an existing object; with `force`, deletes it first and creates it again. */
  replace(object: KubeObject, force: boolean, source?: string): WriteResult;
  delete(kind: KubeKind, namespace: string, name: string, options: DeleteOptions): WriteResult;
  scale(kind: 'Deployment' | 'ReplicaSet', namespace: string, name: string, replicas: number): WriteResult;
  /** Changes an object through a pure function (label, annotate, set image, edit ...). */
  patch(kind: KubeKind, namespace: string, name: string, change: (object: KubeObject) => KubeObject): WriteResult;
  exec(namespace: string, pod: string, container: string, command: readonly string[], stdin?: string): ExecResult;
}
