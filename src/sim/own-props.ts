// Building plain-data objects key by key, with the result an object literal with spreads gives.
// Why: in V8, `{ ...a, key: v }` (a spread followed by a key `a` does not have, or a spread
// clone given a new key later) takes a slow generic path, microseconds for a dozen keys, and
// gives every object made that way a hidden class of its own. Objects made so by the thousand
// (pod specs, containers, probes, events) then make every place that reads them megamorphic.
// The same keys added in the same order to a fresh object share one hidden class and are cheap.
// The one difference to keep: a literal or a spread *defines* `__proto__` as an own property,
// where an assignment would call the prototype setter instead.

const OWN = Object.prototype.hasOwnProperty;

/** `target[key] = value` as a literal defines it (an own `__proto__` included). */
export function defineOwn(target: object, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

/** Adds `source`'s own enumerable properties to `target`, as `{ ...target, ...source }` would. */
export function assignOwn<T extends object>(target: T, source: object | null | undefined): T {
  // Spreading null or undefined adds nothing.
  if (source === null || source === undefined) return target;
  if (!OWN.call(source, '__proto__')) return Object.assign(target, source);
  for (const key of Object.keys(source)) defineOwn(target, key, (source as Record<string, unknown>)[key]);
  for (const sym of Object.getOwnPropertySymbols(source)) {
    if (Object.prototype.propertyIsEnumerable.call(source, sym)) (target as Record<symbol, unknown>)[sym] = (source as Record<symbol, unknown>)[sym];
  }
  return target;
}

/** `{ ...source }` built key by key: the copy shares its hidden class with its look-alikes. */
export function sharedShape<T extends object>(source: T): T {
  return assignOwn({}, source) as T;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** A deep copy of plain data (plain objects and arrays; anything else is kept) with shared shapes. */
export function sharedShapeDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sharedShapeDeep) as T;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) defineOwn(out, key, sharedShapeDeep(value[key]));
  return out as T;
}
