import { checkStoreData } from './schema.js';
import { SCHEMA_VERSION, type StoreData } from './types.js';
import { isPlainObject, type Expected } from './validate.js';

/**
 * Old shapes → the current one, and the shape check. Pure: no I/O, no clock. The store, the
 * import command and the tests all go through `parseStoreText` or `migrate`, so a file the
 * store accepts is exactly a file `podlab progress import` accepts.
 */

/** Why a stored text could not be used. */
export type MigrateResult =
  | { readonly ok: true; readonly data: StoreData; readonly fromVersion: number }
  | { readonly ok: false; readonly problem: 'invalid'; readonly field: string; readonly expected: Expected; readonly message: string }
  | { readonly ok: false; readonly problem: 'newer'; readonly version: number };

export type ParseResult =
  | MigrateResult
  | { readonly ok: false; readonly problem: 'empty' }
  | { readonly ok: false; readonly problem: 'bad-json'; readonly message: string };

type RawData = Record<string, unknown>;

/**
 * `STEPS[v]` turns a version-v object into a version-(v+1) object. Version 1 is the first, so
 * there are none yet; the next schema change adds `STEPS[1]` and bumps SCHEMA_VERSION.
 */
const STEPS: Readonly<Record<number, (raw: RawData) => RawData>> = {};

/** A store with nothing in it. */
export function emptyData(): StoreData {
  return { schemaVersion: SCHEMA_VERSION, settings: {}, lessons: {}, answers: {}, cards: {}, exams: [], activeDays: [] };
}

/** Sections a file may leave out; an absent section means "nothing yet". */
function withDefaults(raw: RawData): RawData {
  const empty = emptyData() as unknown as RawData;
  const filled: RawData = { ...raw };
  for (const key of Object.keys(empty)) if (!Object.hasOwn(filled, key)) filled[key] = empty[key];
  return filled;
}

/** Brings a parsed file up to SCHEMA_VERSION and checks its shape. `raw` is not modified. */
export function migrate(raw: unknown): MigrateResult {
  if (!isPlainObject(raw)) return invalid('(root)', 'object');
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid('schemaVersion', 'schema-version');
  }
  if (version > SCHEMA_VERSION) return { ok: false, problem: 'newer', version };
  let current: RawData = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return invalid('schemaVersion', 'schema-version');
    current = step(current);
  }
  current = { ...withDefaults(current), schemaVersion: SCHEMA_VERSION };
  const issue = checkStoreData(current, '');
  if (issue) return invalid(issue.field, issue.expected);
  return { ok: true, data: current as unknown as StoreData, fromVersion: version };
}

/** The text of a store file (or of a file to import) → data, or what is wrong with it. */
export function parseStoreText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: 'bad-json', message: error instanceof Error ? error.message : String(error) };
  }
  return migrate(raw);
}

function invalid(field: string, expected: Expected): MigrateResult {
  return { ok: false, problem: 'invalid', field, expected, message: `${field}: expected ${EXPECTED_EN[expected]}` };
}

/** Plain English for logs and errors thrown at programmers; learners get the message table. */
export const EXPECTED_EN: Readonly<Record<Expected, string>> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  date: 'an ISO 8601 date',
  day: 'a YYYY-MM-DD day',
  lang: '"en" or "ko"',
  page: 'a page id or a page number',
  'card-state': 'an FSRS state 0-3',
  json: 'a JSON value',
  'schema-version': `a schemaVersion from 1 to ${SCHEMA_VERSION}`,
};
