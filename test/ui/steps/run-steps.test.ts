import { describe, expect, it } from 'vitest';
import { checkFix, columnOf, observePrediction } from '../../../src/ui/steps/run-steps.js';
import { timelineEnd } from '../../../src/ui/steps/timeline.js';
import type { Observation, Timeline } from '../../../src/ui/steps/types.js';
import { CRASH, FIX_ONCE, ONCE, ONCE_FIXED, PREDICT_READY, PREDICT_RESTARTS, PREDICT_STATUS } from './fixture.js';

const played = (o: Observation) => {
  if (o.kind !== 'played') throw new Error(`not played: ${o.kind}`);
  return o;
};

describe('timelineEnd', () => {
  it.each([[0, 10_000], [60_000, 80_000], [90_000, 120_000], [600_000, 750_000]])('at %i ms ends at %i ms', (at, end) => {
    expect(timelineEnd(at)).toBe(end);
  });
});

describe('observePrediction', () => {
  it.each([
    ['a right STATUS', PREDICT_STATUS, 'CrashLoopBackOff', true, 'CrashLoopBackOff'],
    ['STATUS in any case, with spaces', PREDICT_STATUS, '  crashloopbackoff ', true, 'CrashLoopBackOff'],
    ['a wrong STATUS', PREDICT_STATUS, 'Running', false, 'CrashLoopBackOff'],
    ['right RESTARTS', PREDICT_RESTARTS, '3', true, '3'],
    ['wrong RESTARTS', PREDICT_RESTARTS, '4', false, '3'],
    ['right READY, spaced', PREDICT_READY, '1 / 2', true, '1/2'],
    ['wrong READY', PREDICT_READY, '2/2', false, '1/2'],
  ] as const)('%s', (_name, step, answer, isRight, actual) => {
    const { verdict } = played(observePrediction(step, answer));
    expect(verdict).toEqual({ ask: step.ask, predicted: answer, actual, isRight });
  });

  it('records the pod from 0 to past `at`, in time order, with a frame at `at` and the changes marked', () => {
    const { timeline } = played(observePrediction(PREDICT_STATUS, 'x'));
    const times = timeline.frames.map((f) => f.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(80_000);
    expect(timeline.frames[timeline.atIndex]?.t).toBe(60_000);
    // every second is there, and the half-second changes between them
    for (let t = 0; t <= 80_000; t += 1000) expect(times).toContain(t);
    expect(times).toContain(2500);
    const statuses = (tl: Timeline) => tl.frames.filter((f) => f.isChange).map((f) => f.row?.status);
    expect(statuses(timeline).slice(0, 5)).toEqual(['Pending', 'ContainerCreating', 'ContainerCreating', 'Error', 'Error']);
    expect(timeline.frames[timeline.atIndex]?.row).toMatchObject({ name: 'crash', ready: '0/1', status: 'CrashLoopBackOff', age: '60s' });
    expect(timeline.frames[timeline.atIndex]?.row?.restarts).toMatch(/^3 \(\d+s ago\)$/);
  });

  it('gives each frame the events so far, counts growing, never one from later', () => {
    const { timeline } = played(observePrediction(PREDICT_STATUS, 'x'));
    expect(timeline.frames[0]?.events).toEqual([]);
    let seen = 0;
    for (const frame of timeline.frames) {
      const count = frame.events.reduce((n, e) => n + e.count, 0);
      expect(count).toBeGreaterThanOrEqual(seen);
      seen = count;
      for (const e of frame.events) expect(e.lastT).toBeLessThanOrEqual(frame.t);
    }
    const reasons = timeline.frames[timeline.atIndex]?.events.map((e) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started', 'BackOff']));
  });

  it.each([
    ['a manifest the API server refuses', { ...PREDICT_STATUS, manifest: CRASH.replace('name: app', 'nme: app') }, 'refused'],
    ['a manifest without a Pod', { ...PREDICT_STATUS, manifest: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' }, 'noPod'],
  ] as const)('%s is said, not played', (_name, step, kind) => {
    expect(observePrediction(step, 'x').kind).toBe(kind);
  });
});

describe('columnOf', () => {
  const row = { name: 'web', ready: '1/2', status: 'Running', restarts: '3 (12s ago)', age: '1m' };
  it.each([['status', 'Running'], ['ready', '1/2'], ['restarts', '3']] as const)('%s', (ask, value) => {
    expect(columnOf(row, ask)).toBe(value);
  });
  it('is <none> without a pod', () => expect(columnOf(undefined, 'status')).toBe('<none>'));
});

describe('checkFix', () => {
  it('the broken manifest misses the goal, with what the simulator showed and the latest warning', () => {
    const check = checkFix(FIX_ONCE, ONCE);
    expect(check).toMatchObject({
      kind: 'judged', at: 60_000,
      failures: [
        { key: 'goalStatus', vars: { actual: 'CrashLoopBackOff', expected: 'Completed', at: '60s' } },
        { key: 'goalRestarts', vars: { actual: 3, expected: 0, at: '60s' } },
      ],
      row: { name: 'once', status: 'CrashLoopBackOff' },
      warning: { type: 'Warning', reason: 'BackOff' },
    });
  });

  it('the repaired manifest meets it', () => {
    expect(checkFix(FIX_ONCE, ONCE_FIXED)).toMatchObject({ kind: 'judged', failures: [], row: { status: 'Completed', restarts: '0' } });
  });

  it.each([
    ['an unknown field, at its line', ONCE.replace('- name: job', '- nme: job'), 7, 'spec.containers[0].nme: unknown field'],
    ['a YAML error, at its line', ONCE.replace('metadata:', 'kind: Pod\nmetadata:'), 3, 'unique'],
    ['a missing image', ONCE.replace('      image: busybox:1.36\n', ''), 7, 'spec.containers[0].image: Required value'],
  ])('%s is refused', (_name, text, line, detail) => {
    const check = checkFix(FIX_ONCE, text);
    expect(check.kind).toBe('refused');
    if (check.kind !== 'refused') return;
    expect(check.problems[0]?.line).toBe(line);
    expect(check.problems[0]?.detail).toContain(detail);
  });

  it('a Pod of another name misses the goal: there is no pod once', () => {
    const check = checkFix(FIX_ONCE, ONCE_FIXED.replace('name: once', 'name: twice'));
    expect(check).toMatchObject({ kind: 'judged', failures: [{ key: 'goalNoPod' }], row: undefined });
  });
});
