import { describe, expect, it } from 'vitest';
import {
  add, canonical, compare, equal, fromInt, fromMilli, fromScaled, milliValue, milliValueAsNumber, mul,
  neg, parseQuantity, roundUp, scaledValue, sign, sub, toNumber, value, valueAsNumber,
  type Quantity, type QuantityFormat,
} from '../../src/sim/quantity.js';
import {
  CODE_READING_VALUES, MN, UPSTREAM_ADD, UPSTREAM_AWAY_FROM_ZERO, UPSTREAM_CMP, UPSTREAM_CMP_EXACT,
  UPSTREAM_FLOAT, UPSTREAM_MILLI_NEW, UPSTREAM_MUL, UPSTREAM_NEG, UPSTREAM_NEW, UPSTREAM_NEW_SCALED,
  UPSTREAM_ROUND_UP, UPSTREAM_SCALED_VALUE, UPSTREAM_STRING_FLOAT, UPSTREAM_SUB,
} from './quantity-math-cases.js';

function parse(text: string): Quantity {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const exact = (mantissa: bigint, exponent: number, format: QuantityFormat = 'DecimalSI'): Quantity =>
  ({ mantissa, exponent, format });

describe('compare', () => {
  it.each(UPSTREAM_CMP)('TestQuantityCmp: %j vs %j is %i', (x, y, expected) => {
    expect(compare(parse(x), parse(y))).toBe(expected);
  });
  it.each(UPSTREAM_CMP_EXACT)('TestQuantityCmpInt64AndDec: [%s] vs [%s] is %i', (a, b, expected) => {
    expect(compare(exact(...a), exact(...b))).toBe(expected);
    expect(compare(exact(...b), exact(...a))).toBe(-expected || 0);
  });
  it.each([
    ['1', '1000m', 0], ['1Gi', '1024Mi', 0], ['1E2147483647', '1', 1], ['-1E2147483647', '1m', -1],
    ['1E-2147483647', '1n', 0], ['129M', '123Mi', 1],
  ] as const)('%j vs %j is %i, without building huge numbers', (x, y, expected) => {
    expect(compare(parse(x), parse(y))).toBe(expected);
    expect(equal(parse(x), parse(y))).toBe(expected === 0);
  });
});

describe('roundUp (TestQuantityRoundUp)', () => {
  it.each(UPSTREAM_ROUND_UP)('%j to scale %i', (input, scale, [m, e], isExact) => {
    const result = roundUp(parse(input), scale);
    expect(result.exact).toBe(isExact);
    expect(compare(result.quantity, exact(m, e))).toBe(0);
  });
});

describe('constructors', () => {
  it.each(UPSTREAM_NEW)('TestNewSet: %s %s prints %j and reads back', (v, format, printed) => {
    expect(canonical(fromInt(v, format))).toBe(printed);
    expect(value(parse(printed))).toBe(v);
  });
  it.each(UPSTREAM_MILLI_NEW)('TestMilliNewSet: %s milli %s prints %j', (v, format, printed, roundTrips) => {
    expect(canonical(fromMilli(v, format))).toBe(printed);
    if (roundTrips) expect(milliValue(parse(printed))).toBe(v);
  });
  it.each(UPSTREAM_NEW_SCALED)('TestNewScaledSet: %s×10^%i prints %j', (v, scale, printed) => {
    expect(canonical(fromScaled(v, scale))).toBe(printed);
    expect(scaledValue(parse(printed), scale)).toBe(v);
  });
  it('rejects a fractional number instead of rounding it', () => {
    expect(() => fromInt(1.5)).toThrow(RangeError);
  });
});

describe('integer accessors', () => {
  it.each(UPSTREAM_SCALED_VALUE)('TestScaledValue: 1×10^%i at scale %i is %s', (from, to, expected) => {
    expect(scaledValue(fromScaled(1n, from), to)).toBe(expected);
  });
  it.each(UPSTREAM_AWAY_FROM_ZERO)('TestNegativeValueRoundsAwayFromZero: %j → %s, %s milli', (input, v, milli) => {
    expect(value(parse(input))).toBe(v);
    expect(milliValue(parse(input))).toBe(milli);
  });
  it.each(CODE_READING_VALUES)('%j → %s, %s milli', (input, v, milli) => {
    expect(value(parse(input))).toBe(v);
    expect(milliValue(parse(input))).toBe(milli);
  });
  it.each([['1Gi', 1073741824, 1073741824000], ['250m', 1, 250], ['-1500m', -2, -1500]] as const)(
    '%j as JS numbers: %d, %d milli', (input, bytes, millis) => {
      expect(valueAsNumber(parse(input))).toBe(bytes);
      expect(milliValueAsNumber(parse(input))).toBe(millis);
    });
});

describe('toNumber (TestQuantityAsFloat64Slow)', () => {
  it.each(UPSTREAM_FLOAT)('[%s] → %d', ([m, e, format], expected) => {
    expect(toNumber(exact(m, e, format))).toBe(expected);
  });
  it.each(UPSTREAM_STRING_FLOAT)('TestStringQuantityAsFloat64Slow: %j → %d', (input, expected) => {
    expect(toNumber(parse(input))).toBe(expected);
  });
});

describe('arithmetic', () => {
  it.each(UPSTREAM_ADD)('TestAdd: [%s] + [%s] = %s (%s)', (a, b, sum, format) => {
    const result = add(exact(...a), exact(...b));
    expect(compare(result, exact(sum, 0))).toBe(0);
    expect(result.format).toBe(format);
  });
  it.each(UPSTREAM_SUB)('TestSub: [%s] - [%s] = %s (%s)', (a, b, difference, format) => {
    const result = sub(exact(...a), exact(...b));
    expect(compare(result, exact(difference, 0))).toBe(0);
    expect(result.format).toBe(format);
  });
  it.each(UPSTREAM_MUL)('TestMul: [%s] × %s', ([m, e], factor, [rm, re]) => {
    expect(compare(mul(exact(m, e), factor), exact(rm, re))).toBe(0);
  });
  it.each(UPSTREAM_NEG)('TestNeg: -[%s] = %s, format kept', (a, negated) => {
    const result = neg(exact(...a));
    expect(compare(result, exact(negated, 0))).toBe(0);
    expect(result.format).toBe(a[2]);
  });
  it('TestQuantityNeg: -(9.01) prints -9010m', () => {
    expect(canonical(neg(exact(901n, -2)))).toBe('-9010m');
  });
  it.each(['100m', '1Gi'])('Test{Add,Sub}ZeroPreservesSuffix: %j', (text) => {
    const zero = parse('0');
    expect(canonical(add(parse(text), zero))).toBe(text);
    expect(canonical(add(zero, parse(text)))).toBe(text);
    expect(canonical(sub(parse(text), zero))).toBe(text);
    expect(canonical(sub(zero, parse(text)))).toBe(`-${text}`);
  });
  it('TestQuantityCanocicalizeZero: 1000m - 1 prints 0', () => {
    expect(canonical(sub(parse('1000m'), fromInt(1)))).toBe('0');
  });
  it('forgets the kept text once the value changes', () => {
    expect(canonical(add(parse('100.035k'), parse('0')))).toBe('100035');
    expect(canonical(neg(parse('+1')))).toBe('-1');
  });
  it('sums container requests exactly', () => {
    const total = ['100m', '0.25', '1.5', '50m'].map(parse).reduce(add);
    expect(canonical(total)).toBe('1900m');
    expect(canonical(['64Mi', '0.5Gi', '1Gi'].map(parse).reduce(add))).toBe('1600Mi');
  });
  it('keeps no huge exponent on a zero, so callers may expand 10^exponent', () => {
    expect(parse('0e-2147483647').exponent).toBe(0);
    expect(sub(parse('1E2147483646'), parse('1E2147483646')).exponent).toBe(0);
  });
  it('refuses a sum whose operands are too many orders of magnitude apart', () => {
    expect(() => add(parse('1e200000'), parse('1'))).toThrow(RangeError);
  });
});

describe('at the most negative int64 (TestNegAndSubAtMostNegative and neighbours)', () => {
  const zero = fromInt(0);
  it.each([
    ['-mostNegative', () => neg(fromInt(MN)), '9223372036854775808'],
    ['0 - mostNegative', () => sub(zero, fromInt(MN)), '9223372036854775808'],
    ['1 - mostNegative', () => sub(fromInt(1), fromInt(MN)), '9223372036854775809'],
    ['-(mostNegative m)', () => neg(fromScaled(MN, -3)), '9223372036854775808m'],
    ['1m - mostNegative m', () => sub(fromScaled(1n, -3), fromScaled(MN, -3)), '9223372036854775809m'],
    ['0 - mostNegative m', () => sub(zero, fromScaled(MN, -3)), '9223372036854775808m'],
    ['10 - mostNegative', () => sub(fromScaled(1n, 1), fromInt(MN)), '9223372036854775818'],
  ] as const)('%s prints %j', (_name, compute, printed) => {
    const result = compute();
    expect(canonical(result)).toBe(printed);
    expect(sign(result)).toBe(1);
  });
  it('TestZeroSubMostNegativeInheritsFormat: 0 - (mostNegative BinarySI) prints 8Ei', () => {
    const result = sub(zero, fromInt(MN, 'BinarySI'));
    expect(result.format).toBe('BinarySI');
    expect(canonical(result)).toBe('8Ei');
    expect(compare(result, parse('9223372036854775808'))).toBe(0);
  });
});
