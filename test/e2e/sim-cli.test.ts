import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './pty.js';

// `podlab sim` and `podlab explain` from the built CLI, as scripts and pipes run them.
const FIXTURES = resolve(__dirname, '../fixtures');
const home = mkdtempSync(join(tmpdir(), 'podlab-sim-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function podlab(args: string[], input = '', lang = 'en_US.UTF-8') {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: FIXTURES,
    encoding: 'utf8',
    input,
    env: { PATH: process.env.PATH ?? '', HOME: home, PODLAB_HOME: join(home, 'store'), LANG: lang },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const noStack = /\n\s+at .+:\d+:\d+/;

describe('podlab sim from the built CLI', () => {
  it('prints the same JSON in two separate processes', () => {
    const args = ['sim', 'sim/scenario-web.yaml', '--json', '--for', '5m', '--seed', '3', '--start', '2025-01-01T00:00:00Z'];
    const a = podlab(args);
    const b = podlab(args);
    expect(a).toMatchObject({ code: 0, err: '' });
    expect(a.out).toBe(b.out);
    const j = JSON.parse(a.out);
    expect(j).toMatchObject({ start: '2025-01-01T00:00:00Z', duration: 300, seed: 3 });
    expect(j.podlab).toBe(JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')).version);
  });

  it('reads - from a pipe and prints the watch table', () => {
    const r = podlab(['sim', '-', '--for', '30s', '--start', '2025-01-01T00:00:00Z'], readFileSync(join(FIXTURES, 'sim/crash.yaml'), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('$ kubectl get pods --watch\nNAME    READY   STATUS              RESTARTS      AGE\ncrash   0/1     Pending ');
  });

  it('exits 2 on bad input with FILE:LINE:COL and no stack trace', () => {
    const r = podlab(['sim', 'sim/invalid.yaml']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('sim/invalid.yaml:9:12: spec.containers[0].image: Required value\n');
    expect(r.err).not.toMatch(noStack);
  });

  it.each([
    [['--for', '5x'], '--for'],
    [['--seed', 'abc'], '--seed'],
    [['--start', 'yesterday'], '--start'],
  ])('exits 2 for %j, naming %s', (flags, flag) => {
    const r = podlab(['sim', 'sim/crash.yaml', ...flags]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`podlab sim: ${flag}: `);
  });
});

describe('podlab explain from the built CLI', () => {
  it('explains a snapshot in Korean', () => {
    const r = podlab(['explain', 'explain/crashloop.yaml', '--now', '2025-01-01T00:03:20Z'], '', 'ko_KR.UTF-8');
    expect(r.code).toBe(0);
    expect(r.out).toContain('crash   0/1     CrashLoopBackOff   5 (44s ago)   3m20s');
    expect(r.out).toContain('[오류] crash-loop');
  });

  it('prints JSON for a List read from a pipe', () => {
    const r = podlab(['explain', '-', '--json', '--now', '2025-01-01T00:10:00Z'], readFileSync(join(FIXTURES, 'explain/list.json'), 'utf8'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((e: { name: string; status: string }) => `${e.name} ${e.status}`)).toEqual(['cfg CreateContainerConfigError', 'stress OOMKilled']);
  });

  it('exits 2 for an invalid quantity', () => {
    const r = podlab(['explain', 'explain-errors/bad-quantity.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^explain-errors\/bad-quantity\.yaml:31:14: spec\.containers\[0\]\.resources\.limits\[cpu\]: quantities must match the regular expression/);
  });
});
