import type { PodGoal } from '../content/index.js';
import { getPod, type SimState } from '../sim/index.js';
import { printPodRow } from '../sim/status/index.js';

/** One way the cluster differs from a goal: the field, what the goal wants, what is there. */
export interface GoalMiss {
  readonly field: 'exists' | 'image' | 'labels' | 'status' | 'ready' | 'restarts';
  readonly want: string;
  readonly got: string;
}

/** What `kubectl get pod` would show of the goal's Pod, and how it misses the goal. */
export interface GoalResult {
  readonly row?: { readonly status: string; readonly ready: string; readonly restarts: number };
  readonly misses: readonly GoalMiss[];
}

/**
 * Simulated seconds to wait before judging when a goal gives no `after`: none, as `podlab
 * validate` judges answer keys, so a key it accepts is always accepted here.
 */
export const DEFAULT_AFTER_SECONDS = 0;

/** Judges one Pod of the simulated cluster against a goal; only the fields the goal gives count. */
export function checkGoal(state: SimState, goal: PodGoal): GoalResult {
  const pod = getPod(state, goal.namespace ?? 'default', goal.pod);
  const shouldExist = goal.exists ?? true;
  if (!pod) return { misses: shouldExist ? [{ field: 'exists', want: 'true', got: 'false' }] : [] };
  if (!shouldExist) return { misses: [{ field: 'exists', want: 'false', got: 'true' }] };
  const printed = printPodRow(pod, state.startEpochMs + state.now);
  const row = { status: printed.status, ready: printed.ready, restarts: Number.parseInt(printed.restarts, 10) || 0 };
  const misses: GoalMiss[] = [];
  if (goal.image !== undefined) {
    const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers]
      .filter((c) => goal.container === undefined || c.name === goal.container);
    if (!containers.some((c) => c.image === goal.image)) {
      misses.push({ field: 'image', want: goal.image, got: containers.map((c) => c.image).join(', ') || '-' });
    }
  }
  if (goal.labels !== undefined) {
    const labels = pod.metadata.labels ?? {};
    if (!Object.entries(goal.labels).every(([k, v]) => labels[k] === v)) {
      const show = (l: Readonly<Record<string, string>>) => Object.entries(l).map(([k, v]) => `${k}=${v}`).join(',') || '-';
      misses.push({ field: 'labels', want: show(goal.labels), got: show(labels) });
    }
  }
  if (goal.status !== undefined && row.status !== goal.status) misses.push({ field: 'status', want: goal.status, got: row.status });
  if (goal.ready !== undefined && row.ready !== goal.ready) misses.push({ field: 'ready', want: goal.ready, got: row.ready });
  if (goal.restarts !== undefined && row.restarts !== goal.restarts) {
    misses.push({ field: 'restarts', want: String(goal.restarts), got: String(row.restarts) });
  }
  return { row, misses };
}
