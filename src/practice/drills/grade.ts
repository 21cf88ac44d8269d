// Grading a drill on a practice cluster: the cluster is rebuilt from its log (a copy: nothing is
// saved, so the learner's clock stays where it is), time passes for the longest `after` of the
// checks, and every check is judged by the same evaluators `podlab validate` uses. Each check
// earns its weight, so a half-done task gets part of its points.
import { checkFailures, gradeTime } from '../../content/sim-checks/drills.js';
import type { SimSaid } from '../../content/sim-checks/messages.js';
import type { Drill, DrillCheck } from '../../content/types.js';
import type { SimState } from '../../sim/index.js';
import type { ClusterSave, LogEntry } from '../save.js';
import { replay } from '../session.js';
import { mergeDue } from './place.js';

/** Why a check failed: the simulator's words, or a file the learner had to write. */
export type CheckFailure =
  | { readonly kind: 'sim'; readonly said: SimSaid }
  | { readonly kind: 'file-missing'; readonly path: string }
  | { readonly kind: 'file-differs'; readonly path: string; readonly actual: string; readonly expected: string };

/** One check judged. */
export interface CheckOutcome {
  readonly check: DrillCheck;
  readonly passed: boolean;
  readonly failures: readonly CheckFailure[];
}

/** A drill judged: each check, and the weights earned out of all. */
export interface DrillGrade {
  readonly checks: readonly CheckOutcome[];
  readonly score: number;
  readonly total: number;
  /** Cluster time let pass before judging, in milliseconds. */
  readonly waitedMs: number;
}

/** Reads a file the learner wrote; undefined when there is none. */
export type ReadText = (path: string) => string | undefined;

export { gradeTime };

function failuresOf(state: SimState, check: DrillCheck, sinceMs: number, readText: ReadText): CheckFailure[] {
  if (check.kind !== 'file') return (checkFailures(state, check, sinceMs) ?? []).map((said) => ({ kind: 'sim', said }));
  const text = readText(check.path);
  if (text === undefined) return [{ kind: 'file-missing', path: check.path }];
  const actual = text.trim();
  return actual === check.expect.trim() ? [] : [{ kind: 'file-differs', path: check.path, actual, expected: check.expect.trim() }];
}

/** Where and when a cluster is judged. */
export interface GradeAt {
  /** The practice clusters' t = 0 (epoch ms). */
  readonly startEpochMs: number;
  /** Cluster time of the attempt: the learner is done at this moment. */
  readonly nowMs: number;
}

/**
 * Judges `drill` on a copy of `cluster`, with the setup's `pending` actions happening at their times while the checks wait. Throws
 * when the log cannot be replayed.
 */
export function gradeDrill(drill: Drill, cluster: ClusterSave, at: GradeAt, pending: readonly LogEntry[], readText: ReadText): DrillGrade {
  const waitedMs = gradeTime(drill);
  const until = at.nowMs + waitedMs;
  const copy = mergeDue(cluster, pending, until).cluster;
  const live = replay(copy, at.startEpochMs, at.nowMs);
  live.advance(until);
  const checks = drill.checks.map((check) => {
    const failures = failuresOf(live.session.state, check, at.nowMs, readText);
    return { check, passed: failures.length === 0, failures };
  });
  const score = checks.reduce((s, c) => s + (c.passed ? c.check.weight : 0), 0);
  const total = drill.checks.reduce((s, c) => s + c.weight, 0);
  return { checks, score, total, waitedMs };
}
