import { describe, expect, it } from 'vitest';
import type { Drill, DrillCheck } from '../../../src/content/index.js';
import { gradeDrill, gradeTime } from '../../../src/practice/drills/grade.js';

const text = { en: 'x', ko: 'x' };
const fileCheck: DrillCheck = { id: 'answer', weight: 2, kind: 'file', path: '/opt/answer.txt', expect: 'web', message: text };
const podCheck = (after?: number): DrillCheck => ({ id: `pod-${after ?? 0}`, weight: 1, kind: 'pod', expect: { pod: 'web', exists: false, ...(after !== undefined ? { after } : {}) }, message: text });
const drill = (checks: readonly DrillCheck[]): Drill => ({
  id: 'drill-test', title: text, syllabus: 'A1', domain: 'workloads', weight: 4, task: text, checks, hints: [], solution: { commands: ['kubectl get pods'] },
});
const EMPTY = { seed: 1, log: [] };
const AT = { startEpochMs: Date.UTC(2025, 0, 1), nowMs: 60_000 };

describe('gradeDrill', () => {
  it.each([
    ['the expected text, trimmed', 'web\n', true, []],
    ['other text', 'api', false, [{ kind: 'file-differs', path: '/opt/answer.txt', actual: 'api', expected: 'web' }]],
    ['no file', undefined, false, [{ kind: 'file-missing', path: '/opt/answer.txt' }]],
  ])('judges a file the learner wrote: %s', (_name, content, passed, failures) => {
    const grade = gradeDrill(drill([fileCheck]), EMPTY, AT, [], () => content);
    expect(grade.checks[0]).toMatchObject({ passed, failures });
  });

  it('adds up the weights of the checks that pass', () => {
    const grade = gradeDrill(drill([fileCheck, podCheck()]), EMPTY, AT, [], () => undefined);
    expect([grade.score, grade.total]).toEqual([1, 3]);
  });

  it.each([
    [[fileCheck], 0],
    [[podCheck(30), podCheck(180), fileCheck], 180_000],
  ])('waits for the longest after of its checks', (checks, ms) => {
    expect(gradeTime(drill(checks))).toBe(ms);
    expect(gradeDrill(drill(checks), EMPTY, AT, [], () => undefined).waitedMs).toBe(ms);
  });
});
