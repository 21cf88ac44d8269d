import { describe, expect, it } from 'vitest';
import {
  allotTasks, CKA_DOMAIN_WEIGHTS, drawExam, examSize, percentOf, scoreExam, type ExamCandidate, type TaskOutcome,
} from '../../src/quiz/exam.js';

const PLENTY = { troubleshooting: 20, architecture: 20, networking: 20, workloads: 20, storage: 20 };

describe('examSize: the full exam pace, 17 tasks in 120 minutes, 1 to 20', () => {
  it.each([
    [120, 17], [106, 15], [141, 20], [180, 20], [60, 9], [30, 4], [15, 2], [1, 1],
  ])('%i minutes → %i tasks', (minutes, size) => {
    expect(examSize(minutes)).toBe(size);
  });

  it.each([[0], [-5], [Number.NaN]])('refuses %s minutes', (minutes) => {
    expect(() => examSize(minutes)).toThrow(RangeError);
  });
});

describe('allotTasks: tasks per domain by weight, largest remainder, capped by the pool', () => {
  it.each([
    ['17 tasks, CKA weights', 17, PLENTY, { troubleshooting: 5, architecture: 4, networking: 3, workloads: 3, storage: 2 }],
    ['20 tasks divide exactly', 20, PLENTY, { troubleshooting: 6, architecture: 5, networking: 4, workloads: 3, storage: 2 }],
    ['15 tasks: a tie of remainders goes to the heavier domain', 15, PLENTY, { troubleshooting: 5, architecture: 4, networking: 3, workloads: 2, storage: 1 }],
    ['1 task goes to the heaviest domain', 1, PLENTY, { troubleshooting: 1, architecture: 0, networking: 0, workloads: 0, storage: 0 }],
    ['a short domain gives all it has, the rest is shared again', 17, { ...PLENTY, architecture: 2 },
      { troubleshooting: 6, architecture: 2, networking: 4, workloads: 3, storage: 2 }],
    ['two short domains', 17, { ...PLENTY, architecture: 1, storage: 0 },
      { troubleshooting: 7, architecture: 1, networking: 5, workloads: 4 }],
    ['a pool smaller than the exam is drawn whole', 17, { troubleshooting: 2, architecture: 1, networking: 1, workloads: 1, storage: 1 },
      { troubleshooting: 2, architecture: 1, networking: 1, workloads: 1, storage: 1 }],
    ['a domain without a weight is never drawn', 3, { troubleshooting: 1, security: 9 }, { troubleshooting: 1 }],
    ['nothing to draw', 17, {}, {}],
  ])('%s', (_name, size, available, expected) => {
    expect(allotTasks(size, CKA_DOMAIN_WEIGHTS, available)).toEqual(expected);
  });

  it('never hands out more than the exam size', () => {
    for (let size = 1; size <= 20; size++) {
      const sum = Object.values(allotTasks(size, CKA_DOMAIN_WEIGHTS, PLENTY)).reduce((s, n) => s + n, 0);
      expect(sum).toBe(size);
    }
  });
});

const DOMAINS = Object.keys(CKA_DOMAIN_WEIGHTS);
const POOL: ExamCandidate[] = DOMAINS.flatMap((domain, d) =>
  Array.from({ length: 3 + d * 2 }, (_, i) => ({ id: `${domain}-${i}`, domain, weight: 4 })));
const countBy = (ids: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const d = POOL.find((c) => c.id === id)!.domain;
    out[d] = (out[d] ?? 0) + 1;
  }
  return out;
};

