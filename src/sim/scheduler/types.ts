// Shapes shared by the scheduler's filters, scores, preemption and results.
import type { Pod } from '../api/types.js';

/**
 * Which release's wording the messages follow.
 * - `v1.33`: `node(s) had untolerated taint {key: value}`, nothing before `preemption:`.
 * - `v1.35`: `node(s) had untolerated taint(s)` (kubernetes PR #134740, in v1.35.0 and
 *   cherry-picked into v1.34 patch releases) and, with DynamicResources on by default since
 *   v1.34, `no new claims to deallocate, ` before `preemption:`.
 */
export type SchedulerWording = 'v1.33' | 'v1.35';

export interface SchedulerOptions {
  /** Default `v1.33`. */
  readonly wording?: SchedulerWording;
}

/** `fwk.Code` values a rejection can carry; only `Unschedulable` nodes are worth preempting on. */
export type StatusCode = 'Unschedulable' | 'UnschedulableAndUnresolvable';

/** One node rejected by one plugin, with the reasons it gave (counted in the message). */
export interface NodeFailure {
  readonly node: string;
  /** Filter or PreFilter plugin name, e.g. `TaintToleration`, `NodeResourcesFit`. */
  readonly plugin: string;
  readonly code: StatusCode;
  /** e.g. `["Insufficient cpu", "Insufficient memory"]`. */
  readonly reasons: readonly string[];
}

/** A filter's verdict on a node: undefined when it passes. */
export interface FilterRejection {
  readonly plugin: string;
  readonly code: StatusCode;
  readonly reasons: readonly string[];
}

/** Per-plugin normalized score (0–100) and the weighted total of one feasible node. */
export interface NodeScore {
  readonly node: string;
  readonly total: number;
  readonly plugins: Readonly<Record<string, number>>;
}

/** What the default scheduler would preempt: the lower-priority pods to delete from `node`. */
export interface PreemptionPlan {
  readonly node: string;
  /** Most important first, as upstream orders victims. */
  readonly victims: readonly Pod[];
}

/** The outcome of one scheduling attempt. */
export type ScheduleResult =
  | {
    readonly kind: 'scheduled';
    readonly node: string;
    /** Every feasible node's score, in node order; empty when only one node was feasible. */
    readonly scores: readonly NodeScore[];
  }
  | {
    readonly kind: 'unschedulable';
    /** The FailedScheduling event message, also the PodScheduled condition message. */
    readonly message: string;
    /** Why each node was rejected, in node order (nodes a PreFilter left out included). */
    readonly failures: readonly NodeFailure[];
    /** Set when preemption found victims: delete them and nominate the node, then retry. */
    readonly preemption?: PreemptionPlan;
  }
  | {
    readonly kind: 'gated';
    /** `spec.schedulingGates[].name`. */
    readonly gates: readonly string[];
  };
