import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the store lives. Light on purpose (no conf): the CLI asks on every start, also for
 * `--help`. Without PODLAB_HOME this is the folder conf picks for project `podlab` with an empty
 * suffix (env-paths' config dir), computed here from the given env so the path the user is shown
 * is the path that is written; the store passes this folder to conf as its `cwd`.
 */

type Env = Readonly<Record<string, string | undefined>>;

/** The store file's name inside its folder. */
export const STORE_FILE_NAME = 'progress.json';

/** The folder that holds `progress.json`. */
export function storeDir(env: Env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.PODLAB_HOME) return resolve(env.PODLAB_HOME);
  // Note: mirrors env-paths 3 (used by conf 15) `config` for the name `podlab`.
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'podlab');
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'podlab', 'Config');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'podlab');
}

/** The full path of `progress.json`, for the store, the UI and the help text. */
export function storePath(env: Env, platform?: NodeJS.Platform, home?: string): string {
  return join(storeDir(env, platform, home), STORE_FILE_NAME);
}