describe('drawExam: the seed decides which tasks and their order', () => {
  it('draws each domain its allotted share, without repeats', () => {
    const ids = drawExam(POOL, { size: 17, seed: 5 });
    expect(ids).toHaveLength(17);
    expect(new Set(ids).size).toBe(17);
    const available = Object.fromEntries(DOMAINS.map((d) => [d, POOL.filter((c) => c.domain === d).length]));
    const expected = Object.fromEntries(Object.entries(allotTasks(17, CKA_DOMAIN_WEIGHTS, available)).filter(([, n]) => n > 0));
    expect(countBy(ids)).toEqual(expected);
  });

  it('gives the same exam for the same seed, whatever the order of the pool', () => {
    expect(drawExam([...POOL].reverse(), { size: 12, seed: 42 })).toEqual(drawExam(POOL, { size: 12, seed: 42 }));
  });

  it.each([[1, 2], [42, 43], [7, 700]])('gives another exam for seed %i than for %i', (a, b) => {
    expect(drawExam(POOL, { size: 12, seed: a })).not.toEqual(drawExam(POOL, { size: 12, seed: b }));
  });

  it('mixes the domains rather than listing them one after the other', () => {
    const domains = drawExam(POOL, { size: 17, seed: 3 }).map((id) => id.replace(/-\d+$/, ''));
    const runs = domains.filter((d, i) => i === 0 || d !== domains[i - 1]).length;
    expect(runs).toBeGreaterThan(5);
  });

  it('draws the whole weighted pool when it is smaller than the exam', () => {
    expect(drawExam(POOL.slice(0, 4), { size: 17, seed: 1 }).sort()).toEqual(POOL.slice(0, 4).map((c) => c.id).sort());
  });
});

const task = (id: string, domain: string, weight: number, score: number, total: number): TaskOutcome => ({ id, domain, weight, score, total });

describe('scoreExam: partial credit per task, per domain, against the 66% pass line', () => {
  it.each([
    ['all solved', [task('a', 'storage', 4, 5, 5), task('b', 'networking', 6, 3, 3)], 10, 10, 100, true],
    ['partial credit in proportion to the checks', [task('a', 'storage', 4, 2, 4), task('b', 'networking', 6, 6, 6)], 8, 10, 80, true],
    ['exactly the pass line passes', [task('a', 'storage', 66, 1, 1), task('b', 'storage', 34, 0, 1)], 66, 100, 66, true],
    ['just under the pass line fails, and is not shown rounded up', [task('a', 'storage', 100, 6599, 10000)], 65.99, 100, 65.9, false],
    ['nothing done', [task('a', 'storage', 4, 0, 5)], 0, 4, 0, false],
    ['no tasks is no pass', [], 0, 0, 0, false],
    ['a task without checks earns nothing', [task('a', 'storage', 4, 0, 0)], 0, 4, 0, false],
  ])('%s', (_name, tasks, earned, possible, percent, passed) => {
    const s = scoreExam(tasks);
    expect({ earned: s.earned, possible: s.possible, percent: s.percent, passed: s.passed }).toEqual({ earned, possible, percent, passed });
  });

  it('scores each domain on its own, in order of first appearance', () => {
    const s = scoreExam([
      task('a', 'troubleshooting', 6, 1, 2), task('b', 'storage', 4, 4, 4), task('c', 'troubleshooting', 4, 0, 3),
    ]);
    expect(s.domains).toEqual([
      { domain: 'troubleshooting', earned: 3, possible: 10, percent: 30, tasks: 2 },
      { domain: 'storage', earned: 4, possible: 4, percent: 100, tasks: 1 },
    ]);
    expect(s.tasks.map((t) => [t.id, t.earned, t.percent, t.isSolved])).toEqual([['a', 3, 50, false], ['b', 4, 100, true], ['c', 0, 0, false]]);
  });

  it('takes another pass line when given one', () => {
    expect(scoreExam([task('a', 'storage', 10, 7, 10)], 75).passed).toBe(false);
  });

  it.each([[2, 3, 66.6], [1, 3, 33.3], [0.66, 1, 66], [1, 0, 0]])('percentOf(%d, %d) = %d', (part, whole, percent) => {
    expect(percentOf(part, whole)).toBe(percent);
  });
});
