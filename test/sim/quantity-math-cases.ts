// Arithmetic and accessor tables transcribed from upstream quantity_test.go. A value written
// [m, e] is upstream's decQuantity/intQuantity(m, e): m × 10^e.
import type { QuantityFormat } from '../../src/sim/quantity.js';

const DSI: QuantityFormat = 'DecimalSI';
const BSI: QuantityFormat = 'BinarySI';
const DEX: QuantityFormat = 'DecimalExponent';
export const MP = 9223372036854775807n;
export const MN = -9223372036854775808n;

type Exact = readonly [bigint, number];

/** TestQuantityCmp: [x, y, Cmp(x, y)]. */
export const UPSTREAM_CMP: readonly (readonly [string, string, number])[] = [
  ['0', '0', 0], ['100m', '50m', 1], ['50m', '100m', -1], ['10000T', '100Gi', 1],
];

/** TestQuantityCmpInt64AndDec: [a, b, Cmp(a, b)]; Cmp(b, a) is the negation. */
export const UPSTREAM_CMP_EXACT: readonly (readonly [Exact, Exact, number])[] = [
  [[901n, -2], [901n, -2], 0],
  [[90n, -1], [901n, -2], -1],
  [[901n, -2], [900n, -2], 1],
  [[0n, 0], [0n, 0], 0],
  [[0n, 1], [0n, -1], 0],
  [[0n, -1], [0n, 1], 0],
  [[800n, -3], [1n, 0], -1],
  [[800n, -3], [79n, -2], 1],
  [[MP, 0], [1n, -1], 1],
  [[MP, 1], [1n, 0], 1],
  [[MP, 1], [1n, 1], 1],
  [[MP, 1], [0n, 1], 1],
  [[MP, -16], [1n, 3], -1],
  [[MN, 0], [0n, 0], -1],
  [[MN, -18], [-1n, 0], -1],
  [[MN, -19], [-1n, 0], 1],
  [[10n ** 18n, -17], [1n, 1], 0],
  [[10n ** 18n, -17], [-10n, 0], 1],
  [[-(10n ** 18n), -17], [-10n, 0], 0],
  [[10n ** 18n, -17], [1n, 0], 1],
  [[10n ** 18n + 1n, -17], [1n, 1], 1],
  [[10n ** 18n - 1n, -17], [1n, 1], -1],
];

/** TestQuantityRoundUp: [input, scale, result, exact]. */
export const UPSTREAM_ROUND_UP: readonly (readonly [string, number, Exact, boolean])[] = [
  ['9.01', -3, [901n, -2], true],
  ['9.01', -2, [901n, -2], true],
  ['9.01', -1, [91n, -1], false],
  ['9.01', 0, [10n, 0], false],
  ['9.01', 1, [10n, 0], false],
  ['9.01', 2, [100n, 0], false],
  ['-9.01', -3, [-901n, -2], true],
  ['-9.01', -2, [-901n, -2], true],
  ['-9.01', -1, [-91n, -1], false],
  ['-9.01', 0, [-10n, 0], false],
  ['-9.01', 1, [-10n, 0], false],
  ['-9.01', 2, [-100n, 0], false],
];

/**
 * TestMilliNewSet: [milli value, format, printed, round-trips]. Note: upstream's fifth row
 * passes an invalid format, which prints as DecimalExponent; it is written that way here.
 */
export const UPSTREAM_MILLI_NEW: readonly (readonly [bigint, QuantityFormat, string, boolean])[] = [
  [1n, DSI, '1m', true],
  [1000n, DSI, '1', true],
  [1234000n, DSI, '1234', true],
  [1024n, BSI, '1024m', false],
  [1000000n, DEX, '1e3', true],
  [1024n * 1024n, BSI, '1048576m', false],
];

/** TestNewSet: [value, format, printed] (same note on DecimalExponent). */
export const UPSTREAM_NEW: readonly (readonly [bigint, QuantityFormat, string])[] = [
  [1n, DSI, '1'], [1000n, DSI, '1k'], [1234000n, DSI, '1234k'], [1024n, BSI, '1Ki'],
  [1000000n, DEX, '1e6'], [1024n * 1024n, BSI, '1Mi'],
];

