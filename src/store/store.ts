import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Card } from 'ts-fsrs';
import { assertNever } from '../util/assert-never.js';
import { copyAside, moveAside } from './backup.js';
import { writeStoreFile } from './conf-file.js';
import { readDisk } from './disk.js';
import { storePath } from './location.js';
import { withLock, type LockTiming } from './lock.js';
import { EXPECTED_EN, emptyData } from './migrate.js';
import * as m from './mutations.js';
import { StoreUsageError, type StoreNotice } from './notice.js';
import { checkStoreData } from './schema.js';
import { SCHEMA_VERSION, type ExamResult, type JsonValue, type Settings, type StoreData, type StoredCard } from './types.js';

export { StoreUsageError, type StoreNotice } from './notice.js';

/**
 * The progress store. Every change is lock → re-read the file → apply → write (atomically,
 * through conf in `conf-file.ts`) → unlock, so two podlab processes never lose each other's
 * answers. A file that cannot be used is moved aside, never overwritten; a file from a newer
 * podlab, or a folder that cannot be written, puts the store in read-only mode: changes then
 * live in memory for this run and a notice says so.
 */

export interface OpenOptions {
  /** Reads PODLAB_HOME and the config-dir variables. Default: process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Default: the system clock. Tests pass a fixed one. */
  readonly now?: () => Date;
  readonly lock?: LockTiming;
  /** Called for notices that arise after opening (the one from opening is returned instead). */
  readonly onNotice?: (notice: StoreNotice) => void;
}

/** An error thrown by the caller's function: passed through untouched, never taken for an I/O fault. */
class CallerError {
  constructor(readonly error: unknown) {}
}

type Change = (data: StoreData) => StoreData;

/** The store of one PODLAB_HOME. Get one from `openStore`, which also reports the open notice. */
export class ProgressStore {
  readonly path: string;
  #memory: StoreData = emptyData();
  #readOnly: StoreNotice | undefined;
  #isBusy = false;
  #opening: StoreNotice | undefined;
  #isOpen = false;
  readonly #now: () => Date;
  readonly #options: OpenOptions;

