/** Decoders for single values: strings, ids, enums, numbers, durations, links. All text is NFC. */
import { isScalar } from 'yaml';
import { decoder, deref, report, slotPos, where, wrongType, type Decoder } from './decode-core.js';
import { parseDuration } from './duration.js';
import { listOf } from './errors.js';
import type { ContentMessageKey } from './messages.js';
import { closest } from './suggest.js';
import type { LessonLink } from './types.js';

/** A non-empty string, NFC-normalized, kept as written otherwise (code and manifests keep their newlines). */
export const str: Decoder<string> = decoder('typeString', (slot, ctx) => {
  const node = deref(slot.node, ctx);
  if (!isScalar(node) || typeof node.value !== 'string') return wrongType(ctx, slot, node, 'typeString');
  const value = node.value.normalize('NFC');
  if (value.trim() === '') {
    report(ctx, slotPos(ctx, slot), 'empty-text', { key: 'emptyText', vars: { where: where(ctx, slot.path) } });
    return undefined;
  }
  return value;
});

/** A string or a number, as text (free-text answers such as `137`). */
export const scalarText: Decoder<string> = decoder('typeScalar', (slot, ctx) => {
  const node = deref(slot.node, ctx);
  if (isScalar(node) && typeof node.value === 'number') return String(node.value);
  if (isScalar(node) && typeof node.value === 'string') return str(slot, ctx)?.trim();
  return wrongType(ctx, slot, node, 'typeScalar');
});

/** A string matching `pattern`; otherwise a bad-value error with the given message and hint. */
export function matching(pattern: RegExp, message: ContentMessageKey, hint: ContentMessageKey): Decoder<string> {
  return decoder('typeString', (slot, ctx) => {
    const value = str(slot, ctx);
    if (value === undefined) return undefined;
    if (pattern.test(value)) return value;
    report(ctx, slotPos(ctx, slot), 'bad-value', { key: message, vars: { value } }, { key: hint });
    return undefined;
  });
}

/** kebab-case: lowercase letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = matching(ID_PATTERN, 'badId', 'badIdHint');

/** `1.29` or `1.29+`. */
export const k8sVersion = matching(/^\d+\.\d+\+?$/, 'badVersion', 'badVersionHint');

/** One of a fixed set of strings; a near miss gets "did you mean". */
export function oneOf<V extends string>(values: readonly V[]): Decoder<V> {
  return decoder('typeString', (slot, ctx) => {
    const node = deref(slot.node, ctx);
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      return wrongType(ctx, slot, node, 'typeString');
    }
    const value = String(node.value).normalize('NFC');
    if ((values as readonly string[]).includes(value)) return value as V;
    const suggestion = closest(value, values);
    report(ctx, slotPos(ctx, slot), 'bad-enum', { key: 'badEnum', vars: { value, where: where(ctx, slot.path) } },
      suggestion ? { key: 'didYouMean', vars: { suggestion } } : { key: 'oneOf', vars: { values: listOf(values) } });
    return undefined;
  });
}

/** A whole number from `min` to `max`. */
export function int(min: number, max: number): Decoder<number> {
  return decoder('typeInteger', (slot, ctx) => {
    const node = deref(slot.node, ctx);
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
      return wrongType(ctx, slot, node, 'typeInteger');
    }
    if (node.value >= min && node.value <= max) return node.value;
    report(ctx, slotPos(ctx, slot), 'bad-value',
      { key: 'outOfRange', vars: { where: where(ctx, slot.path), min, max, value: node.value } },
      { key: 'outOfRangeHint', vars: { min, max } });
    return undefined;
  });
}

export const bool: Decoder<boolean> = decoder('typeBoolean', (slot, ctx) => {
  const node = deref(slot.node, ctx);
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  return wrongType(ctx, slot, node, 'typeBoolean');
});

/** Seconds, from `90`, `90s`, `5m`, `1h30m`. */
export const duration: Decoder<number> = decoder('typeDuration', (slot, ctx) => {
  const node = deref(slot.node, ctx);
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
    return wrongType(ctx, slot, node, 'typeDuration');
  }
  const seconds = parseDuration(node.value);
  if (seconds !== undefined) return seconds;
  report(ctx, slotPos(ctx, slot), 'bad-value', { key: 'badDuration', vars: { value: String(node.value) } }, { key: 'badDurationHint' });
  return undefined;
});

/** `lesson-id` or `lesson-id#page-id`. Whether they exist is checked once every file is loaded. */
const linkText = matching(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'badLink', 'badLinkHint');

export const lessonLink: Decoder<LessonLink> = decoder('typeString', (slot, ctx) => {
  const value = linkText(slot, ctx);
  if (value === undefined) return undefined;
  const [lesson, page] = value.split('#');
  return page === undefined ? { id: lesson } : { id: lesson, page };
});
