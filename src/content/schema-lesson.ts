/** The lesson schema: pages of blocks, and the checks a single lesson file allows. */
import { basename, extname } from 'node:path';
import { isScalar } from 'yaml';
import { decoder, posOf, report, type DecodeCtx, type Decoder } from './decode-core.js';
import { bool, duration, id, int, oneOf, str } from './decode-scalars.js';
import { list, mapOf, mapped, object, opt, refine, req, uniqueIds, uniqueStrings, variant } from './decode-structs.js';
import { bilingual, diagramArt } from './decode-text.js';
import { listOf } from './errors.js';
import { fitsAsk, podGoal } from './schema-goal.js';
import { closest } from './suggest.js';
import { MODULE_LETTERS, moduleOf, SYLLABUS_IDS } from './syllabus.js';
import { CODE_LANGS, PREDICT_ASKS, type Block, type FixStep, type Lesson, type Page, type PredictStep, type Trap } from './types.js';

type StepFields = Omit<PredictStep, 'kind'> | Omit<FixStep, 'kind'>;

const trap = object<Trap>({ claim: req(bilingual), truth: req(bilingual) });

const STEP_SHAPES = {
  predict: {
    prompt: req(bilingual), manifest: req(str), at: req(duration), ask: req(oneOf(PREDICT_ASKS)),
    answer: opt(str), explanation: opt(bilingual),
  },
  fix: {
    prompt: req(bilingual), manifest: req(str), goal: req(podGoal), hints: opt(list(bilingual)), solution: opt(str),
  },
};

const step = refine(variant<StepFields>('type', STEP_SHAPES), (value, ctx) => {
  if (value.type !== 'predict' || value.answer === undefined) return true;
  return fitsAsk(ctx, value.ask, value.answer, ctx.locs.get(value)?.answer);
});

/** Each block kind: the decoder of the value under its one key. */
const BLOCKS: Readonly<Record<Block['kind'], Decoder<Block>>> = {
  text: mapped(bilingual, (text) => ({ kind: 'text', text })),
  code: mapped(
    object({ lang: req(oneOf(CODE_LANGS)), source: req(str), caption: opt(bilingual), fragment: opt(bool) }),
    (code) => ({ kind: 'code', ...code }),
  ),
  kubectl: mapped(object({ command: req(str), note: opt(bilingual), output: opt(str) }), (k) => ({ kind: 'kubectl', ...k })),
  diagram: mapped(diagramArt, (art) => ({ kind: 'diagram', art })),
  traps: mapped(list(trap, { min: 1 }), (traps) => ({ kind: 'traps', traps })),
  step: mapped(step, (s): Block => ({ kind: 'step', ...s }) as PredictStep | FixStep),
};
const BLOCK_KINDS = Object.keys(BLOCKS);

/** `- text: ...`: a map with one key naming the block's kind. */
const block: Decoder<Block> = decoder('typeMap', (slot, ctx) => {
  const map = mapOf(slot, ctx);
  if (!map) return undefined;
  if (map.items.length !== 1) {
    report(ctx, posOf(ctx, map.items[1]?.key ?? map), 'bad-block', { key: 'notABlock', vars: { count: map.items.length } }, { key: 'notABlockHint' });
    return undefined;
  }
  const [pair] = map.items;
  const kind = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
  const decode = BLOCKS[kind as Block['kind']];
  if (!decode) {
    const suggestion = closest(kind, BLOCK_KINDS);
    report(ctx, posOf(ctx, pair.key), 'bad-block', { key: 'unknownBlock', vars: { key: kind } },
      suggestion ? { key: 'didYouMean', vars: { suggestion } } : { key: 'oneOf', vars: { values: listOf(BLOCK_KINDS) } });
    return undefined;
  }
  return decode({ node: pair.value, key: pair.key, path: `${slot.path}.${kind}` }, ctx);
});

const page = object<Page>({ id: req(id), title: req(bilingual), body: req(list(block, { min: 1 })) });

const lessonFields = object<Lesson>({
  id: req(id),
  module: req(oneOf(MODULE_LETTERS)),
  syllabus: req(uniqueStrings(oneOf(SYLLABUS_IDS), { min: 1 })),
  minutes: req(int(1, 240)),
  title: req(bilingual),
  summary: req(bilingual),
  pages: req(uniqueIds('whatPage', page, { min: 1 })),
  checkpoint: req(uniqueStrings(id)),
}, ['format', 'kind']);

/** A lesson; its id must be its file name, so one lesson can be opened without reading the rest. */
export const lesson = refine(lessonFields, (value, ctx) => isNamedAfterFile(value, ctx) && modulesAgree(value, ctx));

function isNamedAfterFile(value: Lesson, ctx: DecodeCtx): boolean {
  const name = basename(ctx.file);
  const base = basename(ctx.file, extname(ctx.file));
  if (value.id === base) return true;
  report(ctx, ctx.locs.get(value)?.id ?? posOf(ctx, undefined), 'file-name',
    { key: 'fileName', vars: { id: value.id, name } }, { key: 'fileNameHint', vars: { id: value.id, base } });
  return false;
}

function modulesAgree(value: Lesson, ctx: DecodeCtx): boolean {
  const wrong = value.syllabus.find((s) => moduleOf(s) !== value.module);
  if (!wrong) return true;
  const expected = moduleOf(wrong);
  report(ctx, ctx.locs.get(value)?.module ?? posOf(ctx, undefined), 'module-mismatch',
    { key: 'moduleMismatch', vars: { syllabus: wrong, expected, module: value.module } },
    { key: 'moduleMismatchHint', vars: { expected } });
  return false;
}
