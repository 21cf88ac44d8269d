import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName } from '../../src/store/backup.js';
import { emptyData } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/store.js';
import { bytes, tempHome } from './helpers.js';

const clock = new Date('2026-11-21T06:01:02.345Z');
const now = () => clock;
const expectedBackup = (file: string, n = 0) => backupName(file, 'corrupt', clock, n);

describe('a store file that cannot be used is moved aside, byte for byte, and podlab starts fresh', () => {
  it.each([
    ['bad JSON', '{"schemaVersion": 1, "answers": {', 'bad-json'],
    ['an empty file', '', 'empty'],
    ['only whitespace', '\n  \n', 'empty'],
    ['a JSON list', '[1, 2, 3]', 'wrong-shape'],
    ['a wrong field', JSON.stringify({ schemaVersion: 1, answers: { q1: 'yes' } }), 'wrong-shape'],
    ['no schemaVersion', JSON.stringify({ answers: {} }), 'wrong-shape'],
  ])('%s', (_name, content, reason) => {
    const { env, file } = tempHome();
    writeFileSync(file, content);
    const original = bytes(file);
    const { store, notice } = openStore({ env, now });
    expect(notice).toMatchObject({ kind: 'moved-aside', reason, backupPath: expectedBackup(file) });
    expect(bytes(expectedBackup(file))).toEqual(original);
    expect(existsSync(file)).toBe(false);
    expect(store.snapshot()).toEqual(emptyData());
    expect(store.isReadOnly).toBe(false);
    store.recordAnswer('q1', { correct: true });
    expect(JSON.parse(readFileSync(file, 'utf8')).answers.q1).toHaveLength(1);
  });

  it('a directory where the file should be', () => {
    const { env, file } = tempHome();
    mkdirSync(file);
    writeFileSync(join(file, 'inside.txt'), 'keep me');
    const { store, notice } = openStore({ env, now });
    expect(notice).toMatchObject({ kind: 'moved-aside', reason: 'unreadable', backupPath: expectedBackup(file) });
    expect(readFileSync(join(expectedBackup(file), 'inside.txt'), 'utf8')).toBe('keep me');
    store.setSetting('lang', 'ko');
    expect(statSync(file).isFile()).toBe(true);
  });

  it('a symlink loop (unreadable even as root)', () => {
    const { env, file } = tempHome();
    symlinkSync('progress.json', file);
    const { store, notice } = openStore({ env, now });
    expect(notice).toMatchObject({ kind: 'moved-aside', reason: 'unreadable', detail: 'ELOOP' });
    expect(store.snapshot()).toEqual(emptyData());
  });

  it('never overwrites an existing backup', () => {
    const { env, file } = tempHome();
    writeFileSync(expectedBackup(file), 'an older backup');
    writeFileSync(file, 'not json');
    const { notice } = openStore({ env, now });
    expect(notice).toMatchObject({ backupPath: expectedBackup(file, 1) });
    expect(readFileSync(expectedBackup(file), 'utf8')).toBe('an older backup');
    expect(readFileSync(expectedBackup(file, 1), 'utf8')).toBe('not json');
  });

  it('a file that goes bad during a run is moved aside at the next change, with a notice', () => {
    const { env, file } = tempHome();
    const notices: unknown[] = [];
    const { store } = openStore({ env, now, onNotice: (n) => notices.push(n) });
    store.recordAnswer('q1', { correct: true });
    writeFileSync(file, '{oops');
    store.recordAnswer('q2', { correct: false });
    expect(notices).toEqual([expect.objectContaining({ kind: 'moved-aside', reason: 'bad-json' })]);
    expect(readFileSync(expectedBackup(file), 'utf8')).toBe('{oops');
    expect(Object.keys(store.snapshot().answers)).toEqual(['q2']);
  });
});

describe('a file from a newer podlab is never written', () => {
  const newer = JSON.stringify({ schemaVersion: 99, somethingNew: { a: 1 } });

  it('opens read-only, keeps changes in memory, leaves the file byte for byte', () => {
    const { env, file, home } = tempHome();
    writeFileSync(file, newer);
    const { store, notice } = openStore({ env, now });
    expect(notice).toEqual({ kind: 'newer-schema', path: file, version: 99 });
    expect(store.isReadOnly).toBe(true);
    store.recordAnswer('q1', { correct: true });
    store.setSetting('lang', 'ko');
    expect(store.snapshot().answers.q1).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(newer);
    expect(readdirSync(home)).toEqual(['progress.json']);
    expect(store.replaceAll(emptyData())).toMatchObject({ ok: false, notice: { kind: 'newer-schema' } });
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });

  it('switches to read-only when a newer podlab writes during the run', () => {
    const { env, file } = tempHome();
    const notices: unknown[] = [];
    const { store } = openStore({ env, now, onNotice: (n) => notices.push(n) });
    store.recordAnswer('q1', { correct: true });
    writeFileSync(file, newer);
    store.recordAnswer('q2', { correct: true });
    expect(notices).toEqual([{ kind: 'newer-schema', path: file, version: 99 }]);
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });
});

describe('a folder that cannot be written', () => {
  it('opens read-only with a notice instead of throwing, and keeps changes in memory', () => {
    const { home } = tempHome();
    const blocker = join(home, 'not-a-folder');
    writeFileSync(blocker, 'a file, not a folder');
    const { store, notice } = openStore({ env: { PODLAB_HOME: blocker }, now });
    expect(notice).toMatchObject({ kind: 'unwritable', path: join(blocker, 'progress.json') });
    store.recordAnswer('q1', { correct: true });
    expect(store.isReadOnly).toBe(true);
    expect(store.snapshot().answers.q1).toHaveLength(1);
    expect(readFileSync(blocker, 'utf8')).toBe('a file, not a folder');
  });
});
