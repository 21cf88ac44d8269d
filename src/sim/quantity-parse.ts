// `resource.ParseQuantity`, step for step (staging/src/k8s.io/apimachinery/pkg/api/resource/
// quantity.go), including which inputs keep their own text as the printed form.
import {
  MAX_INT64, absBig, makeQuantity, shiftDown, type Quantity, type QuantityFormat,
} from './quantity-model.js';
import { interpretSuffix } from './quantity-suffix.js';

/** `ErrFormatWrong`: the text the API server answers for most malformed quantities. */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** `ErrNumeric`, e.g. for `.e-10` (a number part with no digits on the slow path). */
export const QUANTITY_NUMERIC_ERROR = 'unable to parse numeric part of quantity';
/** `ErrSuffix`, e.g. for `1i`, `1K`, `0.1mi` or `1e4294967297`. */
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

/** The result of parsing: a value, or the upstream error text. */
export type ParseQuantityResult =
  | { readonly ok: true; readonly value: Quantity }
  | { readonly ok: false; readonly error: string };

/** The pieces `parseQuantityString` cuts a quantity into (exported for tests). */
export interface ScannedQuantity {
  readonly positive: boolean;
  /** The signed number part, as written (`-1.025`). */
  readonly value: string;
  /** Integer digits without leading zeros; `0` when there are none. */
  readonly num: string;
  /** Fraction digits, as written. */
  readonly denom: string;
  readonly suffix: string;
}

const SUFFIX_CHARS = 'eEinumkKMGTP';
// Note: upstream's int64 fast path takes at most 18 digits (math.go maxInt64Factors).
const MAX_INT64_FACTORS = 18;
const NANO = -9;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function skip(str: string, from: number, test: (c: string) => boolean): number {
  let i = from;
  while (i < str.length && test(str[i])) i++;
  return i;
}

