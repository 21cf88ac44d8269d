// One read-change-write of the practice save, retried when another podlab wrote in between
// (two terminals on the same cluster). `inCluster` adds the replay: the cluster of the current
// context, rebuilt and running at the wall clock's cluster time.
import type { Lang } from '../i18n/index.js';
import type { StoreNotice } from '../store/notice.js';
import { clusterNow } from './clock.js';
import { contextOf, DEFAULT_CONTEXT } from './contexts.js';
import { practiceText } from './messages.js';
import { commitPractice, loadPractice } from './persist.js';
import { freshSave, withCluster, type ClusterSave, type PracticeSave } from './save.js';
import { replay, type LiveCluster } from './session.js';

/** What reading and writing the save needs from outside. */
export interface SaveIO {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly lang: Lang;
  readonly wallNow: () => number;
  /** A seed for a cluster used for the first time. */
  readonly newSeed: () => number;
  /** Store notices and podlab's own warnings (stderr). */
  readonly warn: (text: string) => void;
}

/** The save a step works on, read at `wallMs`. */
export interface Base {
  readonly save: PracticeSave;
  readonly wallMs: number;
}

/** What a step did: its value, and the save to write (undefined: nothing to write). */
export interface Step<T> {
  readonly value: T;
  readonly next?: PracticeSave;
}

/** The step's value and the save as it now stands, or why nothing could be done (in the user's language). */
export type Outcome<T> = { readonly ok: true; readonly value: T; readonly save: PracticeSave } | { readonly ok: false; readonly message: string };

const ATTEMPTS = 5;

/** `isForced`: a save this build cannot read is replaced without a word (reset). */
export interface SaveOptions {
  readonly isForced?: boolean;
}

/** Loads the save (or starts one), runs `step`, writes what it returns; replays on a conflict. */
export async function withSave<T>(io: SaveIO, step: (base: Base) => Step<T>, options: SaveOptions = {}): Promise<Outcome<T>> {
  const t = practiceText(io.lang);
  const { describeNotice } = await import('../store/messages.js');
  const tell = (notice: StoreNotice) => io.warn(describeNotice(notice, io.lang) + '\n');
  let warnedInvalid = false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const loaded = await loadPractice(io.env, tell);
    const wallMs = io.wallNow();
    const read = loaded.read;
    if (read.kind === 'newer' && !options.isForced) return { ok: false, message: t('newerSave', { version: read.version }) };
    if (read.kind === 'invalid' && !warnedInvalid && !options.isForced) {
      io.warn(t('invalidSave') + '\n');
      warnedInvalid = true;
    }
    const isStored = read.kind === 'ok';
    const save = isStored ? read.save : freshSave(wallMs, DEFAULT_CONTEXT);
    const result = step({ save, wallMs });
    const next = result.next ?? (isStored ? undefined : save);
    if (next === undefined) return { ok: true, value: result.value, save };
    if ((await commitPractice(io.env, loaded.token, next, tell)) !== 'conflict') return { ok: true, value: result.value, save: next };
  }
  return { ok: false, message: t('busy') };
}

/** The current context's cluster, rebuilt at `base.wallMs`. */
export interface InCluster extends Base {
  readonly context: string;
  readonly live: LiveCluster;
}

class ReplayError extends Error {}

/**
 * `withSave` with the cluster replayed: `step` runs kubectl against `live` and may change the
 * save further (`change`); what kubectl changed in the cluster is appended to its log.
 */
export async function inCluster<T>(
  io: SaveIO,
  step: (c: InCluster) => { readonly value: T; readonly change?: (save: PracticeSave) => PracticeSave },
): Promise<Outcome<T & { readonly live: LiveCluster }>> {
  try {
    return await withSave(io, (base) => {
      const context = contextOf(base.save.currentContext);
      const saved: ClusterSave | undefined = base.save.clusters[context];
      const cluster = saved ?? { seed: io.newSeed(), log: [] };
      let live: LiveCluster;
      try {
        live = replay(cluster, base.save.startEpochMs, clusterNow(base.save, base.wallMs));
      } catch (error) {
        throw new ReplayError(error instanceof Error ? error.message : String(error));
      }
      const r = step({ ...base, context, live });
      let next: PracticeSave | undefined;
      if (!saved || live.added.length > 0) next = withCluster(base.save, context, { seed: cluster.seed, log: [...cluster.log, ...live.added] });
      if (r.change) next = r.change(next ?? base.save);
      return { value: { ...r.value, live }, ...(next ? { next } : {}) };
    });
  } catch (error) {
    if (error instanceof ReplayError) return { ok: false, message: practiceText(io.lang)('replayFailed', { message: error.message }) };
    throw error;
  }
}