/** TestNewScaledSet: [value, scale, printed]. */
export const UPSTREAM_NEW_SCALED: readonly (readonly [bigint, number, string])[] = [
  [1n, -9, '1n'], [1000n, -9, '1u'], [1n, -6, '1u'], [1000n, -6, '1m'], [1n, -3, '1m'],
  [1000n, -3, '1'], [1n, 0, '1'], [0n, -9, '0'], [0n, -6, '0'], [0n, -3, '0'], [0n, 0, '0'],
];

/** TestScaledValue: NewScaledQuantity(1, from).ScaledValue(to). */
export const UPSTREAM_SCALED_VALUE: readonly (readonly [number, number, bigint])[] = [
  [-9, -9, 1n], [-9, -6, 1n], [-9, -3, 1n], [-9, 0, 1n],
  [-6, -9, 1000n], [-6, -6, 1n], [-6, -3, 1n], [-6, 0, 1n],
  [-3, -9, 1000000n], [-3, -6, 1000n], [-3, -3, 1n], [-3, 0, 1n],
  [0, -9, 1000000000n], [0, -6, 1000000n], [0, -3, 1000n], [0, 0, 1n],
  [2, -2, 10000n],
];

/** TestNegativeValueRoundsAwayFromZero: [input, Value(), MilliValue()]. */
export const UPSTREAM_AWAY_FROM_ZERO: readonly (readonly [string, bigint, bigint])[] = [
  ['-.484785E-7466', -1n, -1n],
  ['.484785E-7466', 1n, 1n],
  ['-.484785E-1', -1n, -49n],
  ['.484785E-1', 1n, 49n],
  ['-0.0005', -1n, -1n],
  ['0.0005', 1n, 1n],
  ['-1500m', -2n, -1500n],
  ['1500m', 2n, 1500n],
  ['-9.5000000001Gi', -10200547329n, -10200547328108n],
  ['9.5000000001Gi', 10200547329n, 10200547328108n],
  ['-1', -1n, -1000n],
  ['1', 1n, 1000n],
  ['0', 0n, 0n],
];

/** Read from the code: saturation at the int64 limits and everyday values. */
export const CODE_READING_VALUES: readonly (readonly [string, bigint, bigint])[] = [
  ['100m', 1n, 100n],
  ['0.5', 1n, 500n],
  ['1.5Gi', 1610612736n, 1610612736000n],
  ['123Mi', 128974848n, 128974848000n],
  ['129M', 129000000n, 129000000000n],
  ['3.001n', 1n, 1n],
  ['12E', MP, MP],
  ['-12E', MN, MN],
  ['9Ei', MP, MP],
  ['1E2147483647', MP, MP],
  ['1E-2147483647', 1n, 1n],
];

type Operand = readonly [bigint, number, QuantityFormat];
/** TestAdd and TestSub: [a, b, result, result format (Go keeps a's unless a is zero)]. */
export const UPSTREAM_ADD: readonly (readonly [Operand, Operand, bigint, QuantityFormat])[] = [
  [[10n, 0, DSI], [1n, 1, DSI], 20n, DSI],
  [[10n, 0, DSI], [1n, 0, BSI], 11n, DSI],
  [[10n, 0, BSI], [1n, 0, DSI], 11n, BSI],
  [[0n, 0, DSI], [50n, 0, DSI], 50n, DSI],
  [[50n, 0, DSI], [0n, 0, DSI], 50n, DSI],
  [[0n, 0, DSI], [0n, 0, DSI], 0n, DSI],
];
export const UPSTREAM_SUB: readonly (readonly [Operand, Operand, bigint, QuantityFormat])[] = [
  [[10n, 0, DSI], [1n, 1, DSI], 0n, DSI],
  [[10n, 0, DSI], [1n, 0, BSI], 9n, DSI],
  [[10n, 0, BSI], [1n, 0, DSI], 9n, BSI],
  [[0n, 0, DSI], [50n, 0, DSI], -50n, DSI],
  [[50n, 0, DSI], [0n, 0, DSI], 50n, DSI],
  [[0n, 0, DSI], [0n, 0, DSI], 0n, DSI],
];

