import Conf from 'conf';
import { basename, dirname, extname } from 'node:path';
import type { StoreData } from './types.js';

/**
 * The only use of conf: writing the store file atomically (temp file + rename, so a crash never
 * leaves half a file). Reading goes through `disk.ts`, and conf's own schema, migrations and
 * `clearInvalidConfig` are deliberately unused (see FIELD-NOTES: they wipe or mishandle data).
 */

const instances = new Map<string, Conf<Record<string, unknown>>>();

/**
 * Writes `data` as the whole file at `path`. Call only while holding the store lock and after the
 * file was read as valid or absent: conf's constructor reads the file and throws on a bad one.
 */
export function writeStoreFile(path: string, data: StoreData): void {
  let conf = instances.get(path);
  if (!conf) {
    const ext = extname(path);
    conf = new Conf<Record<string, unknown>>({
      projectName: 'podlab',
      projectSuffix: '',
      cwd: dirname(path),
      configName: basename(path, ext),
      fileExtension: ext.slice(1),
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
      serialize: (value) => JSON.stringify(value, null, 2) + '\n',
    });
    instances.set(path, conf);
  }
  // A shallow copy: conf may add its own bookkeeping key to the object it is given.
  conf.store = { ...data };
}
