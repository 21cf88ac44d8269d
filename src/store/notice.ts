import type { CorruptReason } from './disk.js';

/** Something the user must be told about their progress file (`describeNotice` words it). */
export type StoreNotice =
  /** The file could not be used; it was moved to `backupPath` and podlab started fresh. */
  | { readonly kind: 'moved-aside'; readonly reason: CorruptReason; readonly backupPath: string; readonly detail: string }
  /** A newer podlab wrote the file; it is left alone and nothing is saved this run. */
  | { readonly kind: 'newer-schema'; readonly path: string; readonly version: number }
  /** The folder or lock could not be written; nothing is saved this run. */
  | { readonly kind: 'unwritable'; readonly path: string; readonly detail: string };

/** Thrown when a caller hands the store data that would not pass its own shape check. */
export class StoreUsageError extends TypeError {
  override readonly name = 'StoreUsageError';
}
