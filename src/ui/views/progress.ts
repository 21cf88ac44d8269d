/** The progress figures, each with one line saying what it counts. */
import type { ProgressSummary } from '../types.js';
import type { ViewContext } from './context.js';
import { indented, spaced, type Line } from './line.js';

/** `isLoadingLessons`: the number of lessons is not known yet. */
export function progressLines(ctx: ViewContext, p: ProgressSummary, isLoadingLessons: boolean): Line[] {
  const { t, width, height } = ctx;
  const figure = (text: string, why: string): Line[] => [
    ...indented(text, width, 1, 'title'),
    ...indented(why, width, 3, 'dim'),
  ];
  const streak = p.streakDays === 1 ? t('progress.streakOne') : t('progress.streak', { days: p.streakDays });
  return spaced(
    [
      figure(
        isLoadingLessons ? t('progress.lessonsLoading', p.lessons) : t('progress.lessons', p.lessons),
        t('progress.lessonsWhy'),
      ),
      figure(t('progress.questions', p.questions), t('progress.questionsWhy')),
      figure(t('progress.due', { due: p.questions.due }), t('progress.dueWhy')),
      figure(streak, t('progress.streakWhy')),
      [...indented(t('progress.file'), width, 1, 'title'), ...indented(p.storePath, width, 3), ...indented(t('progress.fileWhy'), width, 3, 'dim')],
    ],
    height,
  );
}
