// The data shape of a Kubernetes `resource.Quantity` and the exact integer helpers shared by
// parsing, printing and arithmetic. Mirrors staging/src/k8s.io/apimachinery/pkg/api/resource.

/** How a quantity prints (`resource.Format`): `12e6`, `12Mi` or `12M`. */
export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

/**
 * An exact quantity: its value is `mantissa × 10^exponent`. Values are never floating point,
 * like upstream, so `0.1 + 0.2` of a CPU is exactly `300m`.
 */
export interface Quantity {
  readonly mantissa: bigint;
  /** Base-10 exponent (upstream `Scale`); may be far outside ±308 for inputs like `1e2000`. */
  readonly exponent: number;
  readonly format: QuantityFormat;
  /**
   * The text `ParseQuantity` kept because it looked canonical; `canonical()` returns it as is.
   * Note: upstream caches the input (sign, leading zeros and all) on its int64 fast path, so
   * `+1`, `01` and `100.035k` print back unchanged (quantity.go, ParseQuantity).
   */
  readonly text?: string;
}

export const MAX_INT64 = (1n << 63n) - 1n;
export const MIN_INT64 = -(1n << 63n);

/**
 * Builds a quantity; `text` only when it is the string upstream would keep. A zero gets
 * exponent 0 so that `0e-2147483647` carries no exponent a caller could try to expand.
 */
export function makeQuantity(
  mantissa: bigint,
  exponent: number,
  format: QuantityFormat,
  text?: string,
): Quantity {
  const e = mantissa === 0n ? 0 : exponent;
  return text === undefined ? { mantissa, exponent: e, format } : { mantissa, exponent: e, format, text };
}

/** Drops the kept text: any change of value or format makes upstream recompute the string. */
export function withoutText(q: Quantity): Quantity {
  return makeQuantity(q.mantissa, q.exponent, q.format);
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

export function absBig(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** Decimal digits of a non-zero magnitude (0 counts as one digit). */
export function digitCount(n: bigint): number {
  return absBig(n).toString().length;
}

/** -1, 0 or 1. */
export function signOf(n: bigint): -1 | 0 | 1 {
  return n === 0n ? 0 : n < 0n ? -1 : 1;
}

/**
 * `n / 10^k`, rounded away from zero like upstream `negativeScaleInt64` and `inf.RoundUp`;
 * `exact` says nothing was dropped. A huge `k` never builds `10^k`: any non-zero value
 * smaller than one unit rounds to ±1.
 */
export function shiftDown(n: bigint, k: number): { readonly value: bigint; readonly exact: boolean } {
  if (k <= 0) return { value: n * pow10(-k), exact: true };
  if (n === 0n) return { value: 0n, exact: true };
  const magnitude = absBig(n);
  const sign = n < 0n ? -1n : 1n;
  if (k >= digitCount(magnitude)) return { value: sign, exact: false };
  const divisor = pow10(k);
  const quotient = magnitude / divisor;
  const exact = magnitude % divisor === 0n;
  return { value: sign * (exact ? quotient : quotient + 1n), exact };
}

/** Clamps to int64 the way upstream's int64 accessors saturate. */
export function saturateInt64(n: bigint): bigint {
  return n > MAX_INT64 ? MAX_INT64 : n < MIN_INT64 ? MIN_INT64 : n;
}
