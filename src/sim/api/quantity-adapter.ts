// The API server's only window onto resource.Quantity. Everything this module needs from the
// quantity model goes through here, so moving to a different quantity entry point is one edit.
import { canonical, compare, decodeQuantity, roundUp, type Quantity } from '../quantity.js';

export type { Quantity };

/** A quantity as a manifest gives it: `"500m"`, `"1Gi"` or a bare number. */
export type QuantityInput = string | number;

/** `Quantity.UnmarshalJSON`: the value, or the exact error text the API server answers. */
export function readQuantity(value: QuantityInput): { readonly ok: true; readonly q: Quantity } | { readonly ok: false; readonly error: string } {
  const r = decodeQuantity(value);
  return r.ok ? { ok: true, q: r.value } : { ok: false, error: r.error };
}

/**
 * `SetDefaults_ResourceList`: round up to milli precision (RoundUp(-3)), which only touches
 * values finer than `1m` (and then forgets the text they were written with).
 * Note: pkg/apis/core/v1/defaults.go SetDefaults_ResourceList.
 */
export function roundUpToMilli(q: Quantity): Quantity {
  return q.exponent >= -3 ? q : roundUp(q, -3).quantity;
}

/** `Quantity.String()`. */
export function quantityString(q: Quantity): string {
  return canonical(q);
}

/** The stored form of a manifest quantity; the input itself when it does not parse. */
export function canonicalQuantity(value: QuantityInput, roundMilli: boolean): QuantityInput {
  const r = readQuantity(value);
  if (!r.ok) return value;
  return quantityString(roundMilli ? roundUpToMilli(r.q) : r.q);
}

/** `Quantity.Cmp`: -1, 0 or 1, exact. */
export function compareQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return compare(a, b);
}

export function isNegativeQuantity(q: Quantity): boolean {
  return q.mantissa < 0n;
}

/** `MilliValue() % 1000 == 0`: whether the quantity is a whole number. */
export function isWholeQuantity(q: Quantity): boolean {
  if (q.exponent >= 0) return true;
  return q.mantissa % 10n ** BigInt(-q.exponent) === 0n;
}
