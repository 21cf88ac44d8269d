// The simulated filesystem as plain data, with pure helpers that return a new value.
// A directory exists when it is listed in `dirs` or when anything lies below it, so a record of
// files alone is a valid filesystem.

import { isWithin, parentOf } from './paths.js';

/** One filesystem: an image's root, or a volume (paths then count from the volume's root). */
export interface SimFs {
  /** File contents by absolute path. */
  readonly files: Readonly<Record<string, string>>;
  /** Directories that exist even when empty (absolute, no trailing slash). */
  readonly dirs: readonly string[];
}

/** Why a filesystem call failed, by its POSIX errno name. */
export type FsErrno = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'EROFS' | 'ENOTEMPTY' | 'EBUSY';

/** The C library's text for an errno, as every tool prints it after a colon. */
export function errnoText(e: FsErrno): string {
  switch (e) {
    case 'ENOENT': return 'No such file or directory';
    case 'EISDIR': return 'Is a directory';
    case 'ENOTDIR': return 'Not a directory';
    case 'EEXIST': return 'File exists';
    case 'EROFS': return 'Read-only file system';
    case 'ENOTEMPTY': return 'Directory not empty';
    case 'EBUSY': return 'Resource busy';
  }
}

/** Result of a change: the new filesystem, or why nothing changed. */
export type FsResult = { readonly fs: SimFs } | { readonly error: FsErrno };

export const emptyFs: SimFs = { files: {}, dirs: [] };

/** A filesystem from files (and optionally empty directories). */
export function makeFs(files: Readonly<Record<string, string>>, dirs: readonly string[] = []): SimFs {
  return { files: { ...files }, dirs: [...new Set(dirs)].sort() };
}

export function fsStat(fs: SimFs, path: string): 'file' | 'dir' | undefined {
  if (path === '/') return 'dir';
  if (Object.prototype.hasOwnProperty.call(fs.files, path)) return 'file';
  if (fs.dirs.includes(path)) return 'dir';
  const prefix = path + '/';
  if (fs.dirs.some((d) => d.startsWith(prefix))) return 'dir';
  return Object.keys(fs.files).some((f) => f.startsWith(prefix)) ? 'dir' : undefined;
}

export function fsRead(fs: SimFs, path: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(fs.files, path) ? fs.files[path] : undefined;
}

/** Creates or overwrites (or appends to) a file; its directory must exist. */
export function fsWrite(fs: SimFs, path: string, content: string, append = false): FsResult {
  const kind = fsStat(fs, path);
  if (kind === 'dir') return { error: 'EISDIR' };
  const dirKind = fsStat(fs, parentOf(path));
  if (dirKind === undefined) return { error: 'ENOENT' };
  if (dirKind === 'file') return { error: 'ENOTDIR' };
  const before = append ? (fsRead(fs, path) ?? '') : '';
  return { fs: { files: { ...fs.files, [path]: before + content }, dirs: fs.dirs } };
}

/** `mkdir` (`parents`: `mkdir -p`, which also accepts an existing directory). */
export function fsMkdir(fs: SimFs, path: string, parents = false): FsResult {
  const kind = fsStat(fs, path);
  if (kind === 'dir') return parents ? { fs } : { error: 'EEXIST' };
  if (kind === 'file') return { error: 'EEXIST' };
  const dirKind = fsStat(fs, parentOf(path));
  if (dirKind === 'file') return { error: 'ENOTDIR' };
  if (dirKind === undefined && !parents) return { error: 'ENOENT' };
  return { fs: { files: fs.files, dirs: [...fs.dirs, path].sort() } };
}

/** `rm` (files; directories only with `recursive`) or `rmdir` semantics when `dirOnly`. */
export function fsRemove(fs: SimFs, path: string, recursive = false, dirOnly = false): FsResult {
  const kind = fsStat(fs, path);
  if (kind === undefined) return { error: 'ENOENT' };
  if (kind === 'file') {
    if (dirOnly) return { error: 'ENOTDIR' };
    const files = { ...fs.files };
    delete files[path];
    return { fs: { files, dirs: fs.dirs } };
  }
  if (path === '/') return { error: 'EBUSY' };
  const below = (p: string) => p !== path && isWithin(p, path);
  const nonEmpty = Object.keys(fs.files).some(below) || fs.dirs.some(below);
  if (!recursive && !dirOnly) return { error: 'EISDIR' };
  if (dirOnly && nonEmpty) return { error: 'ENOTEMPTY' };
  const files = Object.fromEntries(Object.entries(fs.files).filter(([p]) => !isWithin(p, path)));
  return { fs: { files, dirs: fs.dirs.filter((d) => !isWithin(d, path)) } };
}

/** Names directly inside a directory, sorted; undefined when it is not a directory. */
export function fsList(fs: SimFs, path: string): readonly string[] | undefined {
  if (fsStat(fs, path) !== 'dir') return undefined;
  const prefix = path === '/' ? '/' : path + '/';
  const names = new Set<string>();
  for (const p of [...Object.keys(fs.files), ...fs.dirs]) {
    if (p.startsWith(prefix) && p.length > prefix.length) names.add(p.slice(prefix.length).split('/')[0]);
  }
  return [...names].sort();
}
