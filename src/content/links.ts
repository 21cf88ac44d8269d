/**
 * Checks across files, once every file is decoded: ids unique per kind, and every reference
 * (checkpoint question, question topic, lesson link) pointing at something that exists.
 */
import { dirname, relative } from 'node:path';
import { contentError, listOf, type Said } from './errors.js';
import type { ContentMessageKey, ContentTranslate } from './messages.js';
import type { FileItems } from './schema-file.js';
import { closest } from './suggest.js';
import { SYLLABUS_SLUGS } from './syllabus.js';
import type { ContentError, Drill, LabScenario, Lesson, Question, SourcePos } from './types.js';

/** One decoded file. Context files (shipped content when checking a pack) resolve references but are not reported. */
export interface DecodedFile {
  readonly file: string;
  readonly isCounted: boolean;
  readonly items: FileItems;
  readonly errors: readonly ContentError[];
  readonly missingTranslations: number;
}

export type Locate = (item: object, field?: string) => SourcePos | undefined;

export interface Linked {
  readonly lessons: readonly Lesson[];
  readonly questions: readonly Question[];
  readonly drills: readonly Drill[];
  readonly labs: readonly LabScenario[];
  readonly errors: readonly ContentError[];
}

/** Merges decoded files: the first of two items with one id wins, the second is an error. */
export function linkFiles(files: readonly DecodedFile[], t: ContentTranslate, locate: Locate): Linked {
  const errors: ContentError[] = [];
  const counted = new Set<object>();
  const fail = (at: SourcePos | undefined, file: string, message: Said, hint?: Said) =>
    errors.push(contentError(t, at ?? { file, line: 1, col: 1 }, 'dangling-ref', message, hint));
  const unique = <T extends { readonly id: string }>(what: ContentMessageKey) => {
    const first = new Map<string, SourcePos>();
    const kept: T[] = [];
    return {
      kept,
      add(item: T, file: DecodedFile) {
        const at = locate(item, 'id') ?? { file: file.file, line: 1, col: 1 };
        const earlier = first.get(item.id);
        if (!earlier) {
          first.set(item.id, at);
          kept.push(item);
          if (file.isCounted) counted.add(item);
        } else if (file.isCounted) {
          // Note: the earlier file is named relative to this one's folder: short, and unambiguous.
          const where = earlier.file === at.file ? t('whereLine', { line: earlier.line }) : `${relative(dirname(at.file), earlier.file)}:${earlier.line}`;
          errors.push(contentError(t, at, 'duplicate-id', { key: 'duplicateId', vars: { what: t(what), id: item.id, first: where } }, { key: 'duplicateIdHint' }));
        }
      },
    };
  };
  const lessons = unique<Lesson>('whatLesson');
  const questions = unique<Question>('whatQuestion');
  const drills = unique<Drill>('whatDrill');
  const labs = unique<LabScenario>('whatLab');
  for (const file of files) {
    if (file.isCounted) errors.push(...file.errors);
    file.items.lessons.forEach((l) => lessons.add(l, file));
    file.items.questions.forEach((q) => questions.add(q, file));
    file.items.drills.forEach((d) => drills.add(d, file));
    file.items.labs.forEach((l) => labs.add(l, file));
  }
  const lessonById = new Map(lessons.kept.map((l) => [l.id, l]));
  const questionIds = new Set(questions.kept.map((q) => q.id));
  for (const lesson of lessons.kept.filter((l) => counted.has(l))) {
    const file = locate(lesson)?.file ?? '';
    lesson.checkpoint.forEach((id, i) => {
      if (questionIds.has(id)) return;
      const suggestion = closest(id, questionIds);
      fail(locate(lesson.checkpoint, String(i)), file, { key: 'unknownQuestion', vars: { id } },
        suggestion ? { key: 'didYouMean', vars: { suggestion } } : { key: 'unknownQuestionHint' });
    });
  }
  for (const q of questions.kept.filter((item) => counted.has(item))) {
    const file = locate(q)?.file ?? '';
    if (!lessonById.has(q.topic) && !SYLLABUS_SLUGS.has(q.topic)) {
      const suggestion = closest(q.topic, [...lessonById.keys(), ...SYLLABUS_SLUGS]);
      fail(locate(q, 'topic'), file, { key: 'unknownTopic', vars: { topic: q.topic } },
        suggestion ? { key: 'didYouMean', vars: { suggestion } } : { key: 'unknownTopicHint' });
    }
    if (q.lesson) checkLink(q, q.lesson, lessonById, file);
  }
  function checkLink(q: Question, link: NonNullable<Question['lesson']>, byId: ReadonlyMap<string, Lesson>, file: string) {
    const target = byId.get(link.id);
    if (!target) {
      const suggestion = closest(link.id, byId.keys());
      fail(locate(q, 'lesson'), file, { key: 'unknownLesson', vars: { id: link.id } },
        suggestion ? { key: 'didYouMean', vars: { suggestion } } : { key: 'unknownLessonHint', vars: { ids: listOf([...byId.keys()]) } });
    } else if (link.page !== undefined && !target.pages.some((p) => p.id === link.page)) {
      const pages = target.pages.map((p) => p.id);
      const suggestion = closest(link.page, pages);
      fail(locate(q, 'lesson'), file, { key: 'unknownPage', vars: { lesson: link.id, page: link.page } },
        suggestion ? { key: 'didYouMean', vars: { suggestion } } : { key: 'unknownPageHint', vars: { pages: listOf(pages) } });
    }
  }
  const only = <T extends object>(items: readonly T[]) => items.filter((item) => counted.has(item));
  return { lessons: only(lessons.kept), questions: only(questions.kept), drills: only(drills.kept), labs: only(labs.kept), errors };
}
