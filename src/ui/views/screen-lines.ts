/** The body of whichever screen is on top of the stack. */
import { assertNever } from '../../util/assert-never.js';
import { listHeight } from '../layout.js';
import type { Entry } from '../state/nav-state.js';
import type { AppData, LastVisited } from '../types.js';
import type { ViewContext } from './context.js';
import { homeLines } from './home.js';
import { lessonLines } from './lesson.js';
import { lessonsLines } from './lessons.js';
import type { Line } from './line.js';
import { progressLines } from './progress.js';
import { settingsLines } from './settings.js';
import { unavailableLines } from './unavailable.js';

const lessonsOf = ({ lessons, isLoadingLessons }: AppData) => ({ lessons, isLoadingLessons });

export function screenLines(
  ctx: ViewContext,
  entry: Entry,
  data: AppData,
  lastVisited: LastVisited | undefined,
  rows: number,
): Line[] {
  const { target, list } = entry;
  switch (target.screen) {
    case 'home':
      return homeLines(ctx, { ...lessonsOf(data), lastVisited, list, listHeight: listHeight('home', rows) });
    case 'lessons':
      return lessonsLines(ctx, { ...lessonsOf(data), list, listHeight: listHeight('lessons', rows) });
    case 'lesson':
      return lessonLines(ctx, data.lessons.find((l) => l.id === target.id), target.id);
    case 'progress':
      return progressLines(ctx, data.progress, data.isLoadingLessons);
    case 'settings':
      return settingsLines(ctx, list, data.progress.storePath);
    case 'quiz':
    case 'lab':
    case 'interview':
    case 'drills':
      return unavailableLines(ctx, target.screen);
    default:
      return assertNever(target.screen);
  }
}
