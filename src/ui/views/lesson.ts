/** A lesson's title and summary; the reader with its pages comes later. */
import { pick } from '../text.js';
import type { LessonSummary } from '../types.js';
import type { ViewContext } from './context.js';
import { moduleTitle } from './lessons.js';
import { BLANK, indented, spaced, type Line } from './line.js';

export function lessonLines(ctx: ViewContext, lesson: LessonSummary | undefined, id: string | undefined): Line[] {
  const { t, lang, width, height } = ctx;
  if (!lesson) return [BLANK, ...indented(t('lesson.missing', { id: id ?? '' }), width, 1, 'warn')];
  const module = moduleTitle(ctx, lesson.module);
  const meta = t('lesson.meta', { letter: lesson.module, module, minutes: lesson.minutes, pages: lesson.pages });
  return spaced(
    [
      indented(pick(lesson.title, lang), width, 1, 'title'),
      [...indented(meta, width, 1, 'dim'), ...(lesson.done ? indented(t('lesson.done'), width, 1, 'good') : [])],
      lesson.summary ? indented(pick(lesson.summary, lang), width, 1) : [],
      indented(t('lesson.coming'), width, 1, 'dim'),
    ],
    height,
  );
}
