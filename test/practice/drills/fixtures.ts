import { readFileSync } from 'node:fs';
import { loadContent, shippedSource, type Drill } from '../../../src/content/index.js';
import { readSave, type PracticeSave } from '../../../src/practice/save.js';
import type { SaveIO } from '../../../src/practice/transact.js';
import { storePath } from '../../../src/store/location.js';
import type { StoreData } from '../../../src/store/types.js';
import type { Harness } from '../helpers.js';

/** The shipped drills, loaded once per test file. */
export const DRILLS: readonly Drill[] = (await loadContent([shippedSource()])).drills;

export function drill(id: string): Drill {
  const found = DRILLS.find((d) => d.id === id);
  if (!found) throw new Error(`no shipped drill ${id}`);
  return found;
}

/** The save and clock of a harness, for the drill and exam steps. */
export function saveIO(h: Harness): SaveIO {
  return { env: h.env, lang: 'en', wallNow: () => h.wall.ms, newSeed: () => 7, warn: () => undefined };
}

/** The whole store file as a test sees it on disk. */
export function storeOnDisk(h: Harness): StoreData {
  return JSON.parse(readFileSync(storePath(h.env), 'utf8')) as StoreData;
}

/** The practice save on disk. */
export function practiceOnDisk(h: Harness): PracticeSave {
  const read = readSave(storeOnDisk(h).lab?.state);
  if (read.kind !== 'ok') throw new Error(`no usable practice save: ${read.kind}`);
  return read.save;
}

/** Unwraps a step's outcome. */
export function ok<T>(outcome: { ok: true; value: T } | { ok: false; message?: string }): T {
  if (!outcome.ok) throw new Error(`step failed: ${JSON.stringify(outcome)}`);
  return outcome.value;
}
