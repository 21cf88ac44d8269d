import { readFileSync } from 'node:fs';
import { assertNever } from '../util/assert-never.js';
import { parseStoreText } from './migrate.js';
import { code } from './errno.js';
import type { StoreData } from './types.js';

/** Why a store file was moved aside. */
export type CorruptReason = 'bad-json' | 'empty' | 'wrong-shape' | 'unreadable';

/** What is at the store path right now. */
export type DiskState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'ok'; readonly data: StoreData }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'corrupt'; readonly reason: CorruptReason; readonly detail: string };

/**
 * Reads and classifies the store file. Read with plain fs rather than through conf: conf throws
 * on a bad file without handing over its bytes, and flattens a non-object JSON value into `{}`,
 * which would hide a wrong shape.
 */
export function readDisk(path: string): DiskState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return { kind: 'absent' };
    return { kind: 'corrupt', reason: 'unreadable', detail: code(error) ?? String(error) };
  }
  const parsed = parseStoreText(text);
  if (parsed.ok) return { kind: 'ok', data: parsed.data };
  switch (parsed.problem) {
    case 'newer':
      return { kind: 'newer', version: parsed.version };
    case 'empty':
      return { kind: 'corrupt', reason: 'empty', detail: 'empty file' };
    case 'bad-json':
      return { kind: 'corrupt', reason: 'bad-json', detail: parsed.message };
    case 'invalid':
      return { kind: 'corrupt', reason: 'wrong-shape', detail: parsed.message };
    default:
      return assertNever(parsed);
  }
}
