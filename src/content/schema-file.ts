/** The top of every content file: `format`, `kind`, then the lesson, questions, drills or labs. */
import { isMap, isScalar, type Pair } from 'yaml';
import { isEmptyNode, posOf, report, wrongType, type DecodeCtx } from './decode-core.js';
import { int, oneOf } from './decode-scalars.js';
import { decodeFields, list, req } from './decode-structs.js';
import { drill } from './schema-drill.js';
import { lab } from './schema-lab.js';
import { lesson } from './schema-lesson.js';
import { question } from './schema-question.js';
import { FORMAT_VERSION, type Drill, type LabScenario, type Lesson, type Question } from './types.js';

export const FILE_KINDS = ['lesson', 'questions', 'drills', 'labs'] as const;
/** What a content file holds. */
export type FileKind = (typeof FILE_KINDS)[number];

/** The items one file contributed; lists are empty when the file failed. */
export interface FileItems {
  readonly kind?: FileKind;
  readonly lessons: readonly Lesson[];
  readonly questions: readonly Question[];
  readonly drills: readonly Drill[];
  readonly labs: readonly LabScenario[];
}

const NOTHING: FileItems = { lessons: [], questions: [], drills: [], labs: [] };

const SHAPES = {
  questions: { questions: req(list(question, { min: 1, keepGood: true })) },
  drills: { drills: req(list(drill, { min: 1, keepGood: true })) },
  labs: { labs: req(list(lab, { min: 1, keepGood: true })) },
};

/** Decodes a parsed file. Errors land in ctx. */
export function decodeFile(ctx: DecodeCtx): FileItems {
  const root = ctx.doc.contents;
  if (!isMap(root)) {
    wrongType(ctx, { node: root, path: '' }, root, 'typeMap');
    return NOTHING;
  }
  const field = (name: string) => root.items.find((p: Pair) => isScalar(p.key) && p.key.value === name);
  if (!hasSupportedFormat(ctx, field('format'), root)) return NOTHING;
  const kindPair = field('kind');
  if (!kindPair || isEmptyNode(kindPair.value)) {
    report(ctx, posOf(ctx, kindPair?.key ?? root), 'missing-field', { key: 'missingField', vars: { key: 'kind', where: ctx.t('whereRoot') } },
      { key: 'oneOf', vars: { values: FILE_KINDS.map((k) => '`' + k + '`').join(', ') } });
    return NOTHING;
  }
  const kind = oneOf(FILE_KINDS)({ node: kindPair.value, key: kindPair.key, path: 'kind' }, ctx);
  if (kind === undefined) return NOTHING;
  if (kind === 'lesson') {
    const value = lesson({ node: root, path: '' }, ctx);
    return { kind, ...NOTHING, lessons: value ? [value] : [] };
  }
  const { value } = decodeFields(root, SHAPES[kind], ctx, '', { ignore: ['format', 'kind'] });
  if (kind === 'questions') return { kind, ...NOTHING, questions: (value.questions as Question[] | undefined) ?? [] };
  if (kind === 'labs') return { kind, ...NOTHING, labs: (value.labs as LabScenario[] | undefined) ?? [] };
  return { kind, ...NOTHING, drills: (value.drills as Drill[] | undefined) ?? [] };
}

/**
 * `format` is read before anything else: a file written for a newer format is refused as a whole
 * rather than reported field by field against a schema it was never written for.
 */
function hasSupportedFormat(ctx: DecodeCtx, pair: Pair | undefined, root: unknown): boolean {
  if (!pair || isEmptyNode(pair.value)) {
    report(ctx, posOf(ctx, pair?.key ?? root), 'missing-field',
      { key: 'missingField', vars: { key: 'format', where: ctx.t('whereRoot') } },
      { key: 'missingFieldHint', vars: { key: 'format', expected: String(FORMAT_VERSION) } });
    return false;
  }
  const slot = { node: pair.value, key: pair.key, path: 'format' };
  const value = isScalar(pair.value) && typeof pair.value.value === 'number' ? pair.value.value : int(1, 1)(slot, ctx);
  if (value === undefined) return false;
  if (value === FORMAT_VERSION) return true;
  report(ctx, posOf(ctx, pair.value), 'unsupported-format',
    { key: 'unsupportedFormat', vars: { value, supported: FORMAT_VERSION } },
    { key: 'unsupportedFormatHint', vars: { supported: FORMAT_VERSION } });
  return false;
}
