// What a parsed kubectl command line asks for. Parsing validates everything kubectl checks
// before it talks to the API server; `execute` does the rest against a cluster.
import type { ResourceType } from './resources.js';

/** `-o` / `--output`. `table` is the default human-readable printer. */
export type OutputFormat =
  | { readonly kind: 'table' }
  | { readonly kind: 'wide' }
  | { readonly kind: 'yaml' }
  | { readonly kind: 'json' }
  | { readonly kind: 'name' }
  | { readonly kind: 'jsonpath'; readonly template: string }
  | { readonly kind: 'custom-columns'; readonly spec: string };

/** One resource argument: a type with optional names (`pods`, `pod web`, `pod/web`). */
export interface Target {
  readonly type: ResourceType;
  readonly names: readonly string[];
}

/** `--dry-run`. */
export type DryRun = 'none' | 'client' | 'server';

/** Set on every request: the namespace from `-n` (undefined = the context's namespace). */
interface Base {
  readonly namespace?: string;
}

export interface GetRequest extends Base {
  readonly verb: 'get';
  readonly targets: readonly Target[];
  readonly files: readonly string[];
  readonly allNamespaces: boolean;
  readonly selector?: string;
  readonly fieldSelector?: string;
  readonly output: OutputFormat;
  readonly showLabels: boolean;
  readonly labelColumns: readonly string[];
  readonly noHeaders: boolean;
  readonly showKind: boolean;
  readonly sortBy?: string;
  readonly watch: boolean;
  readonly watchOnly: boolean;
  readonly ignoreNotFound: boolean;
  readonly allowMissingTemplateKeys: boolean;
}

export interface DescribeRequest extends Base {
  readonly verb: 'describe';
  readonly targets: readonly Target[];
  /** A name prefix per type when no exact name is found (`kubectl describe pod web` matches `web-abc`). */
  readonly allNamespaces: boolean;
  readonly selector?: string;
  readonly showEvents: boolean;
}

export interface LogsRequest extends Base {
  readonly verb: 'logs';
  /** The pod name, or `type/name` for a pod's owner. */
  readonly target: string;
  readonly container?: string;
  readonly allContainers: boolean;
  readonly previous: boolean;
  readonly follow: boolean;
  /** Lines to show from the end; -1 = all. */
  readonly tail: number;
  readonly timestamps: boolean;
  readonly prefix: boolean;
}

export interface DeleteRequest extends Base {
  readonly verb: 'delete';
  readonly targets: readonly Target[];
  readonly files: readonly string[];
  readonly selector?: string;
  readonly all: boolean;
  readonly force: boolean;
  /** `--grace-period`; -1 = the object's own. `--now` means 1. */
  readonly gracePeriod: number;
  readonly ignoreNotFound: boolean;
  readonly wait: boolean;
  readonly outputName: boolean;
}

/** `apply -f`, `create -f`, `replace [--force] -f`. */
export interface ManifestRequest extends Base {
  readonly verb: 'apply' | 'create' | 'replace';
  readonly files: readonly string[];
  readonly dryRun: DryRun;
  readonly output?: OutputFormat;
  readonly force: boolean;
  readonly gracePeriod: number;
  /** `--timeout` in ms (`replace --force`: how long to wait for the old object to go); 0 = kubectl's default. */
  readonly timeoutMs?: number;
}

/** `kubectl run NAME --image=...`. */
export interface RunRequest extends Base {
  readonly verb: 'run';
  readonly name: string;
  readonly image: string;
  readonly args: readonly string[];
  readonly command: boolean;
  readonly env: readonly { readonly name: string; readonly value: string }[];
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly port?: number;
  readonly expose: boolean;
  readonly restart: 'Always' | 'OnFailure' | 'Never';
  readonly imagePullPolicy?: string;
  readonly privileged: boolean;
  readonly stdin: boolean;
  readonly tty: boolean;
  readonly attach: boolean;
  readonly rm: boolean;
  readonly overrides?: string;
  readonly dryRun: DryRun;
  readonly output?: OutputFormat;
}

