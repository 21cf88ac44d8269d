// The scheduler's integer view of resources (`framework.Resource` in
// pkg/scheduler/framework/types.go): cpu in millicores, everything else in whole units, each
// rounded up from the exact quantity the way `MilliValue()` and `Value()` round.
import type { Pod } from '../api/types.js';
import { fromInt, fromMilli, milliValueAsNumber, valueAsNumber } from '../quantity.js';
import { hasPodLevelRequests, podRequests, type ResourceList } from './requests.js';

/** Requested or allocatable amounts of one pod or node. */
export interface Resource {
  readonly milliCPU: number;
  readonly memory: number;
  readonly ephemeralStorage: number;
  /** Only meaningful for allocatable (`pods`). */
  readonly allowedPods: number;
  /** Extended resources, hugepages and other scalar resources, by name. */
  readonly scalars: ReadonlyMap<string, number>;
}

export const EMPTY_RESOURCE: Resource = { milliCPU: 0, memory: 0, ephemeralStorage: 0, allowedPods: 0, scalars: new Map() };

/**
 * `schedutil.IsScalarResourceName`: extended (`example.com/gpu`), hugepages, attachable volumes
 * and `kubernetes.io/`-prefixed native resources. Note: other unprefixed names are ignored.
 */
export function isScalarResourceName(name: string): boolean {
  return name.includes('/') || name.startsWith('hugepages-') || name.startsWith('attachable-volumes-');
}

/** `IsExtendedResourceName`: has a domain and the domain is not kubernetes.io. */
export function isExtendedResourceName(name: string): boolean {
  return name.includes('/') && !name.includes('kubernetes.io/') && !name.startsWith('requests.');
}

/** `Resource.Add` over a whole list. */
export function toResource(list: ResourceList): Resource {
  let milliCPU = 0; let memory = 0; let ephemeralStorage = 0; let allowedPods = 0;
  const scalars = new Map<string, number>();
  for (const [name, q] of list) {
    if (name === 'cpu') milliCPU += milliValueAsNumber(q);
    else if (name === 'memory') memory += valueAsNumber(q);
    else if (name === 'pods') allowedPods += valueAsNumber(q);
    else if (name === 'ephemeral-storage') ephemeralStorage += valueAsNumber(q);
    else if (isScalarResourceName(name)) scalars.set(name, (scalars.get(name) ?? 0) + valueAsNumber(q));
  }
  return { milliCPU, memory, ephemeralStorage, allowedPods, scalars };
}

export function sumResources(a: Resource, b: Resource): Resource {
  const scalars = new Map(a.scalars);
  for (const [name, v] of b.scalars) scalars.set(name, (scalars.get(name) ?? 0) + v);
  return {
    milliCPU: a.milliCPU + b.milliCPU, memory: a.memory + b.memory,
    ephemeralStorage: a.ephemeralStorage + b.ephemeralStorage, allowedPods: a.allowedPods + b.allowedPods, scalars,
  };
}

/** `schedutil.DefaultMilliCPURequest` and `DefaultMemoryRequest` (200Mi): stand-ins for scoring. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

const DEFAULTS_FOR_SCORING: ResourceList = new Map([
  ['cpu', fromMilli(DEFAULT_MILLI_CPU_REQUEST)],
  ['memory', fromInt(DEFAULT_MEMORY_REQUEST)],
]);

/** What one pod adds to a node: real requests, plus the non-zero cpu/memory used for scoring. */
export interface PodResource {
  readonly requested: Resource;
  readonly nonZeroMilliCPU: number;
  readonly nonZeroMemory: number;
}

/**
 * `PodInfo.CalculateResource`. Note: with pod-level requests set, the 100m/200Mi stand-ins only
 * fill a resource the whole pod leaves unset (`getNonMissingContainerRequests`).
 */
export function podResource(pod: Pod): PodResource {
  const hit = RESOURCE_MEMO.get(pod.spec);
  if (hit) return hit;
  const r = computePodResource(pod);
  RESOURCE_MEMO.set(pod.spec, r);
  return r;
}

/**
 * Lets `bound` share `pod`'s entry in the memo below: a binding copies the spec and sets only
 * `nodeName`, which no request reads, and the scheduler and kubelet then ask about the copy.
 */
export function boundCopyResource(pod: Pod, bound: Pod): void {
  if (bound.spec !== pod.spec) RESOURCE_MEMO.set(bound.spec, podResource(pod));
}

/**
 * `podResource` by spec object. A stored spec is never changed in place (a change makes a new
 * spec), and the result is a pure function of it, so this memo cannot change any result; being
 * weak, it holds nothing a run no longer references.
 */
const RESOURCE_MEMO = new WeakMap<Pod['spec'], PodResource>();

function computePodResource(pod: Pod): PodResource {
  const requests = podRequests(pod);
  let nonMissing = DEFAULTS_FOR_SCORING;
  if (hasPodLevelRequests(pod)) {
    nonMissing = new Map([...DEFAULTS_FOR_SCORING].filter(([name]) => !requests.has(name)));
  }
  const nonZero = nonMissing.size > 0 ? podRequests(pod, { nonMissing }) : requests;
  const cpu = nonZero.get('cpu');
  const mem = nonZero.get('memory');
  return {
    requested: toResource(requests),
    nonZeroMilliCPU: cpu ? milliValueAsNumber(cpu) : 0,
    nonZeroMemory: mem ? valueAsNumber(mem) : 0,
  };
}

/** The incoming pod's cpu/memory as the resource scorers read them (`calculatePodResourceRequest`). */
export function scoringRequest(pod: Pod, useRequested: boolean): { readonly milliCPU: number; readonly memory: number } {
  const memo = useRequested ? SCORING_REQUESTED : SCORING_NON_ZERO;
  const hit = memo.get(pod.spec);
  if (hit) return hit;
  const r = computeScoringRequest(pod, useRequested);
  memo.set(pod.spec, r);
  return r;
}

/** `scoringRequest` by spec object, like `RESOURCE_MEMO` (scoring asks once per node). */
const SCORING_REQUESTED = new WeakMap<Pod['spec'], { readonly milliCPU: number; readonly memory: number }>();
const SCORING_NON_ZERO = new WeakMap<Pod['spec'], { readonly milliCPU: number; readonly memory: number }>();

function computeScoringRequest(pod: Pod, useRequested: boolean): { readonly milliCPU: number; readonly memory: number } {
  const list = useRequested ? podRequests(pod) : podRequests(pod, { nonMissing: DEFAULTS_FOR_SCORING });
  const cpu = list.get('cpu');
  const mem = list.get('memory');
  return { milliCPU: cpu ? milliValueAsNumber(cpu) : 0, memory: mem ? valueAsNumber(mem) : 0 };
}
