import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './pty.js';

// One drill the way a learner works it: the built CLI in separate processes sharing one
// PODLAB_HOME, the task set up by podlab drill, solved with podlab kubectl, graded by --check.
const home = mkdtempSync(join(tmpdir(), 'podlab-drill-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const env = { PATH: process.env.PATH ?? '', HOME: home, PODLAB_HOME: join(home, 'store'), LANG: 'en_US.UTF-8' };

function podlab(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: home, encoding: 'utf8', input: '', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const progress = () => JSON.parse(readFileSync(join(home, 'store', 'progress.json'), 'utf8')) as {
  answers: Record<string, { correct: boolean; answer: { score: number; total: number } }[]>;
  cards: Record<string, unknown>;
};
const noStack = /\n\s+at .+:\d+:\d+/;
const ID = 'drill-fix-image-tag';

describe('podlab drill with the built CLI', () => {
  it('documents its flags in --help', () => {
    const r = podlab('drill', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('podlab drill [ID] | drill --task | drill --hint | drill --check | drill --solution [ID] | drill --give-up');
  });

  it('sets the drill up and switches podlab kubectl to it', () => {
    const r = podlab('drill', ID);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('A Pod that cannot pull its image');
    // The header's points are what --check grades out of: the weights of its checks (2+2+1).
    expect(r.out).toContain(`${ID} · Troubleshooting (B5) · 5 points`);
    expect(podlab('kubectl', 'config', 'current-context').out).toBe('drill\n');
    expect(podlab('kubectl', 'get', 'pods').out).toMatch(/\nweb +0\/1 +(ErrImagePull|ImagePullBackOff) +0 +\d+s\n$/);
  });

  it('grades the untouched setup: exit 1, each check with what it expects', () => {
    const r = podlab('drill', '--check');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ {2}✗ \S+ +0\/\d+ {2}\S/);
    expect(r.out).toMatch(/\nScore \d+\/\d+ \(\d+%\)\.\n/);
    expect(r.err).not.toMatch(noStack);
  });

  it('is solved with podlab kubectl commands, and --check gives the full score, saved to progress', () => {
    expect(podlab('kubectl', 'describe', 'pod', 'web').out).toContain('Failed to pull image "nginx:1.25.99"');
    expect(podlab('kubectl', 'set', 'image', 'pod/web', 'web=nginx:1.25')).toMatchObject({ code: 0, out: 'pod/web image updated\n' });
    const r = podlab('drill', '--check');
    expect(r.out).toMatch(/\nScore (\d+)\/\1 \(100%\): solved\.\n/);
    expect(r.code).toBe(0);
    const attempts = progress().answers[ID];
    expect(attempts.map((a) => a.correct)).toEqual([false, true]);
    expect(attempts[1].answer.score).toBe(attempts[1].answer.total);
    expect(progress().cards[ID]).toBeDefined();
  });

  it('shows the reference solution after the attempt', () => {
    const r = podlab('drill', '--solution');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Reference solution for ${ID}:`);
  });

  it('lists the drill with its best score', () => {
    expect(podlab('drill').out).toMatch(new RegExp(`\\n${ID} +Troubleshooting +4 +100% `));
  });
});
