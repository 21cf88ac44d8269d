/** The body of whichever screen is on top of the stack. */
import { assertNever } from '../../util/assert-never.js';
import { listHeight } from '../layout.js';
import type { Entry } from '../state/nav-state.js';
import type { ReaderState } from '../state/reader-state.js';
import type { AppData, LastVisited } from '../types.js';
import type { ViewContext } from './context.js';
import { homeLines } from './home.js';
import { lessonsLines } from './lessons.js';
import type { Line } from './line.js';
import { progressLines } from './progress.js';
import { readerLines } from './reader.js';
import { settingsLines } from './settings.js';
import { unavailableLines } from './unavailable.js';

const lessonsOf = ({ lessons, isLoadingLessons }: AppData) => ({ lessons, isLoadingLessons });

/**
 * `data` has the lessons finished this session marked done, and `lessonProgress` as it is now;
 * `reader` is the lesson open in the reader.
 */
export function screenLines(
  ctx: ViewContext,
  entry: Entry,
  data: AppData,
  lastVisited: LastVisited | undefined,
  reader: ReaderState | undefined,
  rows: number,
): Line[] {
  const { target, list } = entry;
  switch (target.screen) {
    case 'home':
      return homeLines(ctx, { ...lessonsOf(data), lastVisited, list, listHeight: listHeight('home', rows), reviewsDue: data.progress.questions.due });
    case 'lessons':
      return lessonsLines(ctx, { ...lessonsOf(data), progress: data.lessonProgress ?? {}, list, listHeight: listHeight('lessons', rows) });
    case 'lesson':
      return readerLines(ctx, reader, { id: target.id, lessons: data.lessons, rows });
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
