// What `podlab explain` says about one pod: the `kubectl get pods` row, the status the kubelet
// would compute, resources in canonical form, and findings in the learner's language.
import type { GeneratedCondition, PodPhase, QOSClass } from '../status/index.js';

export type ExplainLang = 'en' | 'ko';

/** How much a finding matters: something is broken, something is risky, or just so you know. */
export type Severity = 'error' | 'warning' | 'info';

/** One code per situation explain recognises; checks and tests match on it, never on the text. */
export type FindingCode =
  | 'crash-loop' | 'completed-restarted' | 'oom-killed' | 'image-pull' | 'create-container-config-error'
  | 'container-start-error' | 'pending-unschedulable' | 'pending-not-scheduled' | 'scheduling-gated'
  | 'init-failing' | 'init-waiting' | 'not-ready' | 'readiness-gates' | 'evicted' | 'terminating'
  | 'terminating-stuck' | 'node-lost' | 'node-unreachable' | 'completed' | 'failed' | 'deadline-exceeded'
  | 'rejected' | 'container-status-unknown' | 'restarted' | 'liveness-restarts' | 'probe-tight'
  | 'liveness-without-readiness' | 'probe-port' | 'best-effort' | 'phase-mismatch' | 'container-creating'
  | 'healthy' | 'no-status';

/** One thing explain noticed: what is wrong (`message`) and what to try (`advice`). */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly message: string;
  readonly advice?: string;
}

/** A container's requests and limits in canonical form (`1536Mi`, `500m`). */
export interface ContainerResources {
  readonly name: string;
  /** Set on init containers (sidecars included). */
  readonly init?: true;
  readonly requests: Readonly<Record<string, string>>;
  readonly limits: Readonly<Record<string, string>>;
}

/** The whole explanation of one pod. */
export interface PodExplanation {
  readonly name: string;
  readonly namespace: string;
  readonly ready: string;
  readonly status: string;
  readonly restarts: string;
  readonly age: string;
  readonly qosClass: QOSClass;
  readonly phase: { readonly reported: string; readonly derived: PodPhase };
  readonly conditions: readonly GeneratedCondition[];
  readonly containers: readonly ContainerResources[];
  readonly findings: readonly Finding[];
}
