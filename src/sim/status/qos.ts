// QoS class: ComputePodQOS / GetPodQOS in pkg/apis/core/v1/helper/qos/qos.go (the per-container
// rewrite). See k8s-semantics.md §6.
import { decodeQuantity, equal, isZero, type Quantity } from '../quantity.js';
import type { Pod, QOSClass, QuantityValue, ResourceRequirements } from './types.js';

/** Only cpu and memory decide QoS; hugepages, ephemeral-storage and extended resources do not. */
const QOS_RESOURCES = ['cpu', 'memory'] as const;

/** A missing map entry reads as zero, like Go's zero Quantity. */
function quantity(value: QuantityValue | undefined): Quantity {
  const parsed = decodeQuantity(value ?? 0);
  // Manifests are validated before status derivation; a bad quantity here is a caller bug.
  if (!parsed.ok) throw new Error(`${parsed.error}: ${String(value)}`);
  return parsed.value;
}

function isEmpty(list: Readonly<Record<string, unknown>> | undefined): boolean {
  return list === undefined || Object.keys(list).length === 0;
}

/** `resourceQOS`: the class of one set of requests and limits. */
function resourceQOS(resources: ResourceRequirements | undefined): QOSClass {
  if (isEmpty(resources?.requests) && isEmpty(resources?.limits)) return 'BestEffort';
  let qos: QOSClass | undefined;
  for (const name of QOS_RESOURCES) {
    const request = quantity(resources?.requests?.[name]);
    const limit = quantity(resources?.limits?.[name]);
    // Unequal means at least one is non-zero, so neither Guaranteed nor BestEffort.
    if (!equal(request, limit)) return 'Burstable';
    const bestEffort = isZero(request) && isZero(limit);
    if (qos === undefined) qos = bestEffort ? 'BestEffort' : 'Guaranteed';
    else if (bestEffort !== (qos === 'BestEffort')) return 'Burstable';
  }
  return qos ?? 'BestEffort';
}

/**
 * ComputePodQOS: with pod-level `spec.resources` set (PodLevelResources, on by default since
 * 1.34) only those count; otherwise init and regular containers are classed one by one, and any
 * Burstable container, or a mix of Guaranteed and BestEffort, makes the pod Burstable.
 * Note: this reads the spec as given. The API server copies limits into missing requests, so a
 * raw spec with limits only is Burstable here but Guaranteed once defaulted.
 */
export function computeQOS(pod: Pod): QOSClass {
  if (pod.spec.resources != null) return resourceQOS(pod.spec.resources);
  let podQOS: QOSClass | undefined;
  for (const container of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    const qos = resourceQOS(container.resources);
    if (qos === 'Burstable') return qos;
    if (podQOS === undefined) podQOS = qos;
    else if (podQOS !== qos) return 'Burstable';
  }
  return podQOS ?? 'BestEffort';
}

/** GetPodQOS: the stored `status.qosClass` when set, otherwise computeQOS. */
export function getPodQOS(pod: Pod): QOSClass {
  return pod.status?.qosClass || computeQOS(pod);
}
