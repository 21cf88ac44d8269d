// Exact comparison and arithmetic on quantities (`Cmp`, `Add`, `Sub`, `Neg`, `Mul`, `RoundUp`
// and the constructors in staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go).
import {
  digitCount, makeQuantity, pow10, shiftDown, signOf, type Quantity, type QuantityFormat,
} from './quantity-model.js';

// Adding 1e200000 to 1 exactly needs a 200000-digit integer; upstream would build it too. Past
// this gap the sum is refused rather than left to exhaust memory.
const MAX_ALIGN_DIGITS = 100_000;

export function isZero(q: Quantity): boolean {
  return q.mantissa === 0n;
}

/** -1, 0 or 1 (`Sign()`). */
export function sign(q: Quantity): -1 | 0 | 1 {
  return signOf(q.mantissa);
}

/**
 * `Cmp`: -1, 0 or 1 by exact value, so `1` equals `1000m` and `1Gi` equals `1024Mi`. Magnitudes
 * are compared first, so `1e2000000000` against `1` stays cheap.
 */
export function compare(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const sa = signOf(a.mantissa);
  const sb = signOf(b.mantissa);
  if (sa !== sb) return sa > sb ? 1 : -1;
  if (sa === 0) return 0;
  // |x| lies in [10^(size-1), 10^size).
  const sizeA = digitCount(a.mantissa) + a.exponent;
  const sizeB = digitCount(b.mantissa) + b.exponent;
  if (sizeA !== sizeB) return (sizeA > sizeB ? sa : -sa) as -1 | 1;
  const exponent = Math.min(a.exponent, b.exponent);
  const x = a.mantissa * pow10(a.exponent - exponent);
  const y = b.mantissa * pow10(b.exponent - exponent);
  return x === y ? 0 : x < y ? -1 : 1;
}

export function equal(a: Quantity, b: Quantity): boolean {
  return compare(a, b) === 0;
}

function aligned(q: Quantity, exponent: number): bigint {
  const gap = q.exponent - exponent;
  if (gap > MAX_ALIGN_DIGITS) {
    throw new RangeError(`quantities ${gap} orders of magnitude apart cannot be added exactly`);
  }
  return q.mantissa * pow10(gap);
}

/** `Add`: exact. A zero left side takes the right side's format (`0 + 1Gi` prints `1Gi`). */
export function add(a: Quantity, b: Quantity): Quantity {
  const format = a.mantissa === 0n ? b.format : a.format;
  if (b.mantissa === 0n) return makeQuantity(a.mantissa, a.exponent, format);
  if (a.mantissa === 0n) return makeQuantity(b.mantissa, b.exponent, format);
  const exponent = Math.min(a.exponent, b.exponent);
  return makeQuantity(aligned(a, exponent) + aligned(b, exponent), exponent, format);
}

/** `Sub`: exact, with the same format rule as `add`. */
export function sub(a: Quantity, b: Quantity): Quantity {
  return add(a, neg(b));
}

/** `Neg`. */
export function neg(q: Quantity): Quantity {
  return makeQuantity(-q.mantissa, q.exponent, q.format);
}

/** `Mul` by an integer, exact (upstream's "did it stay in int64" flag is not kept). */
export function mul(q: Quantity, factor: bigint | number): Quantity {
  return makeQuantity(q.mantissa * toBigInt(factor), q.exponent, q.format);
}

/**
 * `RoundUp(scale)`: the value at `10^scale` units, rounded away from zero; `exact` is false
 * when something was dropped (`9.01` at scale -1 is `9.1`, inexact).
 */
export function roundUp(q: Quantity, scale: number): { readonly quantity: Quantity; readonly exact: boolean } {
  if (q.exponent >= scale) return { quantity: q, exact: true };
  const { value, exact } = shiftDown(q.mantissa, scale - q.exponent);
  return { quantity: makeQuantity(value, scale, q.format), exact };
}

function toBigInt(n: bigint | number): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) throw new RangeError(`expected a whole number, got ${n}`);
  return BigInt(n);
}

/** `NewQuantity(value, format)`. */
export function fromInt(value: bigint | number, format: QuantityFormat = 'DecimalSI'): Quantity {
  return makeQuantity(toBigInt(value), 0, format);
}

/** `NewMilliQuantity(value, format)`: `value` thousandths, e.g. millicores. */
export function fromMilli(value: bigint | number, format: QuantityFormat = 'DecimalSI'): Quantity {
  return makeQuantity(toBigInt(value), -3, format);
}

/** `NewScaledQuantity(value, scale)`: `value × 10^scale`, DecimalSI. */
export function fromScaled(value: bigint | number, scale: number): Quantity {
  if (!Number.isSafeInteger(scale)) throw new RangeError(`expected a whole scale, got ${scale}`);
  return makeQuantity(toBigInt(value), scale, 'DecimalSI');
}
