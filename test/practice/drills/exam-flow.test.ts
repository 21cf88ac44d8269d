import { describe, expect, it } from 'vitest';
import { startExam, submitExam, viewExam, type ExamStarted } from '../../../src/practice/drills/exam-flow.js';
import { examOf, withExam, type ExamSession } from '../../../src/practice/drills/state.js';
import { allotTasks, CKA_DOMAIN_WEIGHTS } from '../../../src/quiz/exam.js';
import { harness, type Harness } from '../helpers.js';
import { drill, DRILLS, ok, practiceOnDisk, saveIO } from './fixtures.js';

const MIN = 60_000;

async function started(h: Harness, minutes: number, seed: number): Promise<ExamSession> {
  const value: ExamStarted = ok(await startExam(saveIO(h), DRILLS, { minutes, seed }));
  if (value.kind !== 'started') throw new Error(`not started: ${value.kind}`);
  return value.exam;
}

/** Types a drill's reference solution into `context`, as a learner would. */
async function solve(h: Harness, context: string, id: string): Promise<void> {
  expect((await h.kubectl(`config use-context ${context}`)).code).toBe(0);
  const { manifest, commands = [] } = drill(id).solution;
  if (manifest !== undefined) expect((await h.kubectl('apply -f -', { stdin: manifest })).code).toBe(0);
  for (const line of commands) expect((await h.kubectl(line)).code, line).toBe(0);
}

describe('starting an exam', () => {
  it('draws 17 tasks by the domain weights for two hours, one context each', async () => {
    const h = harness();
    const exam = await started(h, 120, 11);
    expect(exam.tasks.map((t) => t.context)).toEqual(Array.from({ length: 17 }, (_, i) => `exam-${i + 1}`));
    expect(exam.endsAt - exam.startedAt).toBe(120 * MIN);
    const available: Record<string, number> = {};
    for (const d of DRILLS) available[d.domain] = (available[d.domain] ?? 0) + 1;
    const counts: Record<string, number> = {};
    for (const t of exam.tasks) counts[t.domain] = (counts[t.domain] ?? 0) + 1;
    expect(counts).toEqual(allotTasks(17, CKA_DOMAIN_WEIGHTS, available));
    const save = practiceOnDisk(h);
    for (const t of exam.tasks) expect(save.clusters[t.context].log).toHaveLength(t.setupEntries);
  });

  it('draws the same tasks for the same seed', async () => {
    const a = await started(harness(), 60, 3);
    const b = await started(harness(), 60, 3);
    expect(a.tasks.map((t) => t.drill)).toEqual(b.tasks.map((t) => t.drill));
    expect(a.tasks).toHaveLength(9);
  });

  it('refuses to start a second exam while one runs', async () => {
    const h = harness();
    await started(h, 30, 1);
    expect(ok(await startExam(saveIO(h), DRILLS, { minutes: 30, seed: 2 })).kind).toBe('running');
  });
});

describe('during the exam', () => {
  it('tells the tasks worked on from the untouched ones', async () => {
    const h = harness();
    await started(h, 30, 5);
    await h.kubectl('config use-context exam-2');
    await h.kubectl('run scratch --image=nginx:1.25');
    const view = ok(await viewExam(saveIO(h)));
    expect(view?.changed).toEqual([false, true, false, false]);
    expect(view?.currentContext).toBe('exam-2');
  });

  it('saves a change (a flag) made while looking', async () => {
    const h = harness();
    await started(h, 30, 5);
    await viewExam(saveIO(h), (save, exam) => withExam(save, { ...exam, tasks: exam.tasks.map((t, i) => ({ ...t, flagged: i === 2 })) }));
    expect(examOf(practiceOnDisk(h))?.tasks.map((t) => t.flagged)).toEqual([false, false, true, false]);
  });

  it('changes nothing once the time is up', async () => {
    const h = harness();
    await started(h, 30, 5);
    h.wall.ms += 31 * MIN;
    await viewExam(saveIO(h), (save) => ({ ...save, currentContext: 'exam-3' }));
    expect(practiceOnDisk(h).currentContext).not.toBe('exam-3');
  });
});

describe('submitting', () => {
  it('grades every task on its own cluster and ends the exam', async () => {
    const h = harness();
    const exam = await started(h, 30, 9);
    await solve(h, 'exam-1', exam.tasks[0].drill);
    const done = ok(await submitExam(saveIO(h), DRILLS, () => undefined));
    expect(done?.isTimedOut).toBe(false);
    const scores = done?.results.map((r) => (r.grade ? r.grade.score === r.grade.total : undefined));
    expect(scores).toEqual([true, false, false, false]);
    expect(examOf(practiceOnDisk(h))).toBeUndefined();
    expect(ok(await submitExam(saveIO(h), DRILLS, () => undefined))).toBeUndefined();
  });

  it.each([
    ['before the end counts', 6, true],
    ['after the end does not', 8, false],
  ])('work done %s', async (_name, atMinute, solved) => {
    const h = harness();
    const exam = await started(h, 7, 4);
    expect(exam.tasks).toHaveLength(1);
    h.wall.ms += atMinute * MIN;
    await solve(h, 'exam-1', exam.tasks[0].drill);
    h.wall.ms += 5 * MIN;
    const done = ok(await submitExam(saveIO(h), DRILLS, () => undefined));
    expect(done?.isTimedOut).toBe(true);
    const grade = done?.results[0].grade;
    expect(grade && grade.score === grade.total).toBe(solved);
  });

  it('leaves a task whose drill left the content without a grade', async () => {
    const h = harness();
    const exam = await started(h, 7, 4);
    const done = ok(await submitExam(saveIO(h), DRILLS.filter((d) => d.id !== exam.tasks[0].drill), () => undefined));
    expect(done?.results[0]).toEqual({ task: exam.tasks[0] });
  });
});
