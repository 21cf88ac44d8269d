import { describe, expect, it } from 'vitest';
import {
  QUANTITY_FORMAT_ERROR, QUANTITY_NUMERIC_ERROR, QUANTITY_SUFFIX_ERROR, canonical, canonicalize,
  compare, decodeQuantity, fieldInvalid, goQuote, mul, neg, parseQuantity, quantityFieldError,
  type ParseQuantityResult, type Quantity,
} from '../../src/sim/quantity.js';
import { scanQuantity } from '../../src/sim/quantity-parse.js';
import { interpretSuffix } from '../../src/sim/quantity-suffix.js';
import {
  CODE_READING_INVALID, CODE_READING_PARSE, UPSTREAM_EXPONENT_BOUNDS, UPSTREAM_INVALID,
  UPSTREAM_JSON_WHITESPACE, UPSTREAM_PARSE, UPSTREAM_SCAN, type ParseRow,
} from './quantity-parse-cases.js';
import {
  UPSTREAM_BELOW_NANO, UPSTREAM_BINARY_ZERO_EXPONENT, UPSTREAM_EMIT, UPSTREAM_LIMITS, UPSTREAM_STRING,
} from './quantity-string-cases.js';

function parsed(result: ParseQuantityResult): Quantity {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const parse = (text: string): Quantity => parsed(parseQuantity(text));

/** A decimal string as an exact value, independent of the parser under test. */
function dec(text: string): Quantity {
  const [whole, fraction = ''] = text.split('.');
  return { mantissa: BigInt(whole + fraction), exponent: -fraction.length, format: 'DecimalSI' };
}

/** Upstream also parses every row with "-" and "+" in front (TestQuantityParse). */
function signed(rows: readonly ParseRow[], sign: '-' | '+'): ParseRow[] {
  return rows.map(([input, m, e, f, canon, keeps]) => {
    const zero = m === 0n;
    const fresh = zero ? '0' : sign === '-' ? `-${canon}` : canon;
    return [`${sign}${input}`, sign === '-' ? -m : m, e, f, fresh, keeps && !zero] as const;
  });
}

const checkRow = (input: string, m: bigint, e: number, f: string, canon: string, keeps: boolean) => {
  const q = parse(input);
  expect(compare(q, { mantissa: m, exponent: e, format: 'DecimalSI' })).toBe(0);
  expect(q.format).toBe(f);
  expect(canonicalize(q)).toBe(canon);
  expect(canonical(q)).toBe(keeps ? input : canon);
  expect(compare(parse(canonicalize(q)), q)).toBe(0);
};

describe('parseQuantity: value, format and printed form', () => {
  it.each(UPSTREAM_PARSE)('upstream %j', checkRow);
  it.each(signed(UPSTREAM_PARSE, '-'))('upstream, negated: %j', checkRow);
  it.each(signed(UPSTREAM_PARSE, '+'))('upstream, with +: %j', checkRow);
  it.each(CODE_READING_PARSE)('read from the code: %j', checkRow);
});

const MESSAGE = { format: QUANTITY_FORMAT_ERROR, suffix: QUANTITY_SUFFIX_ERROR, numeric: QUANTITY_NUMERIC_ERROR };

describe('parseQuantity: rejected input', () => {
  it.each([...UPSTREAM_INVALID, ...CODE_READING_INVALID])('%j: %s error', (input, kind) => {
    expect(parseQuantity(input)).toEqual({ ok: false, error: MESSAGE[kind] });
  });
});

describe('parseQuantityString (TestParseQuantityString)', () => {
  it.each(UPSTREAM_SCAN)('%j', (input, positive, value, num, denom, suffix) => {
    expect(scanQuantity(input)).toEqual({ positive, value, num, denom, suffix });
  });
});

describe('suffix interpret (TestInterpretExponentInt32Bounds)', () => {
  it.each(UPSTREAM_EXPONENT_BOUNDS)('%j → %s', (suffix, exponent) => {
    const meaning = interpretSuffix(suffix);
    expect(meaning).toEqual(exponent === undefined ? undefined : { base: 10, exponent, format: 'DecimalExponent' });
  });
});

describe('decodeQuantity: the API server trims manifest values (TestJSONWhitespace)', () => {
  it.each(UPSTREAM_JSON_WHITESPACE)('%j prints %j', (input, printed) => {
    expect(canonical(parsed(decodeQuantity(input)))).toBe(printed);
  });
  it.each([[0.5, '500m'], [1, '1'], [1e21, '1e+21'], [2n ** 64n, '18446744073709551616']] as const)(
    'the JSON number %s prints %j', (input, printed) => {
      expect(canonical(parsed(decodeQuantity(input)))).toBe(printed);
    });
  it('still rejects an empty value after trimming', () => {
    expect(decodeQuantity('  ')).toEqual({ ok: false, error: QUANTITY_FORMAT_ERROR });
  });
});

describe('canonical (TestQuantityString)', () => {
  it.each(UPSTREAM_STRING)('%s×10^%s %s prints %j (alternate %j)', (m, e, f, printed, alternate) => {
    const q: Quantity = { mantissa: m, exponent: e, format: f };
    expect(canonical(q)).toBe(printed);
    expect(parse(printed).text).toBe(printed);
    if (alternate !== '') {
      const other = parse(alternate);
      expect(other.text).toBeUndefined();
      expect(canonical(other)).toBe(printed);
    }
    if (m !== 0n) expect(canonical(neg(q))).toBe(`-${printed}`);
  });
  it.each(UPSTREAM_EMIT)('TestQuantityParseEmit: %j prints %j, negated too', (input, printed) => {
    expect(canonical(parse(input))).toBe(printed);
    expect(canonical(parse(`-${input}`))).toBe(`-${printed}`);
  });
  it.each(UPSTREAM_BINARY_ZERO_EXPONENT)('BinarySI %s has no suffix: %j', (m, printed) => {
    expect(canonical({ mantissa: m, exponent: 0, format: 'BinarySI' })).toBe(printed);
  });
  it.each(UPSTREAM_BELOW_NANO)('DecimalSI %s×10^%s prints %j', (m, e, printed) => {
    expect(canonical({ mantissa: m, exponent: e, format: 'DecimalSI' })).toBe(printed);
  });
  it('TestBinarySIPastEiArithmeticRoundTrip: 1Ei × 1024 prints all its digits', () => {
    const q = mul(parse('1Ei'), 1024);
    expect(canonical(q)).toBe('1180591620717411303424');
    expect(compare(parse(canonical(q)), q)).toBe(0);
  });
});

describe('values around the int64 limits (TestParseQuantity)', () => {
  it.each(UPSTREAM_LIMITS)('%j', (input, exact, printed) => {
    const q = parse(input);
    expect(compare(q, dec(exact))).toBe(0);
    expect(canonical(q)).toBe(printed === '' ? input : printed);
  });
});

describe('field errors in the API server wording', () => {
  const path = 'spec.containers[0].resources.limits[memory]';
  it.each([
    ['1gb', `${path}: Invalid value: "1gb": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`],
    ['1i', `${path}: Invalid value: "1i": unable to parse quantity's suffix`],
    ['.Pi', `${path}: Invalid value: ".Pi": unable to parse numeric part of quantity`],
  ])('%j', (raw, message) => {
    expect(quantityFieldError(path, raw)).toBe(message);
  });
  it.each([['1Gi'], [' 1'], [0.5]])('%j is valid, so no error', (raw) => {
    expect(quantityFieldError(path, raw)).toBeUndefined();
  });
  it.each([
    ['a"b\\c', '"a\\"b\\\\c"'], ['\n\t\u0007', '"\\n\\t\\a"'], ['\u007f\u0001', '"\\x7f\\x01"'],
    ['\u00a0', '"\\u00a0"'], ['메모리', '"메모리"'], ['\u{1F600}', '"\u{1F600}"'],
  ])('quotes %j like Go: %s', (raw, quoted) => {
    expect(goQuote(raw)).toBe(quoted);
  });
  it('shows a number without quotes', () => {
    expect(fieldInvalid('spec.x', 5, 'must be even')).toBe('spec.x: Invalid value: 5: must be even');
  });
});
