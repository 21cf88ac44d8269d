// A pod's effective resource requests, exactly as `resourcehelper.PodRequests` adds them up
// (staging/src/k8s.io/component-helpers/resource/helpers.go): app containers and sidecars run
// together, each regular init container runs alone next to the sidecars started before it, and
// pod-level requests (when set) replace the container total for cpu, memory and hugepages.
// Requests only: limits never count (the API server already copied limits into missing requests).
import type { Container, Pod } from '../api/types.js';
import { add, compare, decodeQuantity, type Quantity } from '../quantity.js';

/** Resource name → exact quantity; a present key with a zero value is not the same as no key. */
export type ResourceList = ReadonlyMap<string, Quantity>;

/** The one place the scheduler reads quantity text; manifests were validated before this. */
export function readQuantity(raw: string | number, where: string): Quantity {
  const parsed = decodeQuantity(raw);
  if (!parsed.ok) throw new Error(`${where}: ${parsed.error}`);
  return parsed.value;
}

export function toResourceList(
  list: Readonly<Record<string, string | number>> | undefined, where: string,
): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  for (const [name, raw] of Object.entries(list ?? {})) out.set(name, readQuantity(raw, `${where}.${name}`));
  return out;
}

function addInto(target: Map<string, Quantity>, list: ResourceList): void {
  for (const [name, q] of list) {
    const prev = target.get(name);
    target.set(name, prev === undefined ? q : add(prev, q));
  }
}

// Note: maxResourceList keeps the old value on a tie and takes any key it did not have.
function maxInto(target: Map<string, Quantity>, list: ResourceList): void {
  for (const [name, q] of list) {
    const prev = target.get(name);
    if (prev === undefined || compare(q, prev) > 0) target.set(name, q);
  }
}

/** Fills requests a container leaves out (not ones set to zero), like `applyNonMissing`. */
function applyNonMissing(requests: ResourceList, nonMissing: ResourceList): ResourceList {
  const out = new Map(requests);
  for (const [name, q] of nonMissing) if (!requests.has(name)) out.set(name, q);
  return out;
}

/** Options of `PodRequests` the scheduler uses. */
export interface PodRequestOptions {
  /** Defaults for requests a container leaves out (the scheduler's 100m / 200Mi for scoring). */
  readonly nonMissing?: ResourceList;
}

const isSidecar = (c: Container): boolean => c.restartPolicy === 'Always';

function containerRequests(pod: Pod, c: Container, kind: string, i: number, opts: PodRequestOptions): ResourceList {
  const own = toResourceList(c.resources?.requests, `${pod.metadata.name ?? ''}: spec.${kind}[${i}].resources.requests`);
  return opts.nonMissing && opts.nonMissing.size > 0 ? applyNonMissing(own, opts.nonMissing) : own;
}

/** `IsSupportedPodLevelResource`: cpu, memory and hugepages only. */
export const isPodLevelResource = (name: string): boolean =>
  name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');

/** `IsPodLevelRequestsSet`. */
export function hasPodLevelRequests(pod: Pod): boolean {
  return Object.keys(pod.spec.resources?.requests ?? {}).some(isPodLevelResource);
}

/**
 * The pod's effective requests (`PodRequests`): max(sum(app containers) + sum(sidecars),
 * max over regular init containers of (its request + sidecars declared before it)).
 * Note: pod-level requests are honoured whenever present; the API server drops the field on
 * clusters where the PodLevelResources gate is off, so a stored pod only carries it when on.
 */
export function podRequests(pod: Pod, opts: PodRequestOptions = {}): ResourceList {
  const result = new Map<string, Quantity>();
  pod.spec.containers.forEach((c, i) => addInto(result, containerRequests(pod, c, 'containers', i, opts)));
  const sidecarsSoFar = new Map<string, Quantity>();
  const initPeak = new Map<string, Quantity>();
  (pod.spec.initContainers ?? []).forEach((c, i) => {
    const own = containerRequests(pod, c, 'initContainers', i, opts);
    if (isSidecar(c)) {
      addInto(result, own);
      addInto(sidecarsSoFar, own);
      maxInto(initPeak, sidecarsSoFar);
    } else {
      const combined = new Map<string, Quantity>();
      addInto(combined, own);
      addInto(combined, sidecarsSoFar);
      maxInto(initPeak, combined);
    }
  });
  maxInto(result, initPeak);
  if (hasPodLevelRequests(pod)) {
    const podLevel = toResourceList(pod.spec.resources?.requests, `${pod.metadata.name ?? ''}: spec.resources.requests`);
    for (const [name, q] of podLevel) if (isPodLevelResource(name)) result.set(name, q);
  }
  return result;
}
