// Shell patterns (`*`, `?`, `[...]`) for `case`, `${x%pat}` and filename expansion. A pattern
// here is text in which a backslash quotes the next character (quoted parts of a word).

/** The regular expression source of a pattern (no anchors). */
export function patternSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += escapeRe(pattern[++i] ?? '\\');
    } else if (c === '*') {
      out += '[\\s\\S]*';
    } else if (c === '?') {
      out += '[\\s\\S]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      let set = pattern.slice(i + 1, end);
      const negate = set.startsWith('!') || set.startsWith('^');
      if (negate) set = set.slice(1);
      out += `[${negate ? '^' : ''}${set.replace(/[\\\]]/g, '\\$&')}]`;
      i = end;
    } else {
      out += escapeRe(c);
    }
  }
  return out;
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whole-string match. */
export function matchPattern(pattern: string, text: string): boolean {
  return new RegExp(`^${patternSource(pattern)}$`).test(text);
}

/** True when the pattern has an unquoted `*`, `?` or `[`. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if ('*?['.includes(pattern[i])) return true;
  }
  return false;
}

/** Removes the backslashes that quote characters. */
export function unquotePattern(pattern: string): string {
  return pattern.replace(/\\([\s\S])/g, '$1');
}

/** `${x%p}`, `${x%%p}`, `${x#p}`, `${x##p}`: strip the shortest or longest matching suffix or prefix. */
export function stripPattern(value: string, pattern: string, op: '%' | '%%' | '#' | '##'): string {
  const re = new RegExp(`^${patternSource(pattern)}$`);
  const n = value.length;
  if (op === '#' || op === '##') {
    const lengths = op === '#' ? range(0, n) : range(0, n).reverse();
    for (const k of lengths) if (re.test(value.slice(0, k))) return value.slice(k);
  } else {
    const starts = op === '%' ? range(0, n).reverse() : range(0, n);
    for (const k of starts) if (re.test(value.slice(k))) return value.slice(0, k);
  }
  return value;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Filename expansion: the sorted paths matching `pattern` (absolute or relative to `cwd`), or an
 * empty list. `list` lists a directory's names.
 */
export function globPaths(pattern: string, cwd: string, list: (dir: string) => readonly string[] | undefined): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  let found: string[] = [absolute ? '/' : ''];
  for (const seg of segments) {
    const next: string[] = [];
    for (const base of found) {
      const dir = base === '' ? cwd : base;
      const join = (name: string) => (base === '' ? name : base === '/' ? '/' + name : `${base}/${name}`);
      if (!hasGlob(seg)) {
        next.push(join(unquotePattern(seg)));
        continue;
      }
      for (const name of list(dir) ?? []) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (matchPattern(seg, name)) next.push(join(name));
      }
    }
    found = next;
  }
  return found.sort();
}
