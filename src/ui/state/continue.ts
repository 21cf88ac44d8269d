/** Where the home screen's Continue leads. */
import { isScreenId, type LastVisited, type LessonSummary, type ScreenTarget } from '../types.js';

export type ContinueChoice =
  /** Back to where the learner left off. */
  | { readonly kind: 'resume'; readonly target: ScreenTarget; readonly lesson?: LessonSummary }
  /** Nowhere to go back to: the first lesson not done. */
  | { readonly kind: 'next'; readonly target: ScreenTarget; readonly lesson: LessonSummary }
  | { readonly kind: 'allDone' }
  | { readonly kind: 'noLessons' };

/**
 * The last visited place when it still exists (a lesson that was removed, or a screen this build
 * does not know, does not count), else the first lesson not done.
 */
export function continueChoice(
  lastVisited: LastVisited | undefined,
  lessons: readonly LessonSummary[],
): ContinueChoice {
  const screen = lastVisited?.screen;
  if (lastVisited && isScreenId(screen) && screen !== 'home') {
    const lesson = lessons.find((l) => l.id === lastVisited.id);
    if (screen !== 'lesson' || lesson) {
      const { id, page } = lastVisited;
      return { kind: 'resume', target: { screen, id, page }, lesson };
    }
  }
  const next = lessons.find((l) => !l.done);
  if (next) return { kind: 'next', target: { screen: 'lesson', id: next.id }, lesson: next };
  return lessons.length === 0 ? { kind: 'noLessons' } : { kind: 'allDone' };
}
