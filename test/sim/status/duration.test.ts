// Upstream tables: staging/src/k8s.io/apimachinery/pkg/util/duration/duration_test.go
// (TestHumanDuration, TestHumanDurationBoundaries) and printers_test.go TestTranslateTimestampSince.
import { describe, expect, it } from 'vitest';
import { humanDuration, translateTimestampSince } from '../../../src/sim/status/duration.js';
import { formatRfc3339Micro } from '../../../src/sim/status/time.js';

const S = 1;
const MS = 0.001;
const M = 60;
const H = 3600;
const D = 24 * H;
const Y = 365 * D;

describe('humanDuration', () => {
  it.each([
    ['1s', S, '1s'],
    ['70s', 70 * S, '70s'],
    ['190s', 190 * S, '3m10s'],
    ['70m', 70 * M, '70m'],
    ['47h', 47 * H, '47h'],
    ['49h', 49 * H, '2d1h'],
    ['(8*24+2)h', (8 * 24 + 2) * H, '8d'],
    ['367*24h', 367 * 24 * H, '367d'],
    ['(365*2*24+25)h', (365 * 2 * 24 + 25) * H, '2y1d'],
    ['(365*8*24+2)h', (365 * 8 * 24 + 2) * H, '8y'],
  ])('TestHumanDuration %s → %s', (_label, seconds, want) => {
    expect(humanDuration(seconds)).toBe(want);
  });

  it.each([
    ['-2s', -2 * S, '<invalid>'],
    ['-2s+1ns', -1.999_999_999, '0s'],
    ['0', 0, '0s'],
    ['1s-1ms', S - MS, '0s'],
    ['2m-1ms', 2 * M - MS, '119s'],
    ['2m', 2 * M, '2m'],
    ['2m+1s', 2 * M + S, '2m1s'],
    ['10m-1ms', 10 * M - MS, '9m59s'],
    ['10m', 10 * M, '10m'],
    ['10m+1s', 10 * M + S, '10m'],
    ['3h-1ms', 3 * H - MS, '179m'],
    ['3h', 3 * H, '3h'],
    ['3h+1m', 3 * H + M, '3h1m'],
    ['8h-1ms', 8 * H - MS, '7h59m'],
    ['8h', 8 * H, '8h'],
    ['8h+59m', 8 * H + 59 * M, '8h'],
    ['2d-1ms', 2 * D - MS, '47h'],
    ['2d', 2 * D, '2d'],
    ['2d+1h', 2 * D + H, '2d1h'],
    ['8d-1ms', 8 * D - MS, '7d23h'],
    ['8d', 8 * D, '8d'],
    ['8d+23h', 8 * D + 23 * H, '8d'],
    ['2y-1ms', 2 * Y - MS, '729d'],
    ['2y', 2 * Y, '2y'],
    ['2y+23h', 2 * Y + 23 * H, '2y'],
    ['2y+23h59m', 2 * Y + 23 * H + 59 * M, '2y'],
    ['2y+24h-1ms', 2 * Y + 24 * H - MS, '2y'],
    ['2y+24h', 2 * Y + 24 * H, '2y1d'],
    ['3y', 3 * Y, '3y'],
    ['4y', 4 * Y, '4y'],
    ['5y', 5 * Y, '5y'],
    ['6y', 6 * Y, '6y'],
    ['7y', 7 * Y, '7y'],
    ['8y-1ms', 8 * Y - MS, '7y364d'],
    ['8y', 8 * Y, '8y'],
    ['8y+364d', 8 * Y + 364 * D, '8y'],
    ['9y', 9 * Y, '9y'],
  ])('TestHumanDurationBoundaries %s → %s', (_label, seconds, want) => {
    expect(humanDuration(seconds)).toBe(want);
  });
});

describe('translateTimestampSince', () => {
  // Upstream uses time.Now(); a fixed instant stands in for it here.
  const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
  const at = (offsetMs: number) => formatRfc3339Micro(NOW + offsetMs);

  it.each([
    ['a while from now', at(2100), '<invalid>'],
    ['almost now', at(1900), '0s'],
    ['now', at(0), '0s'],
    ['unknown', null, '<unknown>'],
    ['30 seconds ago', at(-30_000), '30s'],
    ['5 minutes ago', at(-300_000), '5m'],
    ['an hour ago', at(-6_000_000), '100m'],
    ['2 days ago', at(-2 * 86_400_000), '2d'],
    ['months ago', at(-90 * 86_400_000), '90d'],
    ['10 years ago', at(-10 * 365 * 86_400_000), '10y'],
  ])('TestTranslateTimestampSince %s → %s', (_name, timestamp, want) => {
    expect(translateTimestampSince(timestamp, NOW)).toBe(want);
  });
});
