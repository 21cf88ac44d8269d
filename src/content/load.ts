/**
 * Loading: files → parsed → decoded → linked. `loadFromFiles` is pure (text in, content out);
 * `loadContent` and `loadLessonFile` add the reading, through io.ts.
 */
import type { Lang } from '../i18n/index.js';
import { assertNever } from '../util/assert-never.js';
import type { DecodeCtx, Locations } from './decode-core.js';
import { contentError, type Said } from './errors.js';
import { listSource, readRaw, type ContentSource, type RawFile } from './io.js';
import { linkFiles, type DecodedFile } from './links.js';
import { contentText, type ContentTranslate } from './messages.js';
import { parseText } from './parse.js';
import { decodeFile, type FileItems } from './schema-file.js';
import {
  QUESTION_TYPES, type ContentError, type Drill, type LabScenario, type Lesson, type Question, type QuestionType, type SourcePos,
} from './types.js';

/** Counts over the loaded (not the context) content. */
export interface ContentStats {
  readonly files: number;
  readonly lessons: number;
  readonly questions: number;
  /** Every question type, zeros included. */
  readonly byType: Readonly<Record<QuestionType, number>>;
  /** Card questions. */
  readonly interview: number;
  readonly drills: number;
  /** Guided lab scenarios. */
  readonly labs: number;
  readonly missingTranslations: number;
}

/** Everything loaded from some sources. Items with errors are left out; their errors are in `errors`. */
export interface LoadedContent {
  readonly lessons: readonly Lesson[];
  readonly questions: readonly Question[];
  readonly drills: readonly Drill[];
  readonly labs: readonly LabScenario[];
  /** Sorted by file, line, column. */
  readonly errors: readonly ContentError[];
  readonly stats: ContentStats;
  /**
   * Where any loaded object, or one of its fields, came from: `locate(question, 'manifest')`.
   * Arrays answer by index: `locate(lesson.checkpoint, '0')`. For a `|` block the position is
   * the indicator's; the text starts on the next line.
   */
  readonly locate: (item: object, field?: string) => SourcePos | undefined;
}

export interface LoadOptions {
  /** Language of error messages. Default English. */
  readonly lang?: Lang;
  /**
   * Sources that references may point into and ids may collide with, but that are neither
   * reported nor returned: the shipped content when a pack is checked alone.
   */
  readonly context?: readonly ContentSource[];
}

const EMPTY: FileItems = { lessons: [], questions: [], drills: [], labs: [] };

/** Decodes one file's text (or its read problem). Pure. */
function decodeRaw(raw: RawFile, t: ContentTranslate, locs: Locations, isCounted: boolean): DecodedFile {
  const base = { file: raw.file, isCounted, missingTranslations: 0 };
  if (!('text' in raw)) return { ...base, items: EMPTY, errors: [contentError(t, { file: raw.file, line: 1, col: 1 }, raw.problem, ...ioMessage(raw))] };
  const { parsed, errors } = parseText(raw.file, raw.text, t);
  if (!parsed) return { ...base, items: EMPTY, errors };
  const ctx: DecodeCtx = { file: raw.file, doc: parsed.doc, lc: parsed.lc, t, errors: [], locs, counts: { missingTranslations: 0 } };
  const items = decodeFile(ctx);
  return { ...base, items, errors: ctx.errors, missingTranslations: ctx.counts.missingTranslations };
}

function ioMessage(raw: Extract<RawFile, { problem: unknown }>): [Said, Said] {
  switch (raw.problem) {
    case 'unreadable':
      return [{ key: 'unreadable', vars: { reason: raw.detail ?? '' } }, { key: 'unreadableHint' }];
    case 'too-large':
      return [{ key: 'tooLarge', vars: { size: raw.detail ?? '' } }, { key: 'tooLargeHint' }];
    case 'not-utf8':
      return [{ key: 'notUtf8' }, { key: 'notUtf8Hint' }];
    case 'folder-missing':
      return [{ key: 'folderMissing' }, { key: 'folderMissingHint' }];
    default:
      return assertNever(raw.problem);
  }
}

/** Loads content from files already read. `context` files resolve references only. Pure. */
export function loadFromFiles(files: readonly RawFile[], options: { readonly lang?: Lang; readonly context?: readonly RawFile[] } = {}): LoadedContent {
  const t = contentText(options.lang ?? 'en');
  const locs: Locations = new WeakMap();
  const decoded = [
    ...(options.context ?? []).map((raw) => decodeRaw(raw, t, locs, false)),
    ...files.map((raw) => decodeRaw(raw, t, locs, true)),
  ];
  const locate = (item: object, field = '') => locs.get(item)?.[field];
  const linked = linkFiles(decoded, t, locate);
  const byType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
  for (const q of linked.questions) byType[q.type]++;
  const stats: ContentStats = {
    files: files.length,
    lessons: linked.lessons.length,
    questions: linked.questions.length,
    byType,
    interview: byType.card,
    drills: linked.drills.length,
    labs: linked.labs.length,
    missingTranslations: decoded.filter((d) => d.isCounted).reduce((n, d) => n + d.missingTranslations, 0),
  };
  return { lessons: linked.lessons, questions: linked.questions, drills: linked.drills, labs: linked.labs, errors: sortErrors(linked.errors), stats, locate };
}

export function sortErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

async function readSources(sources: readonly ContentSource[], skip: ReadonlySet<string>): Promise<RawFile[]> {
  const out: RawFile[] = [];
  const seen = new Set(skip);
  for (const source of sources) {
    const { files, problems } = await listSource(source);
    out.push(...problems);
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      out.push(await readRaw(file));
    }
  }
  return out;
}

/**
 * Loads every lesson, question, drill and lab of `sources` (shipped content first, then packs).
 * One broken file never stops the others: its errors are reported and the rest loads.
 */
export async function loadContent(sources: readonly ContentSource[], options: LoadOptions = {}): Promise<LoadedContent> {
  const files = await readSources(sources, new Set());
  const counted = new Set(files.map((f) => f.file));
  const context = options.context ? await readSources(options.context, counted) : [];
  return loadFromFiles(files, { lang: options.lang, context });
}

/** One lesson, without reading any other file. Cross-file references are not checked. */
export interface LessonFileResult {
  readonly lesson?: Lesson;
  readonly errors: readonly ContentError[];
  readonly locate: LoadedContent['locate'];
}

export async function loadLessonFile(path: string, options: { readonly lang?: Lang } = {}): Promise<LessonFileResult> {
  const raw = await readRaw(path);
  const t = contentText(options.lang ?? 'en');
  const locs: Locations = new WeakMap();
  const decoded = decodeRaw(raw, t, locs, true);
  const locate = (item: object, field = '') => locs.get(item)?.[field];
  const [lesson] = decoded.items.lessons;
  return lesson ? { lesson, errors: decoded.errors, locate } : { errors: decoded.errors, locate };
}
