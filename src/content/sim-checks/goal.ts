/**
 * Judging a Goal (docs/content-format.md "Goals") against a simulated cluster at one time: each
 * field given is compared with what `kubectl get pods` and the Pod object show.
 */
import type { SimState } from '../../sim/index.js';
import type { PodGoal } from '../types.js';
import type { SimSaid } from './messages.js';
import { columnsOf, podOf } from './run.js';

/** Milliseconds a goal waits before it is judged. */
export const goalTime = (goal: PodGoal): number => Math.round((goal.after ?? 0) * 1000);

/**
 * Why the goal does not hold in this state; empty when it does. `sinceMs` is when the learner
 * acted (applied the manifest, ran the last command): messages count time from there, as `after` does.
 */
export function goalFailures(state: SimState, goal: PodGoal, sinceMs = 0): SimSaid[] {
  const ref = { namespace: goal.namespace ?? 'default', name: goal.pod };
  const pod = podOf(state, ref);
  const at = seconds(state.now - sinceMs);
  if (goal.exists === false) return pod ? [{ key: 'goalStillExists', vars: { pod: goal.pod, at } }] : [];
  if (!pod) return [{ key: 'goalNoPod', vars: { pod: goal.pod, namespace: ref.namespace, at } }];
  const out: SimSaid[] = [];
  if (goal.image !== undefined) {
    const containers = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
    if (goal.container !== undefined) {
      const c = containers.find((x) => x.name === goal.container);
      if (!c) out.push({ key: 'goalNoContainer', vars: { container: goal.container } });
      else if (c.image !== goal.image) out.push({ key: 'goalImage', vars: { container: c.name, actual: c.image ?? '', expected: goal.image } });
    } else if (!containers.some((x) => x.image === goal.image)) {
      out.push({ key: 'goalAnyImage', vars: { expected: goal.image, actual: containers.map((x) => x.image ?? '').join(', ') } });
    }
  }
  for (const [key, expected] of Object.entries(goal.labels ?? {})) {
    const actual = pod.metadata.labels?.[key];
    if (actual !== expected) out.push({ key: 'goalLabel', vars: { key, expected, actual: actual ?? '<none>' } });
  }
  const cols = columnsOf(state, pod);
  if (goal.status !== undefined && cols.status !== goal.status) out.push({ key: 'goalStatus', vars: { actual: cols.status, expected: goal.status, at } });
  if (goal.ready !== undefined && cols.ready !== goal.ready) out.push({ key: 'goalReady', vars: { actual: cols.ready, expected: goal.ready, at } });
  if (goal.restarts !== undefined && cols.restarts !== goal.restarts) {
    out.push({ key: 'goalRestarts', vars: { actual: cols.restarts, expected: goal.restarts, at } });
  }
  return out;
}

/** `60s`, `2.5s`: how times appear in messages (content writes durations the same way). */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))}s`;
}
