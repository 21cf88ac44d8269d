/** Decoders for maps and variant maps (switched on a tag such as `type`), and ways to combine decoders. */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import {
  childPath, decoder, deref, isEmptyNode, posOf, remember, report, slotPos, where, wrongType,
  type DecodeCtx, type Decoder, type Slot,
} from './decode-core.js';
import { oneOf } from './decode-scalars.js';
import { listOf } from './errors.js';
import { closest } from './suggest.js';
import type { SourcePos } from './types.js';

/** One field of a map: how to decode it and whether it may be left out. */
export interface Field<T> {
  readonly decode: Decoder<T>;
  readonly isOptional: boolean;
}

export const req = <T>(decode: Decoder<T>): Field<T> => ({ decode, isOptional: false });
export const opt = <T>(decode: Decoder<T>): Field<T | undefined> => ({ decode, isOptional: true });

/** A decoder for every field of T: the compiler checks that the YAML schema matches the type. */
export type Shape<T> = { readonly [K in keyof T]-?: Field<T[K]> };
type AnyShape = Readonly<Record<string, Field<unknown>>>;

interface FieldOptions {
  /** Keys read elsewhere (a variant's tag, `format` and `kind` at the root). */
  readonly ignore?: readonly string[];
  /** false when the allowed keys are unknown (a bad variant tag): unknown keys are not reported. */
  readonly checkUnknown?: boolean;
  /** Keys allowed in a sibling variant → who owns them, for a better hint. */
  readonly foreign?: Readonly<Record<string, string>>;
}

interface FieldsResult {
  readonly value: Record<string, unknown>;
  readonly locs: Record<string, SourcePos>;
  readonly isOk: boolean;
}

function keyText(node: unknown): string {
  return isScalar(node) ? String(node.value).normalize('NFC') : String(node);
}

/** Decodes the fields of `shape` from a map; reports unknown and missing keys. */
export function decodeFields(map: YAMLMap, shape: AnyShape, ctx: DecodeCtx, path: string, options: FieldOptions = {}): FieldsResult {
  const allowed = [...(options.ignore ?? []), ...Object.keys(shape)];
  const pairs = new Map<string, { key: unknown; value: unknown }>();
  for (const pair of map.items) {
    const key = keyText(pair.key);
    if (key in shape) pairs.set(key, pair);
    else if (!options.ignore?.includes(key) && options.checkUnknown !== false) unknownKey(ctx, pair.key, key, path, allowed, options.foreign);
  }
  const value: Record<string, unknown> = {};
  const locs: Record<string, SourcePos> = { '': posOf(ctx, map) };
  let isOk = true;
  for (const [name, field] of Object.entries(shape)) {
    const pair = pairs.get(name);
    if (!pair || isEmptyNode(pair.value)) {
      if (field.isOptional) continue;
      report(ctx, posOf(ctx, pair ? pair.key : map), 'missing-field',
        { key: 'missingField', vars: { key: name, where: where(ctx, path) } },
        { key: 'missingFieldHint', vars: { key: name, expected: ctx.t(field.decode.expected) } });
      isOk = false;
      continue;
    }
    const slot = { node: pair.value, key: pair.key, path: childPath(path, name) };
    const decoded = field.decode(slot, ctx);
    if (decoded === undefined) isOk = false;
    else {
      value[name] = decoded;
      locs[name] = slotPos(ctx, slot);
    }
  }
  return { value, locs, isOk };
}

function unknownKey(ctx: DecodeCtx, keyNode: unknown, key: string, path: string, allowed: readonly string[], foreign?: Readonly<Record<string, string>>): void {
  const suggestion = closest(key, allowed);
  const owner = foreign?.[key];
  report(ctx, posOf(ctx, keyNode), 'unknown-key', { key: 'unknownKey', vars: { key, where: where(ctx, path) } },
    owner ? { key: 'keyBelongsTo', vars: { key, owner } }
      : suggestion ? { key: 'didYouMean', vars: { suggestion } }
        : { key: 'allowedKeys', vars: { keys: listOf(allowed, 30) } });
}

