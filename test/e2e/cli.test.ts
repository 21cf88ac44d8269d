import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './pty.js';

// The built CLI without a terminal, as scripts and pipes use it.
const home = mkdtempSync(join(tmpdir(), 'podlab-cli-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function podlab(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: '',
    env: { PATH: process.env.PATH ?? '', HOME: home, PODLAB_HOME: join(home, 'store'), LANG: 'en_US.UTF-8', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const noStack = /\n\s+at .+:\d+:\d+/;

describe('podlab without a terminal', () => {
  it('prints its version', () => {
    const r = podlab(['--version']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['--help'], 'en_US.UTF-8', 'Commands:'],
    [['--help'], 'ko_KR.UTF-8', '명령:'],
    [['--help', '--lang', 'en'], 'ko_KR.UTF-8', 'Commands:'],
    [['sim', '--help'], 'en_US.UTF-8', 'podlab sim FILE...'],
  ])('%j with LANG=%s shows %s', (args, lang, text) => {
    const r = podlab(args, { LANG: lang });
    expect(r.code).toBe(0);
    expect(r.out).toContain(text);
  });

  it('lists every command of the design in --help', () => {
    const { out } = podlab(['--help']);
    for (const cmd of ['lessons', 'lesson', 'quiz', 'interview', 'drill', 'exam', 'lab', 'kubectl', 'clock', 'sim', 'explain', 'validate', 'progress']) {
      expect(out).toContain(`podlab ${cmd} `);
    }
  });

  it.each([
    [['valdate'], "unknown command 'valdate'", "'podlab validate'"],
    [['validate', '--jsn'], 'unknown flag: --jsn', '--json'],
    [['--lang', 'fr'], "'en' or 'ko'", ''],
    [['lesson'], 'missing argument', 'podlab lesson ID'],
    [['sim', '--for'], 'needs a value', 'podlab sim --help'],
  ])('%j is bad usage: exit 2 with a hint', (args, message, hint) => {
    const r = podlab(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain(hint);
    expect(r.err).not.toMatch(noStack);
  });

  it('lists the lessons in syllabus order, with the shape of the design', () => {
    const r = podlab(['lessons', '--json']);
    expect(r.code).toBe(0);
    const lessons = JSON.parse(r.out) as { id: string; syllabus: string[]; title: string; module: string; pages: number; minutes: number; done: boolean }[];
    expect(lessons).toHaveLength(18);
    expect(lessons[0]).toEqual({ id: 'pod-basics', title: 'What a Pod is', module: 'A', syllabus: ['A1'], pages: expect.any(Number), minutes: expect.any(Number), done: false });
    const ids = lessons.map((l) => l.syllabus[0]);
    expect(ids).toEqual([...ids].sort());
  });

  it('refuses to open the app without a terminal and names the commands that work', () => {
    const r = podlab([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('interactive terminal');
    expect(r.err).toContain('podlab validate');
    expect(r.err).not.toMatch(/raw mode/i);
    expect(r.err).not.toMatch(noStack);
  });

  it('says so in Korean too', () => {
    expect(podlab([], { LANG: 'ko_KR.UTF-8' }).err).toContain('대화형 터미널');
  });

  it('lab needs the app, so without a terminal it names what works instead (exit 2)', () => {
    const r = podlab(['lab', 'lab-first-pod']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('podlab kubectl ARGS...');
  });
});
