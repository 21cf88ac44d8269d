// DefaultPreemption's PostFilter for the simple case: priorities only, no PodDisruptionBudgets,
// no nominated pods (pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go and
// pkg/scheduler/framework/preemption/preemption.go).
// - Only nodes rejected as `Unschedulable` are tried; a taint, a selector or a request bigger
//   than the whole node is `UnschedulableAndUnresolvable`: "Preemption is not helpful".
// - On a tried node every pod of lower priority is a potential victim; none gives
//   "No preemption victims found for incoming pod". If the pod still does not fit without them,
//   the filter's own reasons are reported. Otherwise victims are reprieved, most important first,
//   while the pod still fits; the rest are the victims.
import type { Pod } from '../api/types.js';
import { fitErrorMessage } from './fit-error.js';
import { runFilters, type CycleState } from './filters.js';
import { nodeState, type NodeState } from './node-state.js';
import type { NodeFailure, PreemptionPlan } from './types.js';

export const NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NO_VICTIMS = 'No preemption victims found for incoming pod';

/** `corev1helpers.PodPriority`: `spec.priority`, 0 when unset. */
export const podPriority = (pod: Pod): number => pod.spec.priority ?? 0;

/** `GetPodStartTime` in ms; a pod not started yet counts as starting now, i.e. latest. */
function startTime(pod: Pod): number {
  const t = pod.status?.startTime;
  return t ? Date.parse(t) : Number.POSITIVE_INFINITY;
}

/** `util.MoreImportantPod` as a sort comparator: higher priority first, then earlier start. */
function byImportance(a: Pod, b: Pod): number {
  const cmp = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(podPriority(b), podPriority(a)) || cmp(startTime(a), startTime(b));
}

type VictimSearch = { readonly victims: readonly Pod[] } | { readonly failure: NodeFailure };

/** `SelectVictimsOnNode` without PDBs. */
function selectVictims(cycle: CycleState, state: NodeState): VictimSearch {
  const mine = podPriority(cycle.pod);
  const potential = state.pods.filter((p) => podPriority(p) < mine).sort(byImportance);
  if (potential.length === 0) {
    return { failure: { node: state.name, plugin: 'DefaultPreemption', code: 'UnschedulableAndUnresolvable', reasons: [NO_VICTIMS] } };
  }
  let kept = state.pods.filter((p) => !potential.includes(p));
  const still = runFilters(cycle, nodeState(state.node, kept));
  if (still) return { failure: { node: state.name, ...still } };
  const victims: Pod[] = [];
  for (const p of potential) {
    const tryKeep = [...kept, p];
    if (runFilters(cycle, nodeState(state.node, tryKeep))) victims.push(p);
    else kept = tryKeep;
  }
  return { victims };
}

/** `GetEarliestPodStartTime`: earliest start among the highest-priority victims. */
function earliestStartOfTop(victims: readonly Pod[]): number {
  const top = Math.max(...victims.map(podPriority));
  return Math.min(...victims.filter((v) => podPriority(v) === top).map(startTime));
}

const INT32_SPAN = 2 ** 31;

/** `pickOneNodeForPreemption` with no PDBs: each rule only breaks the ties of the one before. */
function pickCandidate(candidates: readonly PreemptionPlan[]): PreemptionPlan {
  const rules: ((c: PreemptionPlan) => number)[] = [
    (c) => -podPriority(c.victims[0]),
    (c) => -c.victims.reduce((s, v) => s + podPriority(v) + INT32_SPAN, 0),
    (c) => -c.victims.length,
    (c) => earliestStartOfTop(c.victims),
  ];
  let left = candidates;
  for (const rule of rules) {
    const best = Math.max(...left.map(rule));
    left = left.filter((c) => rule(c) === best);
    if (left.length === 1) break;
  }
  // Note: upstream's last tie-break is "the first in a map", i.e. arbitrary; node order here.
  return left[0];
}

export type PreemptionOutcome = { readonly plan: PreemptionPlan } | { readonly message: string };

/**
 * Runs preemption for a pod that fit nowhere. `failures` are the filter rejections of this
 * attempt (nodes missing from it were rejected as unresolvable by a PreFilter).
 */
export function preempt(cycle: CycleState, all: readonly NodeState[], failures: readonly NodeFailure[]): PreemptionOutcome {
  if (cycle.pod.spec.preemptionPolicy === 'Never') {
    return { message: 'preemption: not eligible due to preemptionPolicy=Never.' };
  }
  const tried: NodeFailure[] = [];
  const candidates: PreemptionPlan[] = [];
  for (const f of failures) {
    if (f.code !== 'Unschedulable') continue;
    const state = all.find((s) => s.name === f.node);
    if (!state) continue;
    const found = selectVictims(cycle, state);
    if ('failure' in found) tried.push(found.failure);
    else if (found.victims.length > 0) candidates.push({ node: state.name, victims: found.victims });
  }
  if (candidates.length > 0) return { plan: pickCandidate(candidates) };
  const detail = fitErrorMessage(all.length, { failures: tried, absentReasons: [NOT_HELPFUL] });
  return { message: `preemption: ${detail}` };
}
