/** The lessons list as rows: each module's header, then its lessons. */
import { MODULE_LETTERS, type ModuleLetter } from '../../content/syllabus.js';
import type { LessonSummary } from '../types.js';

export type LessonRow =
  | { readonly kind: 'module'; readonly module: ModuleLetter }
  | { readonly kind: 'lesson'; readonly lesson: LessonSummary };

/**
 * Modules in syllabus order (A to I), lessons in the order given within each module. A module
 * with no lessons gets no header.
 */
export function lessonRows(lessons: readonly LessonSummary[]): LessonRow[] {
  const order = (m: ModuleLetter) => {
    const i = MODULE_LETTERS.indexOf(m);
    return i < 0 ? MODULE_LETTERS.length : i;
  };
  const modules = [...new Set(lessons.map((l) => l.module))].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return modules.flatMap((module): LessonRow[] => [
    { kind: 'module', module },
    ...lessons.filter((l) => l.module === module).map((lesson) => ({ kind: 'lesson' as const, lesson })),
  ]);
}

/** The row of a lesson, or undefined when there is no such lesson. */
export function rowOfLesson(rows: readonly LessonRow[], id: string | undefined): number | undefined {
  const i = rows.findIndex((r) => r.kind === 'lesson' && r.lesson.id === id);
  return i < 0 ? undefined : i;
}
