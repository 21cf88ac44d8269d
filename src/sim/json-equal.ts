// Whether two plain values serialize to the same JSON, without serializing them: the engine
// compares a regenerated status with the stored one after every change, and building both
// strings each time cost more than the comparison itself.

/** What JSON.stringify writes for `v` inside an array: undefined and functions become null. */
function inArray(v: unknown): unknown {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v;
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function definedKeys(o: Record<string, unknown>): string[] {
  const keys = Object.keys(o);
  return keys.some((k) => omitted(o[k])) ? keys.filter((k) => !omitted(o[k])) : keys;
}

/** `JSON.stringify(a) === JSON.stringify(b)` for plain data (no toJSON, no cycles). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return !Number.isFinite(a) && !Number.isFinite(b);
  if (typeof a === 'number' && !Number.isFinite(a)) return b === null;
  if (typeof b === 'number' && !Number.isFinite(b)) return a === null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(inArray(a[i]), inArray(bb[i]))) return false;
    return true;
  }
  const ka = definedKeys(a as Record<string, unknown>);
  const kb = definedKeys(b as Record<string, unknown>);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!jsonEqual((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]])) return false;
  }
  return true;
}
