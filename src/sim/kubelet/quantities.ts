// The kubelet's reading of resource quantities: bytes and millicores as plain numbers.
import type { Container, Node } from '../api/types.js';
import { decodeQuantity, milliValueAsNumber, valueAsNumber, type Quantity } from '../quantity.js';

/** A validated quantity (manifests were checked before they reached the store). */
export function quantityOf(raw: string | number | undefined): Quantity | undefined {
  if (raw === undefined) return undefined;
  const parsed = decodeQuantity(raw);
  return parsed.ok ? parsed.value : undefined;
}

/** Whole units (`Value()`), e.g. bytes of memory; 0 when absent. */
export function unitsOf(raw: string | number | undefined): number {
  const q = quantityOf(raw);
  return q ? valueAsNumber(q) : 0;
}

/** Thousandths (`MilliValue()`), e.g. millicores; 0 when absent. */
export function millisOf(raw: string | number | undefined): number {
  const q = quantityOf(raw);
  return q ? milliValueAsNumber(q) : 0;
}

/** The container's memory limit in bytes, if it has one. */
export function memoryLimit(c: Container): number | undefined {
  const raw = c.resources?.limits?.memory;
  if (raw === undefined) return undefined;
  const limits = c.resources!.limits!;
  const hit = LIMIT_MEMO.get(limits);
  if (hit !== undefined) return hit;
  const bytes = unitsOf(raw);
  LIMIT_MEMO.set(limits, bytes);
  return bytes;
}

/**
 * `memoryLimit` by limits object: every start of a container reads it, and a stored spec is
 * never changed in place, so the parsed value is a function of the object (weak: holds nothing).
 */
const LIMIT_MEMO = new WeakMap<object, number>();

/** The container's memory request in bytes (0 when unset, as GetResourceRequestQuantity reads it). */
export function memoryRequest(c: Container): number {
  return unitsOf(c.resources?.requests?.memory);
}

/** Node allocatable of one resource (falls back to capacity, as the API server defaults it). */
export function allocatable(node: Node | undefined, resource: string): string | number | undefined {
  return node?.status?.allocatable?.[resource] ?? node?.status?.capacity?.[resource];
}
