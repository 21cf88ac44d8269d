/**
 * Shape checks for the store file. Pure: no I/O. A check returns the first problem it finds as a
 * field path (`answers.q1[0].at`) and what was expected there, or undefined when the value fits.
 * Keys a check does not know are allowed and kept: a newer build may add optional fields without
 * bumping the schema version, and an older build must not throw them away.
 */

/** What a field should have held; the message table turns it into words. */
export type Expected =
  | 'object' | 'array' | 'string' | 'boolean' | 'number' | 'date' | 'day'
  | 'lang' | 'page' | 'card-state' | 'json' | 'schema-version';

/** The first problem found. */
export interface Issue {
  readonly field: string;
  readonly expected: Expected;
}

/** Checks `value` found at the path `field`; undefined when it fits. */
export type Check = (value: unknown, field: string) => Issue | undefined;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `answers` + `q1` → `answers.q1`; ids that are not plain words are quoted: `answers["a.b"]`. */
export function childField(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!/^[A-Za-z_][\w-]*$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

const is = (expected: Expected, test: (v: unknown) => boolean): Check =>
  (value, field) => (test(value) ? undefined : { field, expected });

export const str = is('string', (v) => typeof v === 'string');
export const bool = is('boolean', (v) => typeof v === 'boolean');
export const num = is('number', (v) => typeof v === 'number' && Number.isFinite(v));
export const date = is('date', (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v) && !Number.isNaN(Date.parse(v)));
export const day = is('day', (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v));
export const lang = is('lang', (v) => v === 'en' || v === 'ko');
export const page = is('page', (v) => typeof v === 'string' || (Number.isInteger(v) && (v as number) >= 0));
export const cardState = is('card-state', (v) => v === 0 || v === 1 || v === 2 || v === 3);
export const json = is('json', isJson);

function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  return isPlainObject(value) && Object.values(value).every(isJson);
}

/** A field spec: the check, and whether the field may be absent. */
type FieldSpec = readonly [Check, 'optional'?];

/** An object with these fields (others allowed). */
export function shape(spec: Readonly<Record<string, FieldSpec>>): Check {
  return (value, field) => {
    if (!isPlainObject(value)) return { field: field || '(root)', expected: 'object' };
    for (const [key, [check, optional]] of Object.entries(spec)) {
      if (!Object.hasOwn(value, key) && optional) continue;
      const issue = check(value[key], childField(field, key));
      if (issue) return issue;
    }
    return undefined;
  };
}

/** An object used as a map from id to values that pass `check`. */
export function recordOf(check: Check): Check {
  return (value, field) => {
    if (!isPlainObject(value)) return { field, expected: 'object' };
    for (const [key, item] of Object.entries(value)) {
      const issue = check(item, childField(field, key));
      if (issue) return issue;
    }
    return undefined;
  };
}

export function arrayOf(check: Check): Check {
  return (value, field) => {
    if (!Array.isArray(value)) return { field, expected: 'array' };
    for (let i = 0; i < value.length; i++) {
      const issue = check(value[i], childField(field, i));
      if (issue) return issue;
    }
    return undefined;
  };
}