/** `kubectl create deployment|configmap|secret generic|service ...|namespace`. */
export type CreateKindRequest = Base & {
  readonly verb: 'create-kind';
  readonly dryRun: DryRun;
  readonly output?: OutputFormat;
} & (
  | { readonly kind: 'deployment'; readonly name: string; readonly images: readonly string[]; readonly replicas: number; readonly port: number; readonly command: readonly string[] }
  | { readonly kind: 'configmap' | 'secret'; readonly name: string; readonly literals: readonly string[]; readonly fromFiles: readonly string[]; readonly envFiles: readonly string[]; readonly secretType?: string }
  | { readonly kind: 'service'; readonly serviceType: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName'; readonly name: string; readonly tcp: readonly string[]; readonly clusterIP?: string; readonly nodePort: number; readonly externalName?: string }
  | { readonly kind: 'namespace'; readonly name: string }
);

export interface ExposeRequest extends Base {
  readonly verb: 'expose';
  readonly target: Target;
  readonly port?: string;
  readonly targetPort?: string;
  readonly protocol?: string;
  readonly type?: string;
  readonly name?: string;
  readonly selector?: string;
  readonly labels?: string;
  readonly clusterIP?: string;
  readonly dryRun: DryRun;
  readonly output?: OutputFormat;
}

/** One `key=value` or `key-` of `label` / `annotate`. */
export type MetaChange = { readonly key: string; readonly value: string } | { readonly key: string; readonly remove: true };

export interface MetaRequest extends Base {
  readonly verb: 'label' | 'annotate';
  readonly targets: readonly Target[];
  readonly changes: readonly MetaChange[];
  readonly overwrite: boolean;
  readonly all: boolean;
  readonly selector?: string;
  readonly list: boolean;
  readonly dryRun: DryRun;
  readonly output?: OutputFormat;
}

export interface SetImageRequest extends Base {
  readonly verb: 'set-image';
  readonly targets: readonly Target[];
  readonly images: readonly { readonly container: string; readonly image: string }[];
  readonly dryRun: DryRun;
  readonly output?: OutputFormat;
}

export interface SetResourcesRequest extends Base {
  readonly verb: 'set-resources';
  readonly targets: readonly Target[];
  readonly containers: string;
  readonly limits: Readonly<Record<string, string>>;
  readonly requests: Readonly<Record<string, string>>;
  readonly dryRun: DryRun;
  readonly output?: OutputFormat;
}

export interface EditRequest extends Base {
  readonly verb: 'edit';
  readonly targets: readonly Target[];
  readonly output: 'yaml' | 'json';
}

export interface ExecRequest extends Base {
  readonly verb: 'exec';
  readonly pod: string;
  readonly container?: string;
  readonly stdin: boolean;
  readonly tty: boolean;
  readonly quiet: boolean;
  readonly command: readonly string[];
}

export interface TopRequest extends Base {
  readonly verb: 'top';
  readonly what: 'pod' | 'node';
  readonly name?: string;
  readonly allNamespaces: boolean;
  readonly containers: boolean;
  readonly noHeaders: boolean;
  readonly selector?: string;
  readonly sortBy?: 'cpu' | 'memory';
}

export interface ConfigRequest extends Base {
  readonly verb: 'config';
  readonly action: 'use-context' | 'get-contexts' | 'current-context' | 'view';
  readonly name?: string;
  readonly outputName: boolean;
  readonly noHeaders: boolean;
}

export interface ExplainRequest extends Base {
  readonly verb: 'explain';
  /** e.g. `pod.spec.containers.livenessProbe`, already resolved to a known resource. */
  readonly path: readonly string[];
  readonly resource: ResourceType;
  readonly recursive: boolean;
}

export interface ScaleRequest extends Base {
  readonly verb: 'scale';
  readonly targets: readonly Target[];
  readonly replicas: number;
  readonly currentReplicas: number;
  readonly dryRun: DryRun;
  readonly outputName: boolean;
}

/** `cordon`, `uncordon` and `drain`: nodes by name or by `-l`. */
export interface NodeMaintenanceRequest extends Base {
  readonly verb: 'cordon' | 'uncordon' | 'drain';
  readonly nodes: readonly string[];
  readonly selector?: string;
  readonly dryRun: DryRun;
  /** drain only: evict pods that declare no controller. */
  readonly force: boolean;
  readonly ignoreDaemonsets: boolean;
  readonly deleteEmptyDirData: boolean;
  /** Seconds; -1 = each pod's own terminationGracePeriodSeconds. */
  readonly gracePeriod: number;
  /** `--pod-selector`: only the node's pods matching it. */
  readonly podSelector?: string;
}

export interface SimpleRequest extends Base {
  readonly verb: 'version' | 'api-resources';
  readonly client: boolean;
  readonly noHeaders: boolean;
  readonly namespaced?: boolean;
  readonly outputName: boolean;
}

/** Everything `parseKubectl` can produce. */
export type KubectlRequest =
  | GetRequest | DescribeRequest | LogsRequest | DeleteRequest | ManifestRequest | RunRequest | CreateKindRequest
  | ExposeRequest | MetaRequest | SetImageRequest | SetResourcesRequest | EditRequest | ExecRequest | TopRequest
  | ConfigRequest | ExplainRequest | ScaleRequest | NodeMaintenanceRequest | SimpleRequest;
