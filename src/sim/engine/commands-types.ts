// What a caller can ask of the simulated cluster, as plain data. The kubectl layer turns command
// lines into these; a Scenario schedules them at times.
import type { ApiError } from '../api/api-error.js';
import type { KubeObject, Millis } from '../api/types.js';
import type { ScenarioImage } from '../images/types.js';
import type { Kind } from '../store/store.js';

/** Names one object. `namespace` is ignored for cluster-scoped kinds and defaults to `default`. */
export interface ObjectRef {
  readonly kind: Kind;
  readonly name: string;
  readonly namespace?: string;
}

/** Names a pod's container; the first container when `container` is left out. */
export interface ContainerRef {
  readonly pod: string;
  readonly namespace?: string;
  readonly container?: string;
}

/** A fault a Scenario (or a lesson) injects. */
export type Fault =
  /** The container's main process dies at once (SIGKILL unless another signal is named). */
  | { readonly type: 'killContainer'; readonly target: ContainerRef; readonly signal?: 'SIGKILL' | 'SIGTERM' | 'SIGINT' }
  /** HTTP requests to `path` (every path when left out) answer `status` from now on. */
  | { readonly type: 'httpFail'; readonly target: ContainerRef; readonly path?: string; readonly port?: number; readonly status: number }
  /** The container's probes of this kind fail from now on (`until` ends it). */
  | { readonly type: 'probeFail'; readonly target: ContainerRef; readonly probe: 'liveness' | 'readiness' | 'startup'; readonly until?: Millis }
  /** The node's kubelet stops posting status (power loss, network partition). */
  | { readonly type: 'nodeDown'; readonly node: string }
  /** The node's kubelet comes back. */
  | { readonly type: 'nodeUp'; readonly node: string }
  /** The node's available memory drops to `availableBytes` (default 50Mi) below the 100Mi threshold. */
  | { readonly type: 'memoryPressure'; readonly node: string; readonly availableBytes?: number }
  /** Clears the memory pressure of `memoryPressure`. */
  | { readonly type: 'memoryRelief'; readonly node: string };

/** Label or annotation changes: a value sets, `null` removes (`key-`). */
export type MetaChanges = Readonly<Record<string, string | null>>;

/**
 * One change at the current time. `admit` on create, apply and replace: the object is as kubectl
 * sent it (decoded only), and the API server defaults, admits and validates it first; commands
 * built from objects admitted already (manifests, Scenario actions) leave it out.
 */
export type SimCommand =
  | { readonly kind: 'create'; readonly object: KubeObject; readonly admit?: boolean }
  /** Create, or update an existing object (`kubectl apply`). */
  | { readonly kind: 'apply'; readonly object: KubeObject; readonly admit?: boolean }
  /** Replace an existing object; `force` deletes and re-creates it (`kubectl replace --force`). */
  | { readonly kind: 'replace'; readonly object: KubeObject; readonly force?: boolean; readonly admit?: boolean }
  | { readonly kind: 'delete'; readonly ref: ObjectRef; readonly gracePeriodSeconds?: number; readonly force?: boolean }
  | { readonly kind: 'scale'; readonly ref: ObjectRef; readonly replicas: number }
  | { readonly kind: 'label'; readonly ref: ObjectRef; readonly changes: MetaChanges; readonly overwrite?: boolean }
  | { readonly kind: 'annotate'; readonly ref: ObjectRef; readonly changes: MetaChanges; readonly overwrite?: boolean }
  /** `kubectl set image`: container name → image. */
  | { readonly kind: 'setImage'; readonly ref: ObjectRef; readonly images: Readonly<Record<string, string>> }
  /** `kubectl set resources` on one container (all when `container` is left out). */
  | {
    readonly kind: 'setResources'; readonly ref: ObjectRef; readonly container?: string;
    readonly requests?: Readonly<Record<string, string>>; readonly limits?: Readonly<Record<string, string>>;
  }
  | { readonly kind: 'fault'; readonly fault: Fault }
  /** `kubectl exec POD [-c C] -- CMD`: runs CMD in the running container (its files may change). */
  | { readonly kind: 'exec'; readonly target: ContainerRef; readonly command: readonly string[] }
  /** A command the caller could not interpret: recorded as a warning, changes nothing. */
  | { readonly kind: 'unparsed'; readonly text: string; readonly reason?: string };

/** What a command did. `ok: false` carries the API server's refusal; nothing changed then. */
export type CommandOutcome =
  | {
    readonly ok: true;
    /** kubectl's past participle: `created`, `configured`, `unchanged`, `deleted`, `scaled` ... */
    readonly action: string;
    readonly ref?: ObjectRef;
  }
  | { readonly ok: false; readonly error: ApiError; readonly message: string };

/** A Scenario action: a command at a time. */
export interface ScenarioAction {
  readonly at: Millis;
  readonly command: SimCommand;
}

/** The `podlab.dev/v1` Scenario, decoded: extra images and timed actions. */
export interface Scenario {
  readonly images?: readonly ScenarioImage[];
  readonly actions?: readonly ScenarioAction[];
}

/** Everything a run starts from. */
export interface SimInput {
  /** Decoded, validated and defaulted objects, created in order at t = 0. */
  readonly objects: readonly KubeObject[];
  readonly scenario?: Scenario;
  /** Epoch milliseconds of t = 0 (timestamps in objects count from it). */
  readonly startEpochMs: number;
}