  constructor(options: OpenOptions = {}) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
    this.path = storePath(options.env ?? process.env);
  }

  /** True when changes are not being saved (see the open notice). */
  get isReadOnly(): boolean {
    return this.#readOnly !== undefined;
  }

  /** Why the store is read-only, if it is. */
  get readOnlyNotice(): StoreNotice | undefined {
    return this.#readOnly;
  }

  /** The whole store, fresh from disk (or from memory in read-only mode). Do not mutate it. */
  snapshot(): StoreData {
    if (this.#readOnly) return this.#memory;
    const disk = readDisk(this.path);
    switch (disk.kind) {
      case 'absent':
        this.#memory = emptyData();
        break;
      case 'ok':
        this.#memory = disk.data;
        break;
      case 'newer':
      case 'corrupt':
        this.#transact(undefined, false);
        break;
      default:
        assertNever(disk);
    }
    return this.#memory;
  }

  recordAnswer(questionId: string, record: m.AnswerInput): void {
    this.update((d) => m.recordAnswer(d, questionId, record, this.#now()));
  }

  /** Saves a ts-fsrs card (its dates become ISO strings; read it back with `reviveCard`). */
  setCard(questionId: string, card: Card | StoredCard): void {
    this.update((d) => m.setCard(d, questionId, card));
  }

  setLessonProgress(lessonId: string, patch: m.LessonPatch): void {
    this.update((d) => m.setLessonProgress(d, lessonId, patch, this.#now()));
  }

  /** `undefined` removes the setting. */
  setSetting<K extends keyof Settings>(key: K, value: Settings[K] | undefined): void {
    this.update((d) => m.setSetting(d, key, value));
  }

  addExamResult(result: ExamResult): void {
    this.update((d) => m.addExamResult(d, result));
  }

  /** The simulator's saved cluster; `null` forgets it. */
  setLabState(state: JsonValue | null): void {
    this.update((d) => m.setLabState(d, state, this.#now()));
  }

  /** Where the learner is, for Continue; `null` forgets it. */
  setLastVisited(place: m.LastVisitedInput | null): void {
    this.update((d) => m.setLastVisited(d, place, this.#now()));
  }

  /**
   * Any change. `fn` gets the current data from disk and returns new data without mutating its
   * argument; it may be called more than once, so it must be pure.
   */
  update(fn: Change): void {
    this.#transact(fn, false);
  }

  /**
   * Replaces everything (import, reset). The current file, if any, is first copied to a
   * timestamped backup. Refused in read-only mode.
   */
  replaceAll(data: StoreData): { readonly ok: true; readonly backupPath?: string } | { readonly ok: false; readonly notice: StoreNotice } {
    if (this.#readOnly) return { ok: false, notice: this.#readOnly };
    const backupPath = this.#transact(() => data, true);
    if (this.#readOnly) return { ok: false, notice: this.#readOnly };
    return backupPath === undefined ? { ok: true } : { ok: true, backupPath };
  }

  /** @internal Reads the file once at open; returns the notice the caller must show. */
  open(): StoreNotice | undefined {
    const disk = readDisk(this.path);
    if (disk.kind === 'ok') this.#memory = disk.data;
    else if (disk.kind !== 'absent') this.#transact(undefined, false);
    this.#isOpen = true;
    return this.#opening;
  }

  /** Lock, re-read, apply `change` (if any), write; returns the backup path when `backup`. */
  #transact(change: Change | undefined, backup: boolean): string | undefined {
    if (this.#isBusy) throw new StoreUsageError('a store mutator was called from inside update()');
    this.#isBusy = true;
    try {
      if (this.#readOnly) {
        if (change) this.#memory = this.#apply(change, this.#memory);
        return undefined;
      }
      return this.#transactOnDisk(change, backup);
    } catch (error) {
      if (error instanceof CallerError) throw error.error;
      throw error;
    } finally {
      this.#isBusy = false;
    }
  }

  #transactOnDisk(change: Change | undefined, backup: boolean): string | undefined {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      return withLock(this.path + '.lock', () => this.#underLock(change, backup), this.#options.lock);
    } catch (error) {
      if (error instanceof CallerError) throw error;
      this.#enterReadOnly({ kind: 'unwritable', path: this.path, detail: describeError(error) });
      if (change && !backup) this.#memory = this.#apply(change, this.#memory);
      return undefined;
    }
  }

  #underLock(change: Change | undefined, backup: boolean): string | undefined {
    const disk = readDisk(this.path);
    let base: StoreData;
    let backupPath: string | undefined;
    switch (disk.kind) {
      case 'absent':
        base = emptyData();
        break;
      case 'ok':
        base = disk.data;
        if (backup && change) backupPath = copyAside(this.path, 'backup', this.#now());
        break;
      case 'newer':
        // Note: never write over a newer file; this run keeps its changes in memory.
        this.#enterReadOnly({ kind: 'newer-schema', path: this.path, version: disk.version });
        if (change && !backup) this.#memory = this.#apply(change, this.#memory);
        return undefined;
      case 'corrupt':
        backupPath = moveAside(this.path, 'corrupt', this.#now());
        this.#notify({ kind: 'moved-aside', reason: disk.reason, backupPath, detail: disk.detail });
        base = emptyData();
        break;
      default:
        return assertNever(disk);
    }
    if (!change) {
      this.#memory = base;
      return backupPath;
    }
    const next = this.#apply(change, base);
    writeStoreFile(this.path, next);
    this.#memory = next;
    return backupPath;
  }

  #apply(change: Change, base: StoreData): StoreData {
    try {
      const next = change(base);
      const issue = next.schemaVersion === SCHEMA_VERSION
        ? checkStoreData(next, '')
        : { field: 'schemaVersion', expected: 'schema-version' as const };
      if (issue) throw new StoreUsageError(`progress store: ${issue.field}: expected ${EXPECTED_EN[issue.expected]}`);
      return next;
    } catch (error) {
      throw new CallerError(error);
    }
  }

  #enterReadOnly(notice: StoreNotice): void {
    this.#readOnly ??= notice;
    this.#notify(notice);
  }

  #notify(notice: StoreNotice): void {
    if (!this.#isOpen) this.#opening ??= notice;
    else this.#options.onNotice?.(notice);
  }
}

/** Opens the store at PODLAB_HOME or the user's config dir. Creates nothing until the first change. */
export function openStore(options: OpenOptions = {}): { readonly store: ProgressStore; readonly notice?: StoreNotice } {
  const store = new ProgressStore(options);
  const notice = store.open();
  return notice === undefined ? { store } : { store, notice };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
