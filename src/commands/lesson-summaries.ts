import { relative } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { defaultSources, findLessonFile, loadContent, loadLessonFile, type ContentError, type Lesson } from '../content/index.js';
import type { StoreData } from '../store/types.js';
import type { LessonLoad } from '../ui/types.js';

/** One lesson with the learner's progress, as `podlab lessons` and the app's lists show it. */
export interface LessonEntry {
  readonly lesson: Lesson;
  readonly done: boolean;
}

/** Loads the shipped lessons and the --content packs, marked with the learner's progress. */
export async function loadLessonEntries(ctx: CommandContext, data: StoreData): Promise<{ entries: LessonEntry[]; errors: readonly ContentError[] }> {
  const content = await loadContent(defaultSources(ctx.contentDirs, ctx.cwd), { lang: ctx.lang });
  const entries = [...content.lessons]
    .sort(bySyllabusOrder)
    .map((lesson) => ({ lesson, done: data.lessons[lesson.id]?.done === true }));
  return { entries, errors: content.errors };
}

/**
 * The order a learner takes them in: by syllabus id (A1, A2, B1 ...), not by file name, so
 * Continue's "next lesson" is pod-basics on a fresh start, not autoscaling.
 */
function bySyllabusOrder(a: Lesson, b: Lesson): number {
  const key = (l: Lesson) => `${l.module}${(l.syllabus[0] ?? '').padStart(3, '0')}`;
  return key(a).localeCompare(key(b)) || a.id.localeCompare(b.id);
}

/** `file:line:col: message`, the file relative to the working directory when under it. */
function worded(ctx: CommandContext, e: ContentError): string {
  const rel = relative(ctx.cwd, e.file);
  const file = rel && !rel.startsWith('..') ? rel : e.file;
  return `${file}:${e.line}:${e.col}: ${e.message}`;
}

/**
 * The file of lesson `id` alone, for the reader: found by its name in the shipped content and
 * the packs, and parsed without reading any other lesson.
 */
export async function readLessonFile(ctx: CommandContext, id: string): Promise<LessonLoad> {
  const path = await findLessonFile(defaultSources(ctx.contentDirs, ctx.cwd), id);
  if (path === undefined) return { kind: 'missing' };
  const { lesson, errors } = await loadLessonFile(path, { lang: ctx.lang });
  if (lesson && lesson.pages.length > 0) return { kind: 'ok', lesson };
  // A pack's folder may hold other kinds of files under that name: no lesson, and nothing wrong.
  return errors.length > 0 ? { kind: 'broken', problems: errors.map((e) => worded(ctx, e)) } : { kind: 'missing' };
}
