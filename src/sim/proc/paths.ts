// Path arithmetic for the simulated filesystem: absolute, `/`-separated, no symlinks.

/** `path` made absolute against `cwd`, with `.`, `..` and repeated slashes folded away. */
export function resolvePath(cwd: string, path: string): string {
  const start = path.startsWith('/') ? [] : cwd.split('/');
  const parts: string[] = [];
  for (const part of [...start, ...path.split('/')]) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** The directory holding `path` (`/` for top-level entries and for `/` itself). */
export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The last component of `path`. */
export function baseName(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}

/** True when `path` is `dir` or lies below it. */
export function isWithin(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(dir + '/');
}
