// `--sort-by=JSONPATH` (kubectl's sorter.go): numbers numerically, timestamps and quantities
// by value, other strings in natural order; objects lacking the field sort first.
import { compare, decodeQuantity } from '../../quantity.js';
import { parseRfc3339 } from '../../status/index.js';
import { findResults } from '../jsonpath/eval.js';
import { compileJsonPath, relaxedJsonPath } from '../print/objects.js';
import type { Found } from './gather.js';
import { asObj, eventObject } from './tables.js';

/** sortorder.NaturalLess: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): boolean {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = BigInt(x);
      const ny = BigInt(y);
      if (nx !== ny) return nx < ny;
      return x.length < y.length;
    }
    return x < y;
  }
  return pa.length < pb.length;
}

function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  const sa = String(a);
  const sb = String(b);
  const ta = parseRfc3339(sa);
  const tb = parseRfc3339(sb);
  if (ta !== undefined && tb !== undefined) return ta < tb;
  const qa = decodeQuantity(sa);
  const qb = decodeQuantity(sb);
  if (qa.ok && qb.ok && /\d/.test(sa) && /\d/.test(sb)) return compare(qa.value, qb.value) < 0;
  return naturalLess(sa, sb);
}

/** The gathered objects, each type sorted by the path; or kubectl's error for a bad path. */
export function sortObjects(found: readonly Found[], sortBy: string): Found[] | { error: string } {
  const relaxed = relaxedJsonPath(sortBy);
  if (!relaxed.ok) return { error: relaxed.error };
  const compiled = compileJsonPath(relaxed.path);
  if (!compiled.ok) return { error: compiled.error };
  const keyOf = (o: unknown): unknown => findResults(compiled.root, o, true)[0]?.[0];
  return found.map((f) => {
    const order = <T>(items: readonly T[], obj: (x: T) => unknown): T[] => items
      .map((item, i) => ({ item, i, key: keyOf(obj(item)) }))
      .sort((x, y) => {
        if (x.key === undefined || y.key === undefined) return (x.key === undefined ? 0 : 1) - (y.key === undefined ? 0 : 1) || x.i - y.i;
        return less(x.key, y.key) ? -1 : less(y.key, x.key) ? 1 : x.i - y.i;
      })
      .map((x) => x.item);
    return { ...f, objects: order(f.objects, asObj), events: order(f.events, eventObject) };
  });
}