/** `parseQuantityString`: undefined means ErrFormatWrong. */
export function scanQuantity(str: string): ScannedQuantity | undefined {
  const end = str.length;
  let pos = 0;
  let positive = true;
  if (str[0] === '-' || str[0] === '+') {
    positive = str[0] === '+';
    pos = 1;
  }
  pos = skip(str, pos, (c) => c === '0');
  if (pos >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
  const numEnd = skip(str, pos, isDigit);
  if (numEnd >= end) return { positive, value: str, num: str.slice(pos), denom: '', suffix: '' };
  const num = str.slice(pos, numEnd) || '0';
  pos = numEnd;
  let denom = '';
  if (str[pos] === '.') {
    const denomEnd = skip(str, pos + 1, isDigit);
    denom = str.slice(pos + 1, denomEnd);
    if (denomEnd >= end) return { positive, value: str, num, denom, suffix: '' };
    pos = denomEnd;
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  pos = skip(str, pos, (c) => SUFFIX_CHARS.includes(c));
  if (str[pos] === '-' || str[pos] === '+') pos++;
  if (skip(str, pos, isDigit) < end) return undefined;
  return { positive, value, num, denom, suffix: str.slice(suffixStart) };
}

/**
 * Results by text: manifests repeat a few quantities (`50m`, `64Mi`) and the API server, the
 * scheduler and the kubelet each read them again. A result is a pure function of its text and
 * is never changed, so nothing invalidates an entry; the table is emptied when it grows large.
 */
const PARSED = new Map<string, ParseQuantityResult>();
const PARSED_MAX = 4096;

/** `ParseQuantity(text)`: no trimming, no sign of whitespace allowed. */
export function parseQuantity(text: string): ParseQuantityResult {
  let r = PARSED.get(text);
  if (r === undefined) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    r = parseText(text);
    PARSED.set(text, r);
  }
  return r;
}

function parseText(text: string): ParseQuantityResult {
  if (text.length === 0) return { ok: false, error: QUANTITY_FORMAT_ERROR };
  if (text === '0') return { ok: true, value: makeQuantity(0n, 0, 'DecimalSI', text) };
  const scanned = scanQuantity(text);
  if (!scanned) return { ok: false, error: QUANTITY_FORMAT_ERROR };
  const meaning = interpretSuffix(scanned.suffix);
  if (!meaning) return { ok: false, error: QUANTITY_SUFFIX_ERROR };
  const fast = fastPath(text, scanned, meaning.exponent, meaning.format);
  if (fast) return { ok: true, value: fast };
  return slowPath(scanned, meaning.base, meaning.exponent, meaning.format);
}

/**
 * The int64 fast path. Only here does upstream keep the input text, when it "looks canonical":
 * decimal scale a multiple of 3, digits not ending in `000` and not starting with `0`; binary
 * with a count not divisible by 8.
 */
function fastPath(
  text: string, s: ScannedQuantity, exponent: number, format: QuantityFormat,
): Quantity | undefined {
  let precision: number;
  let scale = 0;
  let multiplier = 1n;
  if (format === 'BinarySI') {
    if (s.denom.length !== 0) return undefined;
    multiplier = 1n << BigInt(exponent);
    // Note: upstream estimates the digits a binary suffix adds as exponent*3/10.
    precision = 15 - s.num.length - Math.trunc((exponent * 3) / 10) - 1;
  } else {
    scale = exponent;
    precision = MAX_INT64_FACTORS - (s.num.length + s.denom.length);
  }
  if (precision < 0) return undefined;
  scale -= s.denom.length;
  if (scale < NANO) return undefined;
  const shifted = s.num + s.denom;
  const digits = BigInt(shifted);
  const magnitude = digits * multiplier;
  if (magnitude > MAX_INT64) return undefined;
  const mantissa = s.positive ? magnitude : -magnitude;
  const keepsText = format === 'BinarySI'
    ? exponent % 10 === 0 && (digits & 7n) !== 0n
    : scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
  return makeQuantity(mantissa, scale, format, keepsText ? text : undefined);
}

/** The inf.Dec path: exact value, rounded up to nano, BinarySI capped at 2^63-1. */
function slowPath(
  s: ScannedQuantity, base: 2 | 10, exponent: number, format: QuantityFormat,
): ParseQuantityResult {
  const match = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/.exec(s.value);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || whole.length + fraction.length === 0) return { ok: false, error: QUANTITY_NUMERIC_ERROR };
  let magnitude = BigInt(whole + fraction);
  let scale = -fraction.length;
  if (base === 10) scale += exponent;
  else magnitude <<= BigInt(exponent);
  // Note: "if you want some resources, you should get some resources": round up, never to 0.
  if (magnitude !== 0n && scale < NANO) {
    magnitude = shiftDown(magnitude, NANO - scale).value;
    scale = NANO;
  }
  let finalFormat = format;
  if (format === 'BinarySI') {
    if (exceedsInt64(magnitude, scale)) {
      magnitude = MAX_INT64;
      scale = 0;
    }
    if (magnitude !== 0n && lessThanOne(magnitude, scale)) finalFormat = 'DecimalSI';
  }
  const negative = match[1] === '-';
  return { ok: true, value: makeQuantity(negative ? -magnitude : magnitude, scale, finalFormat) };
}

// A BinarySI scale here is no lower than minus the fraction digits written, so these powers stay small.
function exceedsInt64(magnitude: bigint, scale: number): boolean {
  return absBig(magnitude) > MAX_INT64 * 10n ** BigInt(-scale);
}

function lessThanOne(magnitude: bigint, scale: number): boolean {
  return magnitude < 10n ** BigInt(-scale);
}

const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/**
 * A quantity as the API server decodes it from a manifest (`UnmarshalJSON`): the text is
 * trimmed of surrounding whitespace first, so `" 1"` is accepted there while `parseQuantity`
 * rejects it. A number is read as its JSON spelling (`0.5`, `1e+21`).
 */
export function decodeQuantity(value: string | number | bigint): ParseQuantityResult {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { ok: false, error: QUANTITY_FORMAT_ERROR };
  }
  return parseQuantity(String(value).replace(GO_SPACE, ''));
}
