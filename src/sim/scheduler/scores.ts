// The default Score plugins that matter for a plain pod, each 0–100 after normalizing, summed
// with the default profile's weights (pkg/scheduler/apis/config/v1/default_plugins.go).
// Integer steps truncate like Go's int64 arithmetic; float steps are IEEE doubles like Go's.
import type { Pod, Toleration } from '../api/types.js';
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

/** The pod's tolerations that can tolerate PreferNoSchedule taints (empty effect or PreferNoSchedule). */
function preferTolerations(pod: Pod): Toleration[] {
  return (pod.spec.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
}

/** TaintToleration: PreferNoSchedule taints the pod's (empty-effect or PreferNoSchedule) tolerations miss. */
function intolerablePreferNoSchedule(tolerations: readonly Toleration[], node: NodeState): number {
  const taints = node.node.spec?.taints;
  if (!taints || taints.length === 0) return 0;
  return taints.filter((t) => t.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tolerations, t)).length;
}

/** `leastRequestedScore`. */
function leastRequested(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

type Request = { readonly milliCPU: number; readonly memory: number };

/** NodeResourcesFit with the LeastAllocated strategy over cpu and memory, weight 1 each. */
function leastAllocated(req: Request, node: NodeState): number {
  // cpu, then memory; a resource the node has none of is left out (scored per node, so no lists).
  let sum = 0; let weights = 0;
  const cpu = node.allocatable.milliCPU;
  if (cpu !== 0) {
    sum += leastRequested(node.nonZeroMilliCPU + req.milliCPU, cpu);
    weights += 1;
  }
  const memory = node.allocatable.memory;
  if (memory !== 0) {
    sum += leastRequested(node.nonZeroMemory + req.memory, memory);
    weights += 1;
  }
  return weights === 0 ? 0 : Math.trunc(sum / weights);
}

/** NodeResourcesBalancedAllocation: 100 × (1 − spread of the cpu and memory fractions). */
function balancedAllocation(req: Request, node: NodeState): number {
  // The spread needs both fractions; with one resource missing it is 0.
  const cpu = node.allocatable.milliCPU;
  const memory = node.allocatable.memory;
  let std = 0;
  if (cpu !== 0 && memory !== 0) {
    const cpuFraction = Math.min(1, (node.requested.milliCPU + req.milliCPU) / cpu);
    const memoryFraction = Math.min(1, (node.requested.memory + req.memory) / memory);
    std = Math.abs((cpuFraction - memoryFraction) / 2);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

const MB = 1024 * 1024;
const MIN_THRESHOLD = 23 * MB;
const MAX_CONTAINER_THRESHOLD = 1000 * MB;

/** `normalizedImageName`: `nginx` → `nginx:latest`; no registry is added. */
export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

const NO_IMAGES: readonly string[] = [];

/** ImageLocality: sizes of the pod's images already on the node, damped by how few nodes have them. */
function imageLocality(images: readonly string[], node: NodeState, all: readonly NodeState[]): number {
  let sum = 0;
  const onNode = node.node.status?.images ?? [];
  for (const name of onNode.length === 0 ? NO_IMAGES : images) {
    const here = onNode.find((i) => i.names.includes(name));
    if (!here) continue;
    const numNodes = all.filter((n) => (n.node.status?.images ?? []).some((i) => i.names.includes(name))).length;
    sum += Math.trunc((here.sizeBytes ?? 0) * (numNodes / all.length));
  }
  const maxThreshold = MAX_CONTAINER_THRESHOLD * images.length;
  const clamped = Math.min(Math.max(sum, MIN_THRESHOLD), maxThreshold);
  return Math.trunc((MAX_NODE_SCORE * (clamped - MIN_THRESHOLD)) / (maxThreshold - MIN_THRESHOLD));
}

/**
 * Scores every feasible node; `all` is every node of the cluster (ImageLocality counts them).
 * Note: BalancedAllocation skips pods with no cpu/memory requests at all (PreScore returns Skip
 * since kubernetes PR #130260, v1.33), so they score 0 there on every node.
 */
export function scoreNodes(pod: Pod, feasible: readonly NodeState[], all: readonly NodeState[]): NodeScore[] {
  const requested = scoringRequest(pod, true);
  const nonZero = scoringRequest(pod, false);
  const bestEffort = requested.milliCPU === 0 && requested.memory === 0;
  // Per pod, not per node: the tolerations and image names every node is scored against.
  const tolerations = preferTolerations(pod);
  const hasPreferred = (pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).length > 0;
  const images = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c) => normalizedImageName(c.image ?? ''));
  const n = feasible.length;
  // The two normalized plugins need every node's raw score first; a pod with nothing that
  // could score (the usual pod) skips them: all zeros normalize to the same as below.
  const taint = new Array<number>(n);
  const affinity = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    taint[i] = intolerablePreferNoSchedule(tolerations, feasible[i]);
    affinity[i] = hasPreferred ? preferredAffinityScore(pod, feasible[i].node) : 0;
  }
  const taintScores = defaultNormalizeScore(taint, true);
  const affinityScores = defaultNormalizeScore(affinity, false);
  const out = new Array<NodeScore>(n);
  for (let i = 0; i < n; i++) {
    const node = feasible[i];
    // The plugins in SCORE_WEIGHTS order (the order each node's scores are listed in).
    const plugins: Record<ScorePlugin, number> = {
      TaintToleration: taintScores[i],
      NodeAffinity: affinityScores[i],
      NodeResourcesFit: leastAllocated(nonZero, node),
      NodeResourcesBalancedAllocation: bestEffort ? 0 : balancedAllocation(requested, node),
      ImageLocality: imageLocality(images, node, all),
    };
    // The weighted sum (integers, so the order of the terms does not matter).
    const total = plugins.TaintToleration * SCORE_WEIGHTS.TaintToleration + plugins.NodeAffinity * SCORE_WEIGHTS.NodeAffinity
      + plugins.NodeResourcesFit * SCORE_WEIGHTS.NodeResourcesFit
      + plugins.NodeResourcesBalancedAllocation * SCORE_WEIGHTS.NodeResourcesBalancedAllocation
      + plugins.ImageLocality * SCORE_WEIGHTS.ImageLocality;
    out[i] = { node: node.name, total, plugins };
  }
  return out;
}
