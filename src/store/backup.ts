import { constants, copyFileSync, linkSync, lstatSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { code } from './errno.js';

/**
 * Timestamped copies next to the store file. A backup never overwrites another backup: names
 * that exist get `-1`, `-2` ... and the creating call itself refuses to clobber (link / EXCL copy).
 */

/** `corrupt`: a file that could not be used, moved aside. `backup`: a copy kept before import or reset. */
export type BackupKind = 'corrupt' | 'backup';

/** `.../progress.json` → `.../progress.corrupt-2026-11-21T06-01-02Z.json` (`-n` added when n > 0). */
export function backupName(path: string, kind: BackupKind, now: Date, n = 0): string {
  const ext = extname(path);
  const stem = basename(path, ext);
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return join(dirname(path), `${stem}.${kind}-${stamp}${n > 0 ? `-${n}` : ''}${ext}`);
}

const MAX_TRIES = 1000;

/** Moves `path` (a file, a directory, a symlink) to a fresh backup name; returns that name. */
export function moveAside(path: string, kind: BackupKind, now: Date): string {
  for (let n = 0; n < MAX_TRIES; n++) {
    const target = backupName(path, kind, now, n);
    try {
      // link() fails if the target exists, where rename() would silently replace it.
      linkSync(path, target);
      unlinkSync(path);
      return target;
    } catch (error) {
      if (code(error) === 'EEXIST') continue;
      // Directories cannot be hard-linked (and some file systems have no links): rename instead.
      if (exists(target)) continue;
      renameSync(path, target);
      return target;
    }
  }
  throw new Error(`no free backup name next to ${path}`);
}

/** Copies the file at `path` to a fresh backup name; returns that name. */
export function copyAside(path: string, kind: BackupKind, now: Date): string {
  for (let n = 0; n < MAX_TRIES; n++) {
    const target = backupName(path, kind, now, n);
    try {
      copyFileSync(path, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if (code(error) === 'EEXIST') continue;
      throw error;
    }
  }
  throw new Error(`no free backup name next to ${path}`);
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
