// Quantity helpers for describe (canonical strings, sums, milli/whole values), on sim/quantity.
import { add, canonical, decodeQuantity, fromInt, milliValueAsNumber, valueAsNumber, type Quantity } from '../../quantity.js';
import type { Container, PodSpec } from '../../api/types.js';

/** A stored quantity value as Quantity; zero when absent or unreadable. */
export function q(value: string | number | undefined): Quantity {
  if (value === undefined) return fromInt(0);
  const r = decodeQuantity(value);
  return r.ok ? r.value : fromInt(0);
}

/** `Quantity.String()`. */
export const qs = (value: string | number | undefined): string => canonical(q(value));

export const milli = (x: Quantity): number => milliValueAsNumber(x);
export const whole = (x: Quantity): number => valueAsNumber(x);

type Totals = Map<string, Quantity>;

function addList(into: Totals, list: Readonly<Record<string, string | number>> | undefined): void {
  for (const [k, v] of Object.entries(list ?? {})) into.set(k, into.has(k) ? add(into.get(k) as Quantity, q(v)) : q(v));
}

function maxList(into: Totals, list: Readonly<Record<string, string | number>> | undefined): void {
  for (const [k, v] of Object.entries(list ?? {})) {
    const cur = into.get(k);
    if (!cur || milli(q(v)) > milli(cur)) into.set(k, q(v));
  }
}

/**
 * `resourcehelper.PodRequestsAndLimits` (simplified to what podlab pods use): the sum over
 * containers and sidecars, raised to the largest single init container, plus overhead.
 */
export function podRequestsAndLimits(spec: PodSpec): { requests: Totals; limits: Totals } {
  const requests: Totals = new Map();
  const limits: Totals = new Map();
  const regular = (c: Container) => c.restartPolicy !== 'Always';
  for (const c of [...spec.containers, ...(spec.initContainers ?? []).filter((c) => !regular(c))]) {
    addList(requests, c.resources?.requests);
    addList(limits, c.resources?.limits);
  }
  for (const c of (spec.initContainers ?? []).filter(regular)) {
    maxList(requests, c.resources?.requests);
    maxList(limits, c.resources?.limits);
  }
  addList(requests, spec.overhead);
  addList(limits, spec.overhead);
  return { requests, limits };
}
