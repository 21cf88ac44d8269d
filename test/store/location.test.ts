import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storePath } from '../../src/store/location.js';
import { readSavedLang } from '../../src/store/saved-lang.js';
import { tempHome } from './helpers.js';

describe('storePath', () => {
  it.each([
    ['PODLAB_HOME wins', { PODLAB_HOME: '/data/pl', XDG_CONFIG_HOME: '/x' }, 'linux', '/data/pl/progress.json'],
    ['linux default', {}, 'linux', '/home/u/.config/podlab/progress.json'],
    ['linux XDG_CONFIG_HOME', { XDG_CONFIG_HOME: '/xdg' }, 'linux', '/xdg/podlab/progress.json'],
    ['macOS', {}, 'darwin', '/home/u/Library/Preferences/podlab/progress.json'],
    ['an empty PODLAB_HOME is unset', { PODLAB_HOME: '' }, 'linux', '/home/u/.config/podlab/progress.json'],
  ] as const)('%s', (_name, env, platform, expected) => {
    expect(storePath(env, platform, '/home/u')).toBe(expected);
  });

  it('is the folder conf itself picks for project podlab with no suffix', () => {
    const xdg = mkdtempSync(join(tmpdir(), 'podlab-xdg-'));
    const script = "import Conf from 'conf'; const c = new Conf({projectName: 'podlab', projectSuffix: '', configName: 'progress'}); process.stdout.write(c.path);";
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: process.cwd(), env: { ...process.env, XDG_CONFIG_HOME: xdg }, encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    rmSync(xdg, { recursive: true, force: true });
    expect(child.stdout).toBe(storePath({ XDG_CONFIG_HOME: xdg }));
  });
});

describe('readSavedLang never throws', () => {
  const write = (content: string) => {
    const { env, file } = tempHome();
    writeFileSync(file, content);
    return env;
  };
  it.each([
    ['ko', JSON.stringify({ schemaVersion: 1, settings: { lang: 'ko' } }), 'ko'],
    ['en with a byte order mark', '\uFEFF' + JSON.stringify({ settings: { lang: 'en' } }), 'en'],
    ['an unknown language', JSON.stringify({ settings: { lang: 'fr' } }), undefined],
    ['no settings', JSON.stringify({ schemaVersion: 1 }), undefined],
    ['settings null', JSON.stringify({ settings: null }), undefined],
    ['JSON null', 'null', undefined],
    ['bad JSON', '{"settings": {"lang": "ko"', undefined],
    ['an empty file', '', undefined],
  ])('%s', (_name, content, expected) => {
    expect(readSavedLang(write(content))).toBe(expected);
  });

  it.each([
    ['no file', () => tempHome().env],
    ['a directory', () => { const h = tempHome(); mkdirSync(h.file); return h.env; }],
    ['a symlink loop', () => { const h = tempHome(); symlinkSync('progress.json', h.file); return h.env; }],
  ])('%s → undefined', (_name, setup) => {
    expect(readSavedLang(setup())).toBeUndefined();
  });
});