/** TestMul: [a, factor, exact result] (upstream's int64-fit flag is not modelled). */
export const UPSTREAM_MUL: readonly (readonly [Exact, bigint, Exact])[] = [
  [[10n, 0], 10n, [100n, 0]], [[10n, 0], 1n, [10n, 0]], [[10n, 0], 1n, [10n, 0]],
  [[0n, 0], 50n, [0n, 0]], [[50n, 0], 0n, [0n, 0]], [[0n, 0], 0n, [0n, 0]],
  [[10n, 0], -10n, [-100n, 0]], [[-10n, 0], 1n, [-10n, 0]], [[10n, 0], -1n, [-10n, 0]],
  [[-50n, 0], 0n, [0n, 0]], [[-50n, 0], -50n, [2500n, 0]], [[0n, 0], -50n, [0n, 0]],
  [[MP, 0], 0n, [0n, 1]], [[MP, 0], 1n, [MP, 0]], [[MP, 0], -1n, [-MP, 0]],
  [[MP / 2n, 0], 2n, [(MP / 2n) * 2n, 0]], [[MP / -2n, 0], -2n, [(MP / 2n) * 2n, 0]],
  [[MP, 0], 2n, [MP * 2n, 0]], [[MP, 0], 10n, [MP, 1]], [[MP, 0], -10n, [-MP, 1]],
  [[MN, 0], 0n, [0n, 1]], [[MN, 0], 1n, [MN, 0]], [[MN, 0], -1n, [MP + 1n, 0]],
  [[MN / 2n, 0], 2n, [MN, 0]], [[MN / -2n, 0], -2n, [MN, 0]], [[MN, 0], 2n, [MN * 2n, 0]],
  [[MN, 0], 10n, [MN, 1]], [[MN, 0], -10n, [MP + 1n, 1]],
];

/** TestNeg: [a, -a]. */
export const UPSTREAM_NEG: readonly (readonly [Operand, bigint])[] = [
  [[0n, 0, DSI], 0n], [[0n, 0, DSI], 0n], [[10n, 0, BSI], -10n], [[-10n, 0, BSI], 10n],
  [[0n, 0, DSI], 0n], [[10n, 0, BSI], -10n], [[-10n, 0, BSI], 10n],
];

const M7 = 7n * 1024n * 1024n;
const sevenMi = (f: QuantityFormat): (readonly [Operand, number])[] => [
  [[1024n, 0, f], 1024], [[8n * 1024n, 0, f], 8 * 1024], [[M7, 0, f], 7 * 1024 * 1024],
  [[M7, 1, f], 7 * 1024 * 1024 * 10], [[M7, 4, f], 7 * 1024 * 1024 * 10000],
  [[M7, 8, f], 7 * 1024 * 1024 * 100000000], [[M7, -1, f], (7 * 1024 * 1024) / 10],
  [[M7, -8, f], (7 * 1024 * 1024) / 100000000],
];
/** TestQuantityAsFloat64Slow: [value, float]. */
export const UPSTREAM_FLOAT: readonly (readonly [Operand, number])[] = [
  [[0n, 0, DSI], 0], [[0n, 0, DEX], 0], [[0n, 0, BSI], 0], [[0n, 500, DSI], 0], [[0n, 500, DSI], 0],
  [[0n, -500, DSI], 0], [[0n, -500, DSI], 0],
  [[1n, 0, DSI], 1], [[1n, 0, DEX], 1], [[1n, 0, BSI], 1],
  ...sevenMi(BSI), ...sevenMi(DSI), ...sevenMi(DEX),
  [[MP, 0, DSI], 9223372036854775807], [[MP, 0, BSI], 9223372036854775807], [[12n, 18, DSI], 1.2e19],
  [[12n, 500, DSI], Infinity], [[-12n, 500, DSI], -Infinity],
];

/** TestStringQuantityAsFloat64Slow. */
export const UPSTREAM_STRING_FLOAT: readonly (readonly [string, number])[] = [
  ['2Ki', 2048], ['1.1Ki', 1126.4], ['1Mi', 1.048576e6], ['2Gi', 2.147483648e9],
];
