import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What a user gets from `npx podlab`: the packed tarball, installed offline as one package, run
// from a folder that has nothing to do with the repo (its path has a space and Hangul in it).
const repo = resolve(__dirname, '../..');
let work: string;
let tarball: string;
let files: string[];
let bin: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'podlab-pack-'));
  // Note: --ignore-scripts because `npm test` has just built dist/; prepack would rebuild it
  // under the feet of the other end-to-end tests.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: repo, encoding: 'utf8' });
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"try-podlab","private":true}');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, encoding: 'utf8' });
  bin = join(app, 'node_modules', '.bin', 'podlab');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const runBin = (args: string[], cwd: string) =>
  spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, PODLAB_HOME: join(work, 'home'), LANG: 'en_US.UTF-8' } });

describe('the published package', () => {
  it('holds dist, lessons and quizzes and no sources', () => {
    expect(files).toContain('dist/cli.js');
    expect(files.some((f) => f.startsWith('lessons/') && f.endsWith('.yaml'))).toBe(true);
    expect(files.some((f) => f.startsWith('quizzes/') && f.endsWith('.yaml'))).toBe(true);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.ts'))).toEqual([]);
  });

  it('installs with no dependencies of its own', () => {
    const list = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: join(work, 'app'), encoding: 'utf8' });
    expect(list.trim().split('\n').map((l) => l.split('node_modules/').pop())).toEqual([expect.stringContaining('app'), 'podlab']);
  });

  it('runs --version and --help from any folder', () => {
    const elsewhere = join(work, '다른 폴더');
    mkdirSync(elsewhere, { recursive: true });
    const version = runBin(['--version'], elsewhere);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runBin(['--help'], elsewhere);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('podlab validate');
  });

  it('finds its shipped content from any folder', () => {
    const r = runBin(['validate', '--json'], tmpdir());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).lessons).toBeGreaterThan(0);
  });

  it('refuses to open the app without a terminal, naming what works instead', () => {
    const r = runBin([], tmpdir());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('podlab validate');
    expect(r.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});
