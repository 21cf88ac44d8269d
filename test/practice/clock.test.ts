// The practice clock: wall time since creation × speed + jumps, continuous across speed changes.
import { describe, expect, it } from 'vitest';
import { clusterNow, jumpAhead, parseJump, parseSpeed, withSpeed } from '../../src/practice/clock.js';
import { freshSave } from '../../src/practice/save.js';

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);
const save = freshSave(T0 + 400, 'podlab');

describe('clusterNow', () => {
  it.each([
    [1, 0, 0],
    [1, 60_000, 60_000],
    [10, 6_000, 60_000],
    [0.5, 60_000, 30_000],
    [0, 3_600_000, 0],
  ])('at speed %d, %i wall ms after creation is %i cluster ms', (speed, wall, expected) => {
    expect(clusterNow({ ...save, speed }, T0 + wall)).toBe(expected);
  });

  it('starts the clusters on a whole second', () => {
    expect(save.startEpochMs).toBe(T0);
  });

  it('adds jumps to the running clock', () => {
    expect(clusterNow(jumpAhead(jumpAhead(save, 300_000), 60_000), T0 + 1_000)).toBe(361_000);
  });

  it('never answers a fraction or a negative time', () => {
    expect(clusterNow({ ...save, speed: 0.3 }, T0 + 1_001)).toBe(300);
    expect(clusterNow(save, T0 - 5_000)).toBe(0);
  });
});

describe('withSpeed', () => {
  it.each([[10], [0.5], [0], [1000]])('keeps the cluster time it shows now when the speed becomes x%d', (speed) => {
    const before = jumpAhead(save, 5_000);
    const changed = withSpeed(before, speed, T0 + 60_000);
    expect(clusterNow(changed, T0 + 60_000)).toBe(65_000);
    expect(clusterNow(changed, T0 + 70_000)).toBe(65_000 + 10_000 * speed);
  });

  it('never moves the clock back when slowing down', () => {
    const fast = withSpeed(save, 100, T0);
    const slow = withSpeed(fast, 1, T0 + 60_000);
    expect(clusterNow(slow, T0 + 60_001)).toBe(6_000_001);
  });
});

describe('arguments', () => {
  it.each([
    ['+5m', 300_000], ['+90s', 90_000], ['+90', 90_000], ['+1h30m', 5_400_000], ['+30d', 2_592_000_000],
    ['5m', undefined], ['-5m', undefined], ['+0s', undefined], ['+31d', undefined], ['+soon', undefined],
  ])('jump %s is %s ms', (text, ms) => {
    expect(parseJump(text)).toBe(ms);
  });

  it.each([
    ['x10', 10], ['x1', 1], ['x0.5', 0.5], ['x0', 0], ['X2', 2], ['x1000', 1000],
    ['x1001', undefined], ['10', undefined], ['x-1', undefined], ['xfast', undefined],
  ])('speed %s is %s', (text, speed) => {
    expect(parseSpeed(text)).toBe(speed);
  });
});
