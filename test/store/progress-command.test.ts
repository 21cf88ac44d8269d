import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRun } from '../../src/commands/progress.js';
import { openStore } from '../../src/store/store.js';
import { bytes, fakeContext, tempHome } from './helpers.js';

const clock = new Date(2026, 10, 21, 9, 0);
const run = makeRun({ now: () => clock, totalLessons: () => 12 });

/** A home with some progress in it. */
function seeded() {
  const home = tempHome();
  const { store } = openStore({ env: home.env, now: () => clock });
  store.setSetting('lang', 'ko');
  store.recordAnswer('q1', { correct: false, at: new Date(2026, 10, 20, 10).toISOString() });
  store.recordAnswer('q1', { correct: true });
  store.recordAnswer('q2', { correct: false });
  store.setLessonProgress('pod-basics', { page: 3, done: true });
  store.addExamResult({ at: clock.toISOString(), score: 16, total: 20, passed: true });
  return home;
}

describe('podlab progress', () => {
  it('--json prints exactly the DESIGN.md shape', async () => {
    const { env } = seeded();
    const { ctx, out } = fakeContext({ env, flags: { json: true } });
    expect(await run(ctx)).toBe(0);
    expect(JSON.parse(out())).toEqual({
      lessons: { done: 1, total: 12 },
      questions: { answered: 2, correct: 1, due: 0 },
      exams: [{ at: clock.toISOString(), score: 16, total: 20, passed: true }],
      streakDays: 2,
    });
  });

  it.each([
    ['en', ['Lessons: 1 of 12 done', '2 answered, 1 right', 'Reviews due now: 0', 'Mock exams taken: 1', 'Streak: 2 days']],
    ['ko', ['레슨: 12개 중 1개 완료', '문제: 2개 풀었고', '연속 학습: 2일']],
  ] as const)('the summary in %s names the numbers and the file', async (lang, parts) => {
    const { env, file } = seeded();
    const { ctx, out } = fakeContext({ env, lang });
    expect(await run(ctx)).toBe(0);
    for (const part of [...parts, file]) expect(out()).toContain(part);
  });

  it('on a fresh machine says the file does not exist yet, and creates nothing', async () => {
    const { env, home } = tempHome();
    const { ctx, out } = fakeContext({ env });
    expect(await run(ctx)).toBe(0);
    expect(out()).toContain('(not created yet)');
    expect(readdirSync(home)).toEqual([]);
  });

  it.each([
    [['frobnicate'], 'Unknown progress command "frobnicate"'],
    [['reset', 'now'], 'Too many arguments'],
    [['import'], 'Which file?'],
  ])('%j is a usage error (exit 2)', async (positionals, message) => {
    const { env } = tempHome();
    const { ctx, err } = fakeContext({ env, positionals });
    expect(await run(ctx)).toBe(2);
    expect(err()).toContain(message);
    expect(err()).toContain('progress reset [--yes]');
  });
});

