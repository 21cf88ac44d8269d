// Reading and writing the practice save in the progress store. Reading a healthy file goes
// straight to disk (no conf: `podlab kubectl get` stays fast); writing goes through the store,
// which locks, re-reads and writes atomically.
import { readDisk } from '../store/disk.js';
import { storePath } from '../store/location.js';
import type { StoreNotice } from '../store/notice.js';
import type { JsonValue } from '../store/types.js';
import { readSave, type PracticeSave, type ReadSave } from './save.js';

type Env = Readonly<Record<string, string | undefined>>;

/** What the store held, and its exact text, so a later write can tell whether anyone wrote since. */
export interface Loaded {
  readonly read: ReadSave;
  /** JSON of the lab state as loaded (undefined when there was none). */
  readonly token: string | undefined;
}

/** How a write went: saved, refused because another podlab wrote first, or not saved at all. */
export type Commit = 'saved' | 'conflict' | 'unsaved';

const tokenOf = (state: JsonValue | undefined): string | undefined => (state === undefined ? undefined : JSON.stringify(state));

/** Loads the save. A damaged or newer store file takes the store's own path, which reports it. */
export async function loadPractice(env: Env, tell: (notice: StoreNotice) => void): Promise<Loaded> {
  const disk = readDisk(storePath(env));
  let state: JsonValue | undefined;
  if (disk.kind === 'ok') state = disk.data.lab?.state;
  else if (disk.kind !== 'absent') {
    const { openStore } = await import('../store/store.js');
    const { store, notice } = openStore({ env, onNotice: tell });
    if (notice) tell(notice);
    state = store.snapshot().lab?.state;
  }
  return { read: readSave(state), token: tokenOf(state) };
}

/**
 * Writes `next` (null forgets the practice clusters) if the store still holds what was loaded
 * as `token`; otherwise leaves it alone and answers `conflict`, so the caller can replay again.
 */
export async function commitPractice(env: Env, token: string | undefined, next: PracticeSave | null, tell: (notice: StoreNotice) => void): Promise<Commit> {
  const [{ openStore }, { setLabState }] = await Promise.all([import('../store/store.js'), import('../store/mutations.js')]);
  const { store, notice } = openStore({ env, onNotice: tell });
  if (notice) tell(notice);
  let result: Commit = 'saved';
  const value = next === null ? null : (JSON.parse(JSON.stringify(next)) as JsonValue);
  store.update((data) => {
    if (tokenOf(data.lab?.state) !== token) {
      result = 'conflict';
      return data;
    }
    result = 'saved';
    return setLabState(data, value, new Date());
  });
  return store.isReadOnly ? 'unsaved' : result;
}
