/**
 * The decoding machinery: walks the YAML node tree (never a plain JS copy, so every problem can
 * point at the node that caused it) and turns it into typed content, collecting errors as values.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { contentError, type ErrorCode, type Said } from './errors.js';
import type { ContentMessageKey, ContentTranslate } from './messages.js';
import type { ContentError, SourcePos } from './types.js';

/** Positions of the parts of a decoded object: '' is the object itself, then field names or indices. */
export type Locations = WeakMap<object, Readonly<Record<string, SourcePos>>>;

/** State of one file's decoding. Only `errors`, `locs` and `counts` change, by appending. */
export interface DecodeCtx {
  readonly file: string;
  readonly doc: Document;
  readonly lc: LineCounter;
  readonly t: ContentTranslate;
  readonly errors: ContentError[];
  readonly locs: Locations;
  readonly counts: { missingTranslations: number };
}

/** A value to decode: its node, the key it hangs from (for empty values), and its path for messages. */
export interface Slot {
  readonly node: unknown;
  readonly key?: unknown;
  readonly path: string;
}

/** Turns a slot into a T, or reports why not and gives undefined. `expected` names the shape wanted. */
export interface Decoder<T> {
  (slot: Slot, ctx: DecodeCtx): T | undefined;
  readonly expected: ContentMessageKey;
}

export function decoder<T>(expected: ContentMessageKey, fn: (slot: Slot, ctx: DecodeCtx) => T | undefined): Decoder<T> {
  return Object.assign(fn, { expected });
}

/** Follows an alias to its anchored node. The parse step has already refused alias bombs. */
export function deref(node: unknown, ctx: DecodeCtx): unknown {
  return isAlias(node) ? node.resolve(ctx.doc) : node;
}

/** Where a node starts, 1-based. */
export function posOf(ctx: DecodeCtx, node: unknown): SourcePos {
  const range = (node as { range?: readonly number[] } | null)?.range;
  if (!range) return { file: ctx.file, line: 1, col: 1 };
  const { line, col } = ctx.lc.linePos(range[0]);
  return { file: ctx.file, line, col };
}

export function isEmptyNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** Where a slot's value is; an empty value (`key:`) is best shown at its key. */
export function slotPos(ctx: DecodeCtx, slot: Slot): SourcePos {
  if (slot.key !== undefined && (isEmptyNode(slot.node) || !hasRange(slot.node))) {
    return posOf(ctx, slot.key);
  }
  return posOf(ctx, slot.node);
}

function hasRange(node: unknown): boolean {
  return Boolean((node as { range?: unknown } | null)?.range);
}

export function report(ctx: DecodeCtx, at: SourcePos, code: ErrorCode, message: Said, hint?: Said): void {
  ctx.errors.push(contentError(ctx.t, at, code, message, hint));
}

/** The path shown in messages; the root has none. */
export function where(ctx: DecodeCtx, path: string): string {
  return path === '' ? ctx.t('whereRoot') : path;
}

export function childPath(path: string, name: string | number): string {
  if (typeof name === 'number') return `${path}[${name}]`;
  return path === '' ? name : `${path}.${name}`;
}

/** The kind of value a node holds, as a message key, for "must be X, not Y". */
export function describe(node: unknown): ContentMessageKey {
  if (isMap(node)) return 'typeMap';
  if (isSeq(node)) return 'typeList';
  if (!isScalar(node) || node.value === null) return 'typeNothing';
  if (typeof node.value === 'number' || typeof node.value === 'bigint') return 'typeNumber';
  if (typeof node.value === 'boolean') return 'typeBoolean';
  return 'typeString';
}

export function wrongType(ctx: DecodeCtx, slot: Slot, node: unknown, expected: ContentMessageKey): undefined {
  const exp = ctx.t(expected);
  report(ctx, slotPos(ctx, slot), 'wrong-type',
    { key: 'wrongType', vars: { where: where(ctx, slot.path), expected: exp, found: ctx.t(describe(node)) } },
    { key: 'wrongTypeHint', vars: { expected: exp } });
  return undefined;
}

/** Records where an object's parts are, for `locate` and later checks. */
export function remember<T extends object>(ctx: DecodeCtx, value: T, locs: Readonly<Record<string, SourcePos>>): T {
  ctx.locs.set(value, locs);
  return value;
}
