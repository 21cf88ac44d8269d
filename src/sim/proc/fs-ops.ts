// The filesystem a process sees: the container's root plus volumes mounted over it. The kubelet
// builds one with `mountedFs` for each call into a process, hands `ops` over in the ProcWorld, and
// reads the changed filesystems back with `current()` afterwards (volumes such as an emptyDir are
// shared between containers, so they live in the pod, not in the container).

import { type FsErrno, type FsResult, type SimFs, fsList, fsMkdir, fsRead, fsRemove, fsStat, fsWrite } from './fs.js';
import { isWithin, parentOf } from './paths.js';

/** One volume mounted into a container. Paths inside `fs` count from the volume's root. */
export interface FsMount {
  /** Absolute mount path, e.g. `/usr/share/nginx/html`. */
  readonly path: string;
  readonly fs: SimFs;
  readonly readOnly?: boolean;
}

/** Filesystem calls on absolute paths, as a process makes them. */
export interface FsOps {
  stat(path: string): 'file' | 'dir' | undefined;
  read(path: string): string | undefined;
  write(path: string, content: string, append: boolean): FsErrno | undefined;
  mkdir(path: string, parents: boolean): FsErrno | undefined;
  remove(path: string, recursive: boolean, dirOnly?: boolean): FsErrno | undefined;
  list(path: string): readonly string[] | undefined;
}

/** The container's filesystems after the calls made through `ops`. */
export interface MountedState {
  readonly root: SimFs;
  /** Same order as the mounts given. */
  readonly mounts: readonly SimFs[];
}

/** Routes each call to the volume with the longest mount path that holds it, else to the root. */
export function mountedFs(root: SimFs, mounts: readonly FsMount[]): { ops: FsOps; current(): MountedState } {
  let rootFs = root;
  const volumes = mounts.map((m) => m.fs);
  const order = mounts.map((m, i) => ({ m, i })).sort((a, b) => b.m.path.length - a.m.path.length);

  const route = (path: string): { index: number; inner: string; readOnly: boolean } => {
    for (const { m, i } of order) {
      if (isWithin(path, m.path)) return { index: i, inner: '/' + path.slice(m.path.length).replace(/^\/+/, ''), readOnly: !!m.readOnly };
    }
    return { index: -1, inner: path, readOnly: false };
  };
  const fsAt = (index: number) => (index < 0 ? rootFs : volumes[index]);
  const isMountPoint = (path: string) => mounts.some((m) => m.path === path);
  const change = (path: string, f: (fs: SimFs, inner: string) => FsResult): FsErrno | undefined => {
    const r = route(path);
    if (r.readOnly) return 'EROFS';
    const result = f(fsAt(r.index), r.inner);
    if ('error' in result) return result.error;
    if (r.index < 0) rootFs = result.fs;
    else volumes[r.index] = result.fs;
    return undefined;
  };

  const ops: FsOps = {
    stat(path) {
      if (isMountPoint(path)) return 'dir';
      const r = route(path);
      // A directory that only holds a mount point still exists (the runtime creates it).
      return fsStat(fsAt(r.index), r.inner) ?? (mounts.some((m) => isWithin(m.path, path)) ? 'dir' : undefined);
    },
    read(path) {
      const r = route(path);
      return fsRead(fsAt(r.index), r.inner);
    },
    write: (path, content, append) => change(path, (fs, inner) => fsWrite(fs, inner, content, append)),
    mkdir: (path, parents) => (isMountPoint(path) ? (parents ? undefined : 'EEXIST') : change(path, (fs, inner) => fsMkdir(fs, inner, parents))),
    remove: (path, recursive, dirOnly = false) =>
      isMountPoint(path) ? 'EBUSY' : change(path, (fs, inner) => fsRemove(fs, inner, recursive, dirOnly)),
    list(path) {
      const r = route(path);
      const own = fsList(fsAt(r.index), r.inner);
      const extra = mounts.filter((m) => m.path !== path && parentOf(m.path) === path).map((m) => m.path.slice(m.path.lastIndexOf('/') + 1));
      if (own === undefined && extra.length === 0) return isMountPoint(path) ? [] : undefined;
      return [...new Set([...(own ?? []), ...extra])].sort();
    },
  };
  return { ops, current: () => ({ root: rootFs, mounts: [...volumes] }) };
}
