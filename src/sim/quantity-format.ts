// `Quantity.String()` and `CanonicalizeBytes` (staging/src/k8s.io/apimachinery/pkg/api/resource/
// quantity.go and amount.go).
import { absBig, pow10, shiftDown, type Quantity, type QuantityFormat } from './quantity-model.js';
import { binarySuffix, decimalSuffix } from './quantity-suffix.js';

/**
 * What Kubernetes prints for a quantity (`String()`): the text parsing kept, if any, otherwise
 * the canonical form. `1.5Gi` → `1536Mi`, `1024Mi` → `1Gi`, `0.5` → `500m`, but `100.035k`
 * stays `100.035k` and `+1` stays `+1` (see `Quantity.text`).
 */
export function canonical(q: Quantity): string {
  return q.text ?? canonicalize(q);
}

/**
 * The canonical form alone (`CanonicalizeBytes`), ignoring any kept text: no fraction digits,
 * the largest suffix that loses nothing, the sign only when negative.
 */
export function canonicalize(q: Quantity): string {
  if (q.mantissa === 0n) return '0';
  if (q.format === 'BinarySI') return binaryForm(q) ?? decimalForm(q, 'DecimalSI');
  return decimalForm(q, q.format);
}

/** BinarySI, or undefined when upstream prints it as DecimalSI (|value| < 1024 or a fraction). */
function binaryForm(q: Quantity): string | undefined {
  // Note: 10^70 alone holds 2^70 = 1024^7, past Ei, so skip building a huge integer.
  if (q.exponent >= 70) return decimalForm(q, 'DecimalExponent');
  const { value, exact } = shiftDown(q.mantissa, -q.exponent);
  if (!exact || absBig(value) < 1024n) return undefined;
  let rest = value;
  let power = 0;
  while (rest % 1024n === 0n) {
    rest /= 1024n;
    power++;
  }
  if (power === 0) return rest.toString();
  const suffix = binarySuffix(power);
  // Note: newest main; older releases dropped the suffix and printed 2^70 as "1".
  return suffix === undefined ? decimalForm(q, 'DecimalExponent') : `${rest}${suffix}`;
}

/** Strip trailing zeros into the exponent, then lower it to a multiple of 3. */
function decimalForm(q: Quantity, format: Exclude<QuantityFormat, 'BinarySI'>): string {
  let mantissa = q.mantissa;
  let exponent = q.exponent;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  const excess = ((exponent % 3) + 3) % 3;
  mantissa *= pow10(excess);
  exponent -= excess;
  if (format === 'DecimalSI') {
    // Note: newest main falls back to exponent form past E and below n ("1000E" → "1e21").
    return `${mantissa}${decimalSuffix(exponent) ?? `e${exponent}`}`;
  }
  return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
}
