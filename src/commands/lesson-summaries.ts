import type { CommandContext } from '../cli/context.js';
import { defaultSources, loadContent, type ContentError, type Lesson } from '../content/index.js';
import type { StoreData } from '../store/types.js';

/** One lesson with the learner's progress, as `podlab lessons` and the app's lists show it. */
export interface LessonEntry {
  readonly lesson: Lesson;
  readonly done: boolean;
}

/** Loads the shipped lessons and the --content packs, marked with the learner's progress. */
export async function loadLessonEntries(ctx: CommandContext, data: StoreData): Promise<{ entries: LessonEntry[]; errors: readonly ContentError[] }> {
  const content = await loadContent(defaultSources(ctx.contentDirs, ctx.cwd), { lang: ctx.lang });
  const entries = content.lessons.map((lesson) => ({ lesson, done: data.lessons[lesson.id]?.done === true }));
  return { entries, errors: content.errors };
}
