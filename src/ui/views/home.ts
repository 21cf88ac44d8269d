/** The home screen: the menu, and what the selected item does. */
import { assertNever } from '../../util/assert-never.js';
import type { UiKey } from '../messages.js';
import { continueChoice } from '../state/continue.js';
import { HOME_MENU, type MenuItem } from '../state/entries.js';
import { keepVisible, type ListState } from '../state/list-state.js';
import { pick, truncate, widthOf } from '../text.js';
import type { LastVisited, LessonSummary } from '../types.js';
import type { ViewContext } from './context.js';
import { BLANK, clip, indented, type Line } from './line.js';
import { quizUiText } from './quiz-messages.js';

export interface HomeData {
  readonly lessons: readonly LessonSummary[];
  readonly isLoadingLessons: boolean;
  readonly lastVisited: LastVisited | undefined;
  readonly list: ListState;
  /** Menu rows that fit (see `listHeight`). */
  readonly listHeight: number;
  /** Reviews due now, shown beside Quiz when there are any. */
  readonly reviewsDue?: number;
}

/** Lines the description under the menu may take. */
const DESCRIPTION_LINES = 3;

const LABELS: Readonly<Record<MenuItem, UiKey>> = {
  continue: 'menu.continue',
  lessons: 'screen.lessons',
  lab: 'screen.lab',
  quiz: 'screen.quiz',
  interview: 'screen.interview',
  drills: 'screen.drills',
  progress: 'screen.progress',
  settings: 'screen.settings',
};

function continueText(ctx: ViewContext, data: HomeData): string {
  const { t, lang } = ctx;
  const choice = continueChoice(data.lastVisited, data.lessons);
  // Before the lessons arrive only a screen other than a lesson can be resumed.
  if (data.isLoadingLessons && choice.kind !== 'resume') return t('home.loading');
  switch (choice.kind) {
    case 'resume':
      return t('home.resume', {
        title: choice.lesson ? pick(choice.lesson.title, lang) : t(`screen.${choice.target.screen}`),
      });
    case 'next':
      return t('home.next', { title: pick(choice.lesson.title, lang) });
    case 'allDone':
      return t('home.allDone');
    case 'noLessons':
      return t('home.noLessons');
    default:
      return assertNever(choice);
  }
}

function describe(item: MenuItem, ctx: ViewContext, data: HomeData): string {
  const { t } = ctx;
  switch (item) {
    case 'continue':
      return continueText(ctx, data);
    case 'lessons':
      if (data.isLoadingLessons) return t('home.lessonsLoading');
      return t('home.lessons', { done: data.lessons.filter((l) => l.done).length, total: data.lessons.length });
    case 'lab':
    case 'quiz':
    case 'interview':
    case 'drills':
    case 'progress':
    case 'settings':
      return t(`home.${item}`);
    default:
      return assertNever(item);
  }
}

export function homeLines(ctx: ViewContext, data: HomeData): Line[] {
  const view = { selectable: HOME_MENU.map(() => true), height: data.listHeight };
  const start = keepVisible(data.list.offset, data.list.selected, view);
  const menu = HOME_MENU.slice(start, start + data.listHeight).map((item, i): Line => {
    const isSelected = start + i === data.list.selected;
    const due = item === 'quiz' && (data.reviewsDue ?? 0) > 0 ? `  ${quizUiText(ctx.lang)('home.due', { n: data.reviewsDue ?? 0 })}` : '';
    const label = truncate(ctx.t(LABELS[item]), ctx.width - 4 - widthOf(due));
    return [{ text: isSelected ? ' › ' : '   ', tone: 'accent' }, { text: label, tone: isSelected ? 'selected' : 'plain' }, { text: due, tone: 'accent' }];
  });
  const item = HOME_MENU[data.list.selected] ?? 'continue';
  const description = clip(indented(describe(item, ctx, data), ctx.width, 3, 'dim'), DESCRIPTION_LINES, ctx.width);
  return [BLANK, ...menu, BLANK, ...description];
}
