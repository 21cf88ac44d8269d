/**
 * Lesson progress as the app knows it: what was saved before, plus what the learner has read
 * since it opened. The list's marks, Continue and the reader's resume all read it from here.
 */
import type { LessonProgressPatch, LessonSummary, SavedLessonProgress } from '../types.js';
import { lessonRows } from './lesson-rows.js';

/** Progress by lesson id. */
export type ProgressMap = Readonly<Record<string, SavedLessonProgress>>;

export const NO_PROGRESS: ProgressMap = {};

/** The progress of one lesson; ids such as `__proto__` find nothing. */
export function progressOf(progress: ProgressMap, id: string): SavedLessonProgress | undefined {
  return Object.hasOwn(progress, id) ? progress[id] : undefined;
}

/** How far the learner is with a lesson, as its mark in the list shows it. */
export type LessonStatus = 'done' | 'started' | 'new';

export function statusOf(lesson: LessonSummary, progress: ProgressMap): LessonStatus {
  const saved = progressOf(progress, lesson.id);
  if (lesson.done || saved?.done) return 'done';
  return (saved?.pagesSeen?.length ?? 0) > 0 || saved?.page !== undefined ? 'started' : 'new';
}

/** The lessons with those finished since the app opened marked done. */
export function withProgress(lessons: readonly LessonSummary[], progress: ProgressMap): readonly LessonSummary[] {
  if (!lessons.some((l) => !l.done && progressOf(progress, l.id)?.done)) return lessons;
  return lessons.map((l) => (!l.done && progressOf(progress, l.id)?.done ? { ...l, done: true } : l));
}

/** `page` of lesson `id` is on screen: the last page seen, added to the pages seen. */
export function seePage(progress: ProgressMap, id: string, page: string): ProgressMap {
  const before = progressOf(progress, id);
  const seen = before?.pagesSeen ?? [];
  if (before?.page === page && seen.includes(page)) return progress;
  const pagesSeen = seen.includes(page) ? seen : [...seen, page];
  return { ...progress, [id]: { ...before, page, pagesSeen } };
}

/** Lesson `id` has been read to the end. */
export function finish(progress: ProgressMap, id: string): ProgressMap {
  const before = progressOf(progress, id);
  return before?.done ? progress : { ...progress, [id]: { ...before, done: true } };
}

/**
 * The lesson to offer after `id`: the next one in the list's order not done yet, going round to
 * the start; none when every other lesson is done.
 */
export function nextLesson(id: string, lessons: readonly LessonSummary[]): LessonSummary | undefined {
  const ordered = lessonRows(lessons).flatMap((r) => (r.kind === 'lesson' ? [r.lesson] : []));
  const at = ordered.findIndex((l) => l.id === id);
  const after = [...ordered.slice(at + 1), ...ordered.slice(0, Math.max(0, at))];
  return after.find((l) => !l.done && l.id !== id);
}

/**
 * What changed from `before` to `after`, as reports to save: each lesson whose page or pages
 * seen changed, with `done` when it was finished in between.
 */
export function progressReports(before: ProgressMap, after: ProgressMap): [string, LessonProgressPatch][] {
  if (before === after) return [];
  return Object.keys(after).flatMap((id): [string, LessonProgressPatch][] => {
    const now = progressOf(after, id);
    const then = progressOf(before, id);
    if (!now || now === then || typeof now.page !== 'string') return [];
    const isFinished = now.done === true && then?.done !== true;
    return [[id, { page: now.page, pagesSeen: now.pagesSeen ?? [now.page], ...(isFinished ? { done: true as const } : {}) }]];
  });
}
