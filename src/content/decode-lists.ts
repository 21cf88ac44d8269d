/** Decoders for lists: plain, of unique strings, and of objects with unique ids. */
import { isSeq } from 'yaml';
import { childPath, decoder, deref, posOf, remember, report, slotPos, where, wrongType, type Decoder } from './decode-core.js';
import type { ContentMessageKey } from './messages.js';
import type { SourcePos } from './types.js';

export interface ListOptions {
  readonly min?: number;
  readonly max?: number;
  /** Keep the items that decoded even when others failed (top-level lists of questions, drills). */
  readonly keepGood?: boolean;
}

/** A list of items; locations are remembered by index. */
export function list<T>(item: Decoder<T>, options: ListOptions = {}): Decoder<readonly T[]> {
  return decoder('typeList', (slot, ctx) => {
    const node = deref(slot.node, ctx);
    if (!isSeq(node)) return wrongType(ctx, slot, node, 'typeList');
    const out: T[] = [];
    const locs: Record<string, SourcePos> = { '': posOf(ctx, node) };
    let isOk = true;
    node.items.forEach((child, i) => {
      const itemSlot = { node: child, path: childPath(slot.path, i) };
      const value = item(itemSlot, ctx);
      if (value === undefined) isOk = false;
      else {
        locs[String(out.length)] = posOf(ctx, child);
        out.push(value);
      }
    });
    const { min = 0, max = Infinity } = options;
    if (node.items.length < min || node.items.length > max) {
      const vars = { where: where(ctx, slot.path), min, max, count: node.items.length };
      report(ctx, posOf(ctx, node), 'bad-count', { key: max === Infinity ? 'badCountMin' : 'badCountRange', vars }, { key: 'badCountHint' });
      if (!options.keepGood) return undefined;
    }
    return isOk || options.keepGood ? remember(ctx, out, locs) : undefined;
  });
}

/** A list of strings in which each appears once (exam names, ids). */
export function uniqueStrings<T extends string>(item: Decoder<T>, options: ListOptions = {}): Decoder<readonly T[]> {
  const inner = list(item, options);
  return decoder('typeList', (slot, ctx) => {
    const values = inner(slot, ctx);
    if (values === undefined) return undefined;
    const locs = ctx.locs.get(values) ?? {};
    const seen = new Set<string>();
    let isOk = true;
    values.forEach((value, i) => {
      if (!seen.has(value)) return void seen.add(value);
      report(ctx, locs[String(i)] ?? slotPos(ctx, slot), 'duplicate-value',
        { key: 'duplicateValue', vars: { value, where: where(ctx, slot.path) } }, { key: 'duplicateValueHint' });
      isOk = false;
    });
    return isOk ? values : undefined;
  });
}

/** Objects with an `id` each appear once in their list (choices, steps, pages, checks). */
export function uniqueIds<T extends { readonly id: string }>(what: ContentMessageKey, item: Decoder<T>, options: ListOptions = {}): Decoder<readonly T[]> {
  const inner = list(item, options);
  return decoder('typeList', (slot, ctx) => {
    const values = inner(slot, ctx);
    if (values === undefined) return undefined;
    const first = new Map<string, SourcePos>();
    let isOk = true;
    for (const value of values) {
      const at = ctx.locs.get(value)?.id ?? slotPos(ctx, slot);
      const earlier = first.get(value.id);
      if (!earlier) {
        first.set(value.id, at);
        continue;
      }
      report(ctx, at, 'duplicate-id',
        { key: 'duplicateId', vars: { what: ctx.t(what), id: value.id, first: ctx.t('whereLine', { line: earlier.line }) } },
        { key: 'duplicateIdHint' });
      isOk = false;
    }
    return isOk ? values : undefined;
  });
}
