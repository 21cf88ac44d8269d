import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError, withLock } from '../../src/store/lock.js';
import { openStore } from '../../src/store/store.js';
import { tempHome } from './helpers.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const lockFile = (file: string) => file + '.lock';

describe('the lock file', () => {
  it('is broken when its holder is dead', () => {
    const { file } = tempHome();
    writeFileSync(lockFile(file), `${deadPid()}\nleftover\n`);
    expect(withLock(lockFile(file), () => 'ran', { timeoutMs: 2_000 })).toBe('ran');
    expect(existsSync(lockFile(file))).toBe(false);
  });

  it('is broken when it is older than the stale limit, even if its pid lives', () => {
    const { file } = tempHome();
    writeFileSync(lockFile(file), `${process.ppid}\nstuck\n`);
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lockFile(file), old, old);
    expect(withLock(lockFile(file), () => 'ran', { timeoutMs: 2_000 })).toBe('ran');
  });

  it('waits for a live, fresh holder and then gives up', () => {
    const { file } = tempHome();
    writeFileSync(lockFile(file), `${process.ppid}\nbusy\n`);
    expect(() => withLock(lockFile(file), () => 'ran', { timeoutMs: 100, staleMs: 60_000 })).toThrow(LockTimeoutError);
    expect(existsSync(lockFile(file))).toBe(true);
  });

  it('is released when the work throws', () => {
    const { file } = tempHome();
    expect(() => withLock(lockFile(file), () => { throw new Error('x'); })).toThrow('x');
    expect(existsSync(lockFile(file))).toBe(false);
  });

  it('held too long makes the store read-only with a notice, never a crash', () => {
    const { env, file } = tempHome();
    writeFileSync(lockFile(file), `${process.ppid}\nbusy\n`);
    const notices: unknown[] = [];
    const { store } = openStore({ env, lock: { timeoutMs: 100, staleMs: 60_000 }, onNotice: (n) => notices.push(n) });
    store.recordAnswer('q1', { correct: true });
    expect(notices).toEqual([expect.objectContaining({ kind: 'unwritable' })]);
    expect(store.snapshot().answers.q1).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
  });
});