describe('export and import', () => {
  it('export without FILE (or with -) prints the whole store', async () => {
    const { env, file } = seeded();
    for (const positionals of [['export'], ['export', '-']]) {
      const { ctx, out } = fakeContext({ env, positionals });
      expect(await run(ctx)).toBe(0);
      expect(JSON.parse(out())).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    }
  });

  it('export refuses to overwrite an existing file (exit 2) and leaves it alone', async () => {
    const { env, home } = seeded();
    writeFileSync(join(home, 'mine.json'), 'precious');
    const { ctx, err } = fakeContext({ env, positionals: ['export', 'mine.json'] });
    expect(await run(ctx)).toBe(2);
    expect(err()).toContain('mine.json already exists');
    expect(readFileSync(join(home, 'mine.json'), 'utf8')).toBe('precious');
  });

  it('round trip: export, reset, import gives back the same data, with a backup of what was replaced', async () => {
    const { env, home, file } = seeded();
    const before = JSON.parse(readFileSync(file, 'utf8'));
    expect(await run(fakeContext({ env, positionals: ['export', 'saved.json'] }).ctx)).toBe(0);
    expect(await run(fakeContext({ env, positionals: ['reset'], flags: { yes: true } }).ctx)).toBe(0);
    const imported = fakeContext({ env, positionals: ['import', 'saved.json'] });
    expect(await run(imported.ctx)).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(before);
    const backup = /saved to (\S+)/.exec(imported.err())?.[1];
    expect(backup && existsSync(backup)).toBe(true);
    expect(backup?.startsWith(home)).toBe(true);
  });

  it('import from - reads standard input', async () => {
    const { env, file } = tempHome();
    const text = JSON.stringify({ schemaVersion: 1, settings: { lang: 'en' } });
    expect(await run(fakeContext({ env, positionals: ['import', '-'], stdinText: text }).ctx)).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).settings).toEqual({ lang: 'en' });
  });

  it.each([
    ['bad JSON', '{"schemaVersion": 1,', 'not valid JSON'],
    ['an empty file', '', 'is empty'],
    ['a wrong field', JSON.stringify({ schemaVersion: 1, answers: { q1: [{ at: 'then', correct: true }] } }), 'answers.q1[0].at: expected an ISO 8601 date'],
    ['a newer schema', JSON.stringify({ schemaVersion: 7 }), 'newer podlab (format 7'],
  ])('import of %s: exit 2, names the file and problem, current file byte-identical', async (_name, content, message) => {
    const { env, home, file } = seeded();
    const before = bytes(file);
    const listing = readdirSync(home).sort();
    writeFileSync(join(home, 'incoming.json'), content);
    const { ctx, err } = fakeContext({ env, positionals: ['import', 'incoming.json'] });
    expect(await run(ctx)).toBe(2);
    expect(err()).toContain('incoming.json');
    expect(err()).toContain(message);
    expect(bytes(file)).toEqual(before);
    expect(readdirSync(home).sort()).toEqual([...listing, 'incoming.json'].sort());
  });

  it('import of a missing file is a usage error', async () => {
    const { env } = tempHome();
    const { ctx, err } = fakeContext({ env, positionals: ['import', 'nope.json'] });
    expect(await run(ctx)).toBe(2);
    expect(err()).toContain('Could not read nope.json: ENOENT');
  });

  it('a bad-field message in Korean', async () => {
    const { env, home } = tempHome();
    writeFileSync(join(home, 'x.json'), JSON.stringify({ schemaVersion: 1, settings: { lang: 'fr' } }));
    const { ctx, err } = fakeContext({ env, lang: 'ko', positionals: ['import', 'x.json'] });
    expect(await run(ctx)).toBe(2);
    expect(err()).toContain('x.json: settings.lang: 필요한 값은 "en" 또는 "ko"입니다');
  });
});

describe('reset', () => {
  it('--yes backs the file up (original bytes), wipes progress, keeps settings', async () => {
    const { env, file } = seeded();
    const original = bytes(file);
    const { ctx, err } = fakeContext({ env, positionals: ['reset'], flags: { yes: true } });
    expect(await run(ctx)).toBe(0);
    const backup = /saved to (\S+)/.exec(err())?.[1] ?? '';
    expect(bytes(backup)).toEqual(original);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(after).toMatchObject({ answers: {}, lessons: {}, exams: [], settings: { lang: 'ko' } });
  });

  it.each([
    ['n', 1],
    ['', 1],
    ['y', 0],
    ['예', 0],
  ])('asks first; answering %j exits %i', async (answer, exitCode) => {
    const { env, file } = seeded();
    const before = bytes(file);
    const { ctx, out } = fakeContext({ env, positionals: ['reset'], isInteractive: true, stdinText: answer + '\n' });
    expect(await run(ctx)).toBe(exitCode);
    expect(out()).toContain('Reset all progress? This cannot be undone. [y/N]');
    expect(bytes(file).equals(before)).toBe(exitCode === 1);
  });

  it('without a terminal and without --yes refuses (exit 2) and hints at --yes', async () => {
    const { env, file } = seeded();
    const before = bytes(file);
    const { ctx, err } = fakeContext({ env, positionals: ['reset'], isInteractive: false });
    expect(await run(ctx)).toBe(2);
    expect(err()).toContain('podlab progress reset --yes');
    expect(bytes(file)).toEqual(before);
  });

  it('refuses (exit 1) to replace a file from a newer podlab', async () => {
    const { env, file } = tempHome();
    writeFileSync(file, JSON.stringify({ schemaVersion: 42 }));
    const before = bytes(file);
    const { ctx, err } = fakeContext({ env, positionals: ['reset'], flags: { yes: true } });
    expect(await run(ctx)).toBe(1);
    expect(err()).toContain('newer podlab');
    expect(bytes(file)).toEqual(before);
  });
});