/** The map node of a slot, or a wrong-type error. */
export function mapOf(slot: Slot, ctx: DecodeCtx): YAMLMap | undefined {
  const node = deref(slot.node, ctx);
  return isMap(node) ? node : wrongType(ctx, slot, node, 'typeMap');
}

/** A map with exactly the fields of `shape` (plus `ignore`d keys read elsewhere). */
export function object<T extends object>(shape: Shape<T>, ignore: readonly string[] = []): Decoder<T> {
  return decoder('typeMap', (slot, ctx) => {
    const map = mapOf(slot, ctx);
    if (!map) return undefined;
    const { value, locs, isOk } = decodeFields(map, shape as AnyShape, ctx, slot.path, { ignore });
    return isOk ? remember(ctx, value as T, locs) : undefined;
  });
}

/**
 * A map whose allowed fields depend on a tag field (`type: single`): the base fields plus those of
 * the tag's variant. A key of another variant gets a hint naming which variants have it.
 */
export function variant<T extends object>(tag: string, shapes: Readonly<Record<string, AnyShape>>, base: AnyShape = {}): Decoder<T> {
  const tags = Object.keys(shapes);
  const owners: Record<string, string[]> = {};
  for (const [name, shape] of Object.entries(shapes)) {
    for (const key of Object.keys(shape)) (owners[key] ??= []).push(name);
  }
  const foreign: Record<string, string> = {};
  for (const [key, names] of Object.entries(owners)) foreign[key] = `${tag}: ${names.join(', ')}`;
  const tagDecoder = oneOf(tags);
  return decoder('typeMap', (slot, ctx) => {
    const map = mapOf(slot, ctx);
    if (!map) return undefined;
    const tagPair = map.items.find((p) => keyText(p.key) === tag);
    let tagValue: string | undefined;
    if (!tagPair || isEmptyNode(tagPair.value)) {
      report(ctx, posOf(ctx, tagPair ? tagPair.key : map), 'missing-field',
        { key: 'missingField', vars: { key: tag, where: where(ctx, slot.path) } },
        { key: 'oneOf', vars: { values: listOf(tags) } });
    } else {
      tagValue = tagDecoder({ node: tagPair.value, key: tagPair.key, path: childPath(slot.path, tag) }, ctx);
    }
    const shape = { ...base, ...(tagValue ? shapes[tagValue] : {}) };
    const { value, locs, isOk } = decodeFields(map, shape, ctx, slot.path, { ignore: [tag], checkUnknown: tagValue !== undefined, foreign });
    if (!isOk || tagValue === undefined) return undefined;
    return remember(ctx, { [tag]: tagValue, ...value } as T, { ...locs, [tag]: posOf(ctx, tagPair?.value) });
  });
}

/** Adds a check that needs the whole decoded value (an answer among the choices ...). */
export function refine<T>(inner: Decoder<T>, check: (value: T, ctx: DecodeCtx, slot: Slot) => boolean): Decoder<T> {
  return decoder(inner.expected, (slot, ctx) => {
    const value = inner(slot, ctx);
    return value !== undefined && check(value, ctx, slot) ? value : undefined;
  });
}

/** Reshapes a decoded value, keeping the locations of its fields. */
export function mapped<A, B extends object>(inner: Decoder<A>, reshape: (value: A) => B): Decoder<B> {
  return decoder(inner.expected, (slot, ctx) => {
    const value = inner(slot, ctx);
    if (value === undefined) return undefined;
    const locs = typeof value === 'object' && value !== null ? ctx.locs.get(value) : undefined;
    return remember(ctx, reshape(value), { '': slotPos(ctx, slot), ...locs });
  });
}

export { list, uniqueIds, uniqueStrings } from './decode-lists.js';
