import { describe, expect, it } from 'vitest';
import {
  formatRfc3339,
  formatRfc3339Micro,
  parseRfc3339,
  timestampMs,
  ZERO_TIME_MS,
} from '../../../src/sim/status/time.js';

describe('parseRfc3339', () => {
  it.each([
    ['1970-01-01T00:00:00Z', 0],
    ['2025-01-01T00:00:00Z', 1_735_689_600_000],
    ['2024-02-29T12:34:56Z', 1_709_210_096_000],
    ['2025-01-01T09:00:00+09:00', 1_735_689_600_000],
    ['2024-12-31T19:30:00-04:30', 1_735_689_600_000],
    ['2025-01-01T00:00:00.5Z', 1_735_689_600_500],
    ['2025-01-01T00:00:00.123456789Z', 1_735_689_600_123],
    ['1969-12-31T23:59:59Z', -1000],
    ['0001-01-01T00:00:00Z', ZERO_TIME_MS],
    ['2000-03-01t00:00:00z', 951_868_800_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseRfc3339(text)).toBe(ms);
  });

  it.each([
    ['2025-02-29T00:00:00Z', 'not a leap year'],
    ['2025-13-01T00:00:00Z', 'month 13'],
    ['2025-01-01T24:00:00Z', 'hour 24'],
    ['2025-01-01T00:00:00', 'no zone'],
    ['2025-01-01', 'date only'],
    ['yesterday', 'not a timestamp'],
  ])('rejects %s (%s)', (text) => {
    expect(parseRfc3339(text)).toBeUndefined();
  });
});

describe('timestampMs', () => {
  it.each([
    [null, undefined],
    [undefined, undefined],
    ['0001-01-01T00:00:00Z', undefined],
    ['2025-01-01T00:00:00Z', 1_735_689_600_000],
  ])('%s reads as %s', (value, ms) => {
    expect(timestampMs(value)).toBe(ms);
  });
});

describe('formatRfc3339', () => {
  it.each([
    [0, '1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000000Z'],
    [1_735_689_600_123, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00.123000Z'],
    [1_709_210_096_000, '2024-02-29T12:34:56Z', '2024-02-29T12:34:56.000000Z'],
    [-1, '1969-12-31T23:59:59Z', '1969-12-31T23:59:59.999000Z'],
  ])('%d formats as %s', (ms, seconds, micro) => {
    expect(formatRfc3339(ms)).toBe(seconds);
    expect(formatRfc3339Micro(ms)).toBe(micro);
  });

  it('round-trips every day of a leap cycle', () => {
    for (let day = 0; day < 4 * 366; day++) {
      const ms = 1_704_067_200_000 + day * 86_400_000 + 45_296_000;
      expect(parseRfc3339(formatRfc3339(ms))).toBe(ms);
    }
  });
});
