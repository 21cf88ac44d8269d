// Suffix tables (staging/src/k8s.io/apimachinery/pkg/api/resource/suffix.go).
import type { QuantityFormat } from './quantity-model.js';

/** What a suffix means: value × base^exponent, and the format it selects. */
export interface SuffixMeaning {
  readonly base: 2 | 10;
  readonly exponent: number;
  readonly format: QuantityFormat;
}

const DECIMAL: ReadonlyMap<string, number> = new Map([
  ['n', -9], ['u', -6], ['m', -3], ['', 0], ['k', 3], ['M', 6], ['G', 9], ['T', 12], ['P', 15], ['E', 18],
]);
const BINARY: ReadonlyMap<string, number> = new Map([
  ['Ki', 10], ['Mi', 20], ['Gi', 30], ['Ti', 40], ['Pi', 50], ['Ei', 60],
]);
const DECIMAL_BY_EXPONENT = new Map([...DECIMAL].map(([s, e]) => [e, s] as const));
const BINARY_BY_POWER = new Map([...BINARY].map(([s, e]) => [e / 10, s] as const));

// Note: newest main rejects exponents outside ±MaxInt32 instead of truncating them to int32
// (`1e4294967297` used to parse as 1e1); TestInterpretExponentInt32Bounds.
const MAX_INT32 = 2 ** 31 - 1;
const GO_PARSE_INT = /^[+-]?[0-9]+$/;
const INT64_LIMIT = 1n << 63n;

/** `suffixer.interpret`: undefined when upstream answers "unable to parse quantity's suffix". */
export function interpretSuffix(suffix: string): SuffixMeaning | undefined {
  const decimal = DECIMAL.get(suffix);
  if (decimal !== undefined) return { base: 10, exponent: decimal, format: 'DecimalSI' };
  const binary = BINARY.get(suffix);
  if (binary !== undefined) return { base: 2, exponent: binary, format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    const digits = suffix.slice(1);
    if (!GO_PARSE_INT.test(digits)) return undefined;
    const parsed = BigInt(digits);
    // strconv.ParseInt(…, 64) fails first, then the int32 bound applies.
    if (parsed >= INT64_LIMIT || parsed < -INT64_LIMIT) return undefined;
    if (parsed > BigInt(MAX_INT32) || parsed < -BigInt(MAX_INT32)) return undefined;
    return { base: 10, exponent: Number(parsed), format: 'DecimalExponent' };
  }
  return undefined;
}

/** The DecimalSI suffix for a power of ten, if there is one (`n` … `E`). */
export function decimalSuffix(exponent: number): string | undefined {
  return DECIMAL_BY_EXPONENT.get(exponent);
}

/** The BinarySI suffix for a power of 1024 (1 → `Ki` … 6 → `Ei`); power 0 has none. */
export function binarySuffix(power: number): string | undefined {
  return BINARY_BY_POWER.get(power);
}
