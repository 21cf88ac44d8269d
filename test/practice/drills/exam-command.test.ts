import { afterEach, describe, expect, it, vi } from 'vitest';
import { examOf } from '../../../src/practice/drills/state.js';
import { harness, type Harness } from '../helpers.js';
import { kubectlNow, podlab } from './cli-helpers.js';
import { drill, practiceOnDisk, storeOnDisk } from './fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

async function solveTask(h: Harness, n: number): Promise<void> {
  expect((await podlab(h, 'exam', ['task', String(n)])).code).toBe(0);
  const id = examOf(practiceOnDisk(h))!.tasks[n - 1].drill;
  const { manifest, commands = [] } = drill(id).solution;
  if (manifest !== undefined) expect((await kubectlNow(h, 'apply -f -', manifest)).code).toBe(0);
  for (const line of commands) expect((await kubectlNow(h, line)).code, line).toBe(0);
}

describe('podlab exam: usage', () => {
  it.each([
    ['--minutes 0', [], { minutes: '0' }, '--minutes takes a whole number'],
    ['--minutes abc', [], { minutes: 'abc' }, '--minutes takes a whole number'],
    ['--minutes 500', [], { minutes: '500' }, 'from 1 to 180'],
    ['--seed x', [], { seed: 'x' }, '--seed takes a whole number'],
    ['task with no exam', ['task', '1'], {}, 'No exam is running'],
    ['submit with no exam', ['submit'], {}, 'No exam is running'],
    ['an unknown sub-command', ['start'], {}, "Unknown exam command 'start'"],
    ['task without a number', ['task'], {}, 'podlab exam task N'],
    ['too many arguments', ['task', '1', '2'], {}, 'Too many arguments'],
    ['start flags on a sub-command', ['submit'], { seed: '3' }, 'only apply when an exam starts'],
  ])('%s is bad usage: exit 2', async (_name, positionals, flags, said) => {
    const r = await podlab(harness(), 'exam', positionals, flags);
    expect(r.code).toBe(2);
    expect(r.err).toContain(said);
  });
});

describe('podlab exam: a short exam from start to result', () => {
  it('starts, shows and flags tasks, submits, scores per task and domain, saves', async () => {
    const h = harness();
    const start = await podlab(h, 'exam', [], { minutes: '30', seed: '5' });
    expect(start.code).toBe(0);
    expect(start.out).toMatch(/^Mock exam: 4 tasks in 30 minutes, pass line 66%\. Time is up at \d\d:\d\d\./);
    expect(start.out).toMatch(/\n {2}TASK +CONTEXT +POINTS +STATUS +FLAG\n {2}1 +exam-1 +\d+ +not started\n/);
    expect(start.out).toContain('Time left: 30m');

    expect((await podlab(h, 'exam', [], { seed: '6' })).code).toBe(2);
    const bad = await podlab(h, 'exam', ['task', '5']);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('this exam has tasks 1 to 4') });

    const shown = await podlab(h, 'exam', ['task', '2']);
    expect(shown.out).toMatch(/^Task 2 of 4 · \d+ points · context exam-2\n/);
    expect(shown.out).toContain('podlab kubectl now uses context "exam-2"');
    expect(practiceOnDisk(h).currentContext).toBe('exam-2');

    expect((await podlab(h, 'exam', ['flag', '3'])).out).toBe('Task 3 is flagged.\n');
    const listed = await podlab(h, 'exam');
    expect(listed.out).toMatch(/\n> 2 +exam-2 +\d+ +not started\n {2}3 +exam-3 +\d+ +not started +flagged\n/);

    await solveTask(h, 1);
    expect((await podlab(h, 'exam')).out).toMatch(/\n> 1 +exam-1 +\d+ +worked on\n/);

    const done = await podlab(h, 'exam', ['submit']);
    expect(done.code).toBe(1);
    expect(done.out).toContain('Exam submitted');
    expect(done.out).toMatch(/\nTASK +DRILL +DOMAIN +POINTS +SCORE\n1 +drill-\S+ +\S+ +(\d+)\/\1 +100%\n/);
    expect(done.out).toContain('By domain:');
    expect(done.out).toMatch(/\nTotal \d+(\.\d)?%: not passed \(pass line 66%\)\.\n/);
    expect(done.out).toContain('3 task(s) not fully solved are now in your review schedule.');

    const data = storeOnDisk(h);
    expect(data.exams).toHaveLength(1);
    const exam = data.exams[0] as unknown as { tasks: { drill: string; score: number; total: number }[]; passed: boolean; examId: string };
    expect(exam.passed).toBe(false);
    expect(exam.tasks).toHaveLength(4);
    const solved = exam.tasks[0];
    expect(solved.score).toBe(solved.total);
    for (const t of exam.tasks) {
      expect(data.answers[t.drill]).toEqual([expect.objectContaining({ correct: t === solved, answer: expect.objectContaining({ exam: exam.examId }) })]);
    }
    expect(Object.keys(data.cards).sort()).toEqual(exam.tasks.slice(1).map((t) => t.drill).sort());
    expect((await podlab(h, 'exam', ['submit'])).code).toBe(2);
  });

  it('grades on the next call once the time is up', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2025, 5, 1, 9, 0));
    const h = harness();
    expect((await podlab(h, 'exam', [], { minutes: '7', seed: '2' })).code).toBe(0);
    vi.setSystemTime(Date.UTC(2025, 5, 1, 9, 8));
    const r = await podlab(h, 'exam', ['task', '1']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Time is up: the exam was graded as each cluster stood at \d\d:\d\d\./);
    const saved = storeOnDisk(h).exams[0] as unknown as { timedOut: boolean; durationSeconds: number };
    expect(saved).toMatchObject({ timedOut: true, durationSeconds: 7 * 60 });
    expect(examOf(practiceOnDisk(h))).toBeUndefined();
  });

  it('speaks Korean with --lang ko', async () => {
    const h = harness();
    const r = await podlab(h, 'exam', [], { minutes: '15', seed: '1' }, 'ko');
    expect(r.out).toMatch(/^모의고사: 15분 동안 과제 2개, 합격선 66%\./);
    expect(r.out).toContain('과제마다 클러스터가 따로 있습니다.');
  });
});
