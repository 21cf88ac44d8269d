/** Decoders for learner-facing text: `{en, ko}` pairs, diagrams, and label maps. */
import { isMap, isScalar } from 'yaml';
import { decoder, deref, posOf, remember, report, slotPos, where, wrongType, type DecodeCtx, type Decoder, type Slot } from './decode-core.js';
import { listOf } from './errors.js';
import { closest } from './suggest.js';
import type { Bilingual, SourcePos } from './types.js';

const LANG_KEYS = ['en', 'ko'] as const;

/**
 * `{en: ..., ko: ...}`, both non-empty. When one language is missing the error is counted as a
 * missing translation and the other language stands in, so a half-translated pack still opens.
 */
export const bilingual: Decoder<Bilingual> = decoder('typeBilingual', (slot, ctx) => {
  const node = deref(slot.node, ctx);
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
    ctx.counts.missingTranslations++;
    report(ctx, slotPos(ctx, slot), 'missing-translation',
      { key: 'missingTranslation', vars: { where: where(ctx, slot.path), lang: 'ko' } }, { key: 'plainTextHint' });
    const text = node.value.normalize('NFC').trimEnd();
    return { en: text, ko: text };
  }
  if (!isMap(node)) return wrongType(ctx, slot, node, 'typeBilingual');
  const texts: Partial<Record<'en' | 'ko', { text: string; at: SourcePos }>> = {};
  const empties: Partial<Record<'en' | 'ko', SourcePos>> = {};
  let isOk = true;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (key !== 'en' && key !== 'ko') {
      const suggestion = closest(key, LANG_KEYS);
      report(ctx, posOf(ctx, pair.key), 'unknown-key', { key: 'unknownKey', vars: { key, where: where(ctx, slot.path) } },
        suggestion ? { key: 'didYouMean', vars: { suggestion } } : { key: 'allowedKeys', vars: { keys: listOf(LANG_KEYS) } });
      isOk = false;
      continue;
    }
    const valueSlot: Slot = { node: pair.value, key: pair.key, path: `${slot.path}.${key}` };
    const value = deref(pair.value, ctx);
    if (isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '') {
      texts[key] = { text: value.value.normalize('NFC').trimEnd(), at: slotPos(ctx, valueSlot) };
    } else if (isScalar(value) && (value.value === null || typeof value.value === 'string')) {
      empties[key] = slotPos(ctx, valueSlot);
    } else {
      wrongType(ctx, valueSlot, value, 'typeString');
      isOk = false;
    }
  }
  if (!isOk) return undefined;
  const { en, ko } = texts;
  if (!en && !ko) {
    report(ctx, posOf(ctx, node), 'empty-text', { key: 'emptyText', vars: { where: where(ctx, slot.path) } }, { key: 'emptyTextHint' });
    return undefined;
  }
  if (!en || !ko) {
    const lang = en ? 'ko' : 'en';
    missing(ctx, empties[lang] ?? posOf(ctx, node), slot.path, lang);
    const text = (en ?? ko)!.text;
    return remember(ctx, { en: text, ko: text }, { '': posOf(ctx, node), en: (en ?? ko)!.at, ko: (ko ?? en)!.at });
  }
  return remember(ctx, { en: en.text, ko: ko.text }, { '': posOf(ctx, node), en: en.at, ko: ko.at });
});

function missing(ctx: DecodeCtx, at: SourcePos, path: string, lang: 'en' | 'ko'): void {
  ctx.counts.missingTranslations++;
  report(ctx, at, 'missing-translation', { key: 'missingTranslation', vars: { where: where(ctx, path), lang } },
    { key: 'missingTranslationHint', vars: { lang, other: lang === 'en' ? 'ko' : 'en' } });
}

/** Preformatted art: one string for both languages, or `{en, ko}` when labels differ. */
export const diagramArt: Decoder<Bilingual> = decoder('typeBilingual', (slot, ctx) => {
  const node = deref(slot.node, ctx);
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
    const art = node.value.normalize('NFC').trimEnd();
    return { en: art, ko: art };
  }
  return bilingual(slot, ctx);
});

/** Kubernetes labels: a map of strings to strings. */
export const labels: Decoder<Readonly<Record<string, string>>> = decoder('typeMap', (slot, ctx) => {
  const node = deref(slot.node, ctx);
  if (!isMap(node)) return wrongType(ctx, slot, node, 'typeMap');
  const out: Record<string, string> = {};
  let isOk = true;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value).normalize('NFC') : String(pair.key);
    const value = deref(pair.value, ctx);
    if (isScalar(value) && typeof value.value === 'string') out[key] = value.value.normalize('NFC');
    else isOk = wrongType(ctx, { node: pair.value, key: pair.key, path: `${slot.path}.${key}` }, value, 'typeString') ?? false;
  }
  return isOk ? out : undefined;
});
