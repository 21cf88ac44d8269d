/** The screens later versions build: what they will do, and what to do meanwhile. */
import type { UiKey } from '../messages.js';
import type { ViewContext } from './context.js';
import { bulleted, indented, spaced, type Line } from './line.js';

/** The screens that are not built yet. */
export type PlannedScreen = 'quiz' | 'lab' | 'interview' | 'drills';

const WHAT: Readonly<Record<PlannedScreen, UiKey>> = {
  quiz: 'unavailable.quiz',
  lab: 'unavailable.lab',
  interview: 'unavailable.interview',
  drills: 'unavailable.drills',
};

export function unavailableLines(ctx: ViewContext, screen: PlannedScreen): Line[] {
  const { t, width, height } = ctx;
  return spaced(
    [
      indented(t('unavailable.title', { screen: t(`screen.${screen}`) }), width, 1, 'title'),
      indented(t(WHAT[screen]), width, 1),
      indented(t('unavailable.later'), width, 1, 'dim'),
      [
        ...indented(t('unavailable.now'), width, 1),
        ...bulleted(t('unavailable.tryLessons'), width, 3),
        ...bulleted(t('unavailable.tryValidate'), width, 3),
      ],
    ],
    height,
  );
}
