// Reading a quantity as an integer or a float (`Value`, `MilliValue`, `ScaledValue`,
// `AsFloat64Slow` in staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go).
import {
  MAX_INT64, MIN_INT64, digitCount, saturateInt64, shiftDown, type Quantity,
} from './quantity-model.js';

/**
 * `ScaledValue(scale)`: the value in units of `10^scale`, rounded away from zero, as an int64.
 * Note: rounding away from zero for negatives is newest main (TestNegativeValueRoundsAwayFromZero);
 * out-of-range results saturate at ±2^63 like upstream's int64 path (its decimal path wraps).
 */
export function scaledValue(q: Quantity, scale: number): bigint {
  if (q.mantissa === 0n) return 0n;
  const shift = q.exponent - scale;
  // At least 10^19 > 2^63: saturate without building a huge power of ten.
  if (shift > 0 && digitCount(q.mantissa) + shift > 19) {
    return q.mantissa < 0n ? MIN_INT64 : MAX_INT64;
  }
  return saturateInt64(shiftDown(q.mantissa, -shift).value);
}

/** `Value()`: whole units (bytes, cores), rounded away from zero: `1500m` → 2, `0.1` → 1. */
export function value(q: Quantity): bigint {
  return scaledValue(q, 0);
}

/** `MilliValue()`: thousandths (millicores), rounded away from zero: `0.0005` → 1. */
export function milliValue(q: Quantity): bigint {
  return scaledValue(q, -3);
}

/** `Value()` as a JS number, e.g. bytes of memory; exact up to 2^53. */
export function valueAsNumber(q: Quantity): number {
  return Number(value(q));
}

/** `MilliValue()` as a JS number, e.g. millicores of CPU; exact up to 2^53. */
export function milliValueAsNumber(q: Quantity): number {
  return Number(milliValue(q));
}

/**
 * The nearest float to the exact value (`AsFloat64Slow`); ±Infinity past the float range.
 * Upstream's `AsApproximateFloat64` may differ from it in the last bit.
 */
export function toNumber(q: Quantity): number {
  return Number.parseFloat(`${q.mantissa}e${q.exponent}`);
}
