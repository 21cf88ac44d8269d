// One scheduling attempt of the default scheduler (`schedulingCycle`/`schedulePod` in
// pkg/scheduler/schedule_one.go): PreEnqueue gates, PreFilter, Filter on every node, then either
// the only feasible node, the best-scored one (ties broken by the seeded generator), or a
// FitError message with the preemption verdict appended.
import type { Node, Pod } from '../api/types.js';
import type { RngState } from '../rng.js';
import { fitErrorMessage, type Diagnosis } from './fit-error.js';
import { runFilters, type CycleState } from './filters.js';
import { nodeNameHint } from './node-affinity.js';
import { nodeState, type NodeState } from './node-state.js';
import { preempt } from './preemption.js';
import { podResource } from './resource.js';
import { scoreNodes } from './scores.js';
import { selectHost } from './select-host.js';
import type { NodeFailure, ScheduleResult, SchedulerOptions } from './types.js';

/** `ErrNoNodesAvailable`: the whole message when the cluster has no Node at all. */
export const NO_NODES_MESSAGE = 'no nodes available to schedule pods';

/** A pod with `spec.nodeName` never reaches the scheduler: the kubelet admits it directly. */
export function bypassesScheduler(pod: Pod): boolean {
  return Boolean(pod.spec.nodeName);
}

/** The default scheduler only takes pods naming it (or no scheduler); others stay Pending silently. */
export function isForDefaultScheduler(pod: Pod): boolean {
  return !pod.spec.schedulerName || pod.spec.schedulerName === 'default-scheduler';
}

function feasibleOrFailure(cycle: CycleState, s: NodeState): NodeFailure | undefined {
  const r = runFilters(cycle, s);
  return r ? { node: s.name, ...r } : undefined;
}

function unschedulable(cycle: CycleState, all: readonly NodeState[], d: Diagnosis, failures: readonly NodeFailure[]): ScheduleResult {
  // Nodes a PreFilter set aside count as unresolvable: preemption never tries them.
  const outcome = preempt(cycle, all, d.preFilterMsg ? [] : d.failures);
  const dra = cycle.wording === 'v1.35' ? 'no new claims to deallocate' : '';
  const post = 'message' in outcome ? [dra, outcome.message].filter(Boolean).join(', ') : '';
  const message = fitErrorMessage(all.length, d, post);
  return 'plan' in outcome
    ? { kind: 'unschedulable', message, failures, preemption: outcome.plan }
    : { kind: 'unschedulable', message, failures };
}

/**
 * Tries to place `pod`. `podsByNode` lists the pods bound to each node (finished ones are
 * ignored). Draws from `rng` only to break a tie between equally scored nodes.
 * Note: feasible nodes keep the order of `nodes`; upstream checks nodes in parallel from a
 * rotating start index, so its order (and therefore its tie order) is not reproducible anyway.
 */
export function schedule(
  pod: Pod, nodes: readonly Node[], podsByNode: ReadonlyMap<string, readonly Pod[]>, rng: RngState,
  options: SchedulerOptions = {},
): { readonly rng: RngState; readonly result: ScheduleResult } {
  return scheduleOnStates(pod, nodeStates(nodes, podsByNode), rng, options);
}

/** What the scheduler knows of every node (`nodes` order), for `scheduleOnStates`. */
export function nodeStates(nodes: readonly Node[], podsByNode: ReadonlyMap<string, readonly Pod[]>): NodeState[] {
  return nodes.map((n) => nodeState(n, podsByNode.get(n.metadata.name ?? '') ?? []));
}

/**
 * `schedule` over node states built once: a scheduling cycle over many pods keeps them and
 * applies each binding with `withPod`, instead of recounting every node's pods per attempt.
 */
export function scheduleOnStates(
  pod: Pod, all: readonly NodeState[], rng: RngState, options: SchedulerOptions = {},
): { readonly rng: RngState; readonly result: ScheduleResult } {
  const gates = (pod.spec.schedulingGates ?? []).map((g) => g.name);
  if (gates.length > 0) return { rng, result: { kind: 'gated', gates } };
  if (all.length === 0) return { rng, result: { kind: 'unschedulable', message: NO_NODES_MESSAGE, failures: [] } };

  // `toResource(podRequests(pod))`, kept per spec by podResource (a pod is tried again and again).
  const cycle: CycleState = { pod, request: podResource(pod).requested, wording: options.wording ?? 'v1.33' };

  const hint = nodeNameHint(pod);
  if (hint.kind === 'conflict') {
    const reason = 'pod affinity terms conflict';
    const failures = all.map((s) => ({ node: s.name, plugin: 'NodeAffinity', code: 'UnschedulableAndUnresolvable' as const, reasons: [reason] }));
    return { rng, result: unschedulable(cycle, all, { failures: [], preFilterMsg: reason }, failures) };
  }

  // Note: a pod nominated by an earlier preemption goes to that node if it fits now, unscored.
  const nominatedName = pod.status?.nominatedNodeName;
  const nominated = nominatedName === undefined ? undefined : all.find((s) => s.name === nominatedName);
  if (nominated && !feasibleOrFailure(cycle, nominated)) {
    return { rng, result: { kind: 'scheduled', node: nominated.name, scores: [] } };
  }

  const considered = hint.kind === 'only' ? all.filter((s) => hint.names.has(s.name)) : all;
  const feasible: NodeState[] = [];
  const failures: NodeFailure[] = [];
  for (const s of considered) {
    const f = feasibleOrFailure(cycle, s);
    if (f) failures.push(f);
    else feasible.push(s);
  }

  if (feasible.length === 0) {
    const absentReasons = hint.kind === 'only' ? ["node(s) didn't satisfy plugin(s) [NodeAffinity]"] : [];
    const isConsidered = new Set(considered);
    const setAside = all.filter((s) => !isConsidered.has(s))
      .map((s) => ({ node: s.name, plugin: 'NodeAffinity', code: 'UnschedulableAndUnresolvable' as const, reasons: absentReasons }));
    // The first failure per node name, in node order (a Map keeps the first of duplicates).
    const byName = new Map<string, NodeFailure>();
    for (const f of [...failures, ...setAside]) if (!byName.has(f.node)) byName.set(f.node, f);
    const ordered = all.map((s) => byName.get(s.name) as NodeFailure);
    return { rng, result: unschedulable(cycle, all, { failures, absentReasons }, ordered) };
  }
  if (feasible.length === 1) return { rng, result: { kind: 'scheduled', node: feasible[0].name, scores: [] } };

  const scores = scoreNodes(pod, feasible, all);
  const picked = selectHost(scores, rng);
  return { rng: picked.rng, result: { kind: 'scheduled', node: picked.node, scores } };
}
