import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, shippedSource } from '../../src/content/index.js';
import { tokenize } from '../../src/sim/kubectl/index.js';
import { CLI } from './pty.js';

// A short mock exam with the built CLI: started, one task solved from the shell with podlab
// kubectl in that task's context, submitted, and the result found in the progress file.
const home = mkdtempSync(join(tmpdir(), 'podlab-exam-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const env = { PATH: process.env.PATH ?? '', HOME: home, PODLAB_HOME: join(home, 'store'), LANG: 'en_US.UTF-8' };
const drills = (await loadContent([shippedSource()])).drills;

function podlab(args: readonly string[], input = '') {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: home, encoding: 'utf8', input, env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const store = () => JSON.parse(readFileSync(join(home, 'store', 'progress.json'), 'utf8')) as {
  lab: { state: { currentContext: string; exam?: { tasks: { drill: string }[] } } };
  exams: { passed: boolean; percent: number; tasks: { drill: string; score: number; total: number }[]; domains: unknown[] }[];
  answers: Record<string, unknown[]>;
};
const words = (line: string) => {
  const t = tokenize(line);
  if (!t.ok) throw new Error(line);
  return t.words.slice(1);
};

describe('podlab exam with the built CLI', () => {
  it('documents its sub-commands in --help', () => {
    expect(podlab(['exam', '--help']).out).toContain('podlab exam [--minutes N] [--seed N] | exam task N | exam flag N | exam submit');
  });

  it('starts a 15-minute exam of two tasks', () => {
    const r = podlab(['exam', '--minutes', '15', '--seed', '8']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Mock exam: 2 tasks in 15 minutes, pass line 66%\./);
    expect(store().lab.state.exam?.tasks).toHaveLength(2);
  });

  it('shows task 1 and switches podlab kubectl to its context', () => {
    const r = podlab(['exam', 'task', '1']);
    expect(r.out).toMatch(/^Task 1 of 2 · \d+ points · context exam-1\n/);
    expect(podlab(['kubectl', 'config', 'current-context']).out).toBe('exam-1\n');
  });

  it('takes the solution typed with podlab kubectl, then shows the task worked on', () => {
    const id = store().lab.state.exam!.tasks[0].drill;
    const { manifest, commands = [] } = drills.find((d) => d.id === id)!.solution;
    if (manifest !== undefined) expect(podlab(['kubectl', 'apply', '-f', '-'], manifest).code).toBe(0);
    for (const line of commands) expect(podlab(['kubectl', ...words(line)]).code, line).toBe(0);
    expect(podlab(['exam']).out).toMatch(/\n> 1 +exam-1 +\d+ +worked on\n/);
  });

  it('submits: task 1 earns all its points, the result is saved', () => {
    const r = podlab(['exam', 'submit']);
    expect(r.out).toMatch(/\n1 +drill-\S+ +\S+ +(\d+)\/\1 +100%\n/);
    expect(r.out).toMatch(/\nTotal [\d.]+%: (not )?passed \(pass line 66%\)\.\n/);
    const [exam] = store().exams;
    expect(r.code).toBe(exam.passed ? 0 : 1);
    expect(exam.tasks[0].score).toBe(exam.tasks[0].total);
    expect(exam.tasks).toHaveLength(2);
    expect(store().lab.state.exam).toBeUndefined();
    expect(Object.keys(store().answers).sort()).toEqual(exam.tasks.map((t) => t.drill).sort());
  });

  it('says there is no exam any more', () => {
    expect(podlab(['exam', 'submit'])).toMatchObject({ code: 2, err: expect.stringContaining('No exam is running') });
  });
});
