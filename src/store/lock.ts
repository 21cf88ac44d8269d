import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { code } from './errno.js';

/**
 * A cross-process lock: an exclusive lock file (`open(..., 'wx')`), retried with short waits.
 * Synchronous on purpose: a mutation is read + change + write of one small file, a few
 * milliseconds, and the UI calls the store from key handlers.
 */

/** Timing knobs; tests shorten them. */
export interface LockTiming {
  /** Give up after this long. Longer than `staleMs`, so a dead holder's lock is always broken first. */
  readonly timeoutMs?: number;
  /** A lock file older than this is a leftover (no mutation takes seconds). */
  readonly staleMs?: number;
}

/** The lock stayed taken for the whole timeout. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread without spinning. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Runs `fn` while holding the lock file `lockPath`. */
export function withLock<T>(lockPath: string, fn: () => T, timing: LockTiming = {}): T {
  const token = acquire(lockPath, timing.timeoutMs ?? 15_000, timing.staleMs ?? 10_000);
  try {
    return fn();
  } finally {
    release(lockPath, token);
  }
}

function acquire(lockPath: string, timeoutMs: number, staleMs: number): string {
  // The token is unique per acquisition, so a lock is only ever removed by whoever saw it.
  const token = `${process.pid}\n${Date.now()}-${Math.random().toString(36).slice(2)}\n`;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath, token)) return token;
    breakIfStale(lockPath, staleMs);
    if (Date.now() >= deadline) throw new LockTimeoutError(`${lockPath} stayed locked for ${timeoutMs} ms`);
    // Short waits with jitter, so processes that collided do not retry in lockstep.
    sleep(Math.min(1 + attempt, 20) * (0.5 + Math.random()));
  }
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path);
    throw error;
  }
  closeSync(fd);
  return true;
}

function release(lockPath: string, token: string): void {
  try {
    if (readFileSync(lockPath, 'utf8') === token) unlinkSync(lockPath);
  } catch {
    // Already gone (broken as stale by another process): nothing to release.
  }
}

/**
 * Removes the lock when its holder is dead or it is older than `staleMs`. Breaking happens under
 * a second lock file and only if the lock still holds what was read, so two processes that both
 * find the same stale lock never remove a fresh lock taken in between.
 */
function breakIfStale(lockPath: string, staleMs: number): void {
  let content: string;
  let ageMs: number;
  try {
    content = readFileSync(lockPath, 'utf8');
    ageMs = Date.now() - statSync(lockPath).mtimeMs;
  } catch {
    return; // released meanwhile
  }
  const pid = Number.parseInt(content, 10);
  const isDead = Number.isInteger(pid) && pid > 0 && !isAlive(pid);
  if (!isDead && ageMs <= staleMs) return;
  const breaker = lockPath + '.break';
  if (!tryCreate(breaker, String(process.pid))) {
    try {
      if (Date.now() - statSync(breaker).mtimeMs > staleMs) unlinkSync(breaker);
    } catch {
      // gone already
    }
    return;
  }
  try {
    if (readFileSync(lockPath, 'utf8') === content) unlinkSync(lockPath);
  } catch {
    // released meanwhile
  } finally {
    unlinkSync(breaker);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return code(error) === 'EPERM';
  }
}
