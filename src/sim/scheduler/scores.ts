// The default Score plugins that matter for a plain pod, each 0–100 after normalizing, summed
// with the default profile's weights (pkg/scheduler/apis/config/v1/default_plugins.go).
// Integer steps truncate like Go's int64 arithmetic; float steps are IEEE doubles like Go's.
import type { Pod } from '../api/types.js';
import { preferredAffinityScore } from './node-affinity.js';
import type { NodeState } from './node-state.js';
import { scoringRequest } from './resource.js';
import { tolerationsTolerateTaint } from './tolerations.js';
import type { NodeScore } from './types.js';

const MAX_NODE_SCORE = 100;

/** Default weights. PodTopologySpread and InterPodAffinity (weight 2) are not modelled. */
export const SCORE_WEIGHTS = {
  TaintToleration: 3,
  NodeAffinity: 2,
  NodeResourcesFit: 1,
  NodeResourcesBalancedAllocation: 1,
  ImageLocality: 1,
} as const;

type ScorePlugin = keyof typeof SCORE_WEIGHTS;

/** `helper.DefaultNormalizeScore`: scale to 0–100 by the highest score; `reverse` flips it. */
export function defaultNormalizeScore(scores: readonly number[], reverse: boolean): number[] {
  const max = Math.max(0, ...scores);
  if (max === 0) return scores.map(() => (reverse ? MAX_NODE_SCORE : 0));
  return scores.map((s) => {
    const scaled = Math.trunc((MAX_NODE_SCORE * s) / max);
    return reverse ? MAX_NODE_SCORE - scaled : scaled;
  });
}

/** TaintToleration: PreferNoSchedule taints the pod's (empty-effect or PreferNoSchedule) tolerations miss. */
function intolerablePreferNoSchedule(pod: Pod, node: NodeState): number {
  const tolerations = (pod.spec.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
  return (node.node.spec?.taints ?? [])
    .filter((t) => t.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tolerations, t)).length;
}

/** `leastRequestedScore`. */
function leastRequested(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/** NodeResourcesFit with the LeastAllocated strategy over cpu and memory, weight 1 each. */
function leastAllocated(pod: Pod, node: NodeState): number {
  const req = scoringRequest(pod, false);
  const pairs: [number, number][] = [
    [node.nonZeroMilliCPU + req.milliCPU, node.allocatable.milliCPU],
    [node.nonZeroMemory + req.memory, node.allocatable.memory],
  ];
  let sum = 0; let weights = 0;
  for (const [requested, alloc] of pairs) {
    if (alloc === 0) continue;
    sum += leastRequested(requested, alloc);
    weights += 1;
  }
  return weights === 0 ? 0 : Math.trunc(sum / weights);
}

/** NodeResourcesBalancedAllocation: 100 × (1 − spread of the cpu and memory fractions). */
function balancedAllocation(pod: Pod, node: NodeState): number {
  const req = scoringRequest(pod, true);
  const fractions: number[] = [];
  for (const [requested, alloc] of [
    [node.requested.milliCPU + req.milliCPU, node.allocatable.milliCPU],
    [node.requested.memory + req.memory, node.allocatable.memory],
  ]) {
    if (alloc === 0) continue;
    fractions.push(Math.min(1, requested / alloc));
  }
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0] - fractions[1]) / 2);
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

const MB = 1024 * 1024;
const MIN_THRESHOLD = 23 * MB;
const MAX_CONTAINER_THRESHOLD = 1000 * MB;

/** `normalizedImageName`: `nginx` → `nginx:latest`; no registry is added. */
export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

/** ImageLocality: sizes of the pod's images already on the node, damped by how few nodes have them. */
function imageLocality(pod: Pod, node: NodeState, all: readonly NodeState[]): number {
  const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  let sum = 0;
  for (const c of containers) {
    const name = normalizedImageName(c.image ?? '');
    const here = (node.node.status?.images ?? []).find((i) => i.names.includes(name));
    if (!here) continue;
    const numNodes = all.filter((n) => (n.node.status?.images ?? []).some((i) => i.names.includes(name))).length;
    sum += Math.trunc((here.sizeBytes ?? 0) * (numNodes / all.length));
  }
  const maxThreshold = MAX_CONTAINER_THRESHOLD * containers.length;
  const clamped = Math.min(Math.max(sum, MIN_THRESHOLD), maxThreshold);
  return Math.trunc((MAX_NODE_SCORE * (clamped - MIN_THRESHOLD)) / (maxThreshold - MIN_THRESHOLD));
}

/**
 * Scores every feasible node; `all` is every node of the cluster (ImageLocality counts them).
 * Note: BalancedAllocation skips pods with no cpu/memory requests at all (PreScore returns Skip
 * since kubernetes PR #130260, v1.33), so they score 0 there on every node.
 */
export function scoreNodes(pod: Pod, feasible: readonly NodeState[], all: readonly NodeState[]): NodeScore[] {
  const bestEffort = (() => { const r = scoringRequest(pod, true); return r.milliCPU === 0 && r.memory === 0; })();
  const raw: Record<ScorePlugin, number[]> = {
    TaintToleration: defaultNormalizeScore(feasible.map((n) => intolerablePreferNoSchedule(pod, n)), true),
    NodeAffinity: defaultNormalizeScore(feasible.map((n) => preferredAffinityScore(pod, n.node)), false),
    NodeResourcesFit: feasible.map((n) => leastAllocated(pod, n)),
    NodeResourcesBalancedAllocation: feasible.map((n) => (bestEffort ? 0 : balancedAllocation(pod, n))),
    ImageLocality: feasible.map((n) => imageLocality(pod, n, all)),
  };
  return feasible.map((n, i) => {
    const plugins: Record<string, number> = {};
    let total = 0;
    for (const plugin of Object.keys(SCORE_WEIGHTS) as ScorePlugin[]) {
      plugins[plugin] = raw[plugin][i];
      total += raw[plugin][i] * SCORE_WEIGHTS[plugin];
    }
    return { node: n.name, total, plugins };
  });
}
