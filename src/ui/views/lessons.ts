/** The lessons list, grouped by module, scrolled to keep the selection on screen. */
import { MODULE_TITLES, type ModuleLetter } from '../../content/syllabus.js';
import { assertNever } from '../../util/assert-never.js';
import { statusOf, type LessonStatus, type ProgressMap } from '../state/lesson-progress.js';
import { lessonRows, type LessonRow } from '../state/lesson-rows.js';
import { keepVisible, type ListState } from '../state/list-state.js';
import { padEnd, pick, spread, truncate, widthOf } from '../text.js';
import type { LessonSummary } from '../types.js';
import type { ViewContext } from './context.js';
import { BLANK, indented, line, type Line, type Span } from './line.js';

export interface LessonsData {
  readonly lessons: readonly LessonSummary[];
  readonly isLoadingLessons: boolean;
  /** Saved and session progress, for the marks. */
  readonly progress: ProgressMap;
  readonly list: ListState;
  readonly listHeight: number;
}

/** A module's name; a letter the syllabus does not know (newer content) gets a plain name. */
export function moduleTitle(ctx: ViewContext, module: ModuleLetter): string {
  const title = Object.hasOwn(MODULE_TITLES, module) ? MODULE_TITLES[module] : undefined;
  return title ? pick(title, ctx.lang) : ctx.t('lessons.module', { letter: module });
}

function moduleLine(ctx: ViewContext, row: Extract<LessonRow, { kind: 'module' }>): Line {
  return line(truncate(` ${row.module}  ${moduleTitle(ctx, row.module)}`, ctx.width), 'title');
}

/** The mark before a lesson's title: done, started (some pages seen), or nothing. */
function markOf(status: LessonStatus): Span {
  switch (status) {
    case 'done':
      return { text: '✓ ', tone: 'good' };
    case 'started':
      return { text: '◦ ', tone: 'accent' };
    case 'new':
      return { text: '  ' };
    default:
      return assertNever(status);
  }
}

function lessonLine(ctx: ViewContext, lesson: LessonSummary, status: LessonStatus, isSelected: boolean): Line {
  const minutes = ` ${ctx.t('lessons.minutes', { n: lesson.minutes })} `;
  // marker (4 columns) + progress mark (2) + title + minutes: exactly `width` columns
  const titleWidth = Math.max(1, ctx.width - 6 - widthOf(minutes));
  return [
    { text: isSelected ? '  › ' : '    ', tone: 'accent' },
    markOf(status),
    { text: padEnd(truncate(pick(lesson.title, ctx.lang), titleWidth), titleWidth), tone: isSelected ? 'selected' : 'plain' },
    { text: minutes, tone: 'dim' },
  ];
}

export function lessonsLines(ctx: ViewContext, data: LessonsData): Line[] {
  const { t, width } = ctx;
  if (data.isLoadingLessons) return [BLANK, ...indented(t('lessons.loading'), width, 1, 'dim')];
  const rows = lessonRows(data.lessons);
  if (rows.length === 0) return [BLANK, ...indented(t('lessons.empty'), width, 1)];
  const done = data.lessons.filter((l) => l.done).length;
  const view = { selectable: rows.map((r) => r.kind === 'lesson'), height: data.listHeight };
  const start = keepVisible(data.list.offset, data.list.selected, view);
  const selectedLesson = rows.slice(0, data.list.selected + 1).filter((r) => r.kind === 'lesson').length;
  const position = rows.length > data.listHeight ? t('lessons.position', { n: selectedLesson, total: data.lessons.length }) + ' ' : '';
  const title = spread(' ' + t('lessons.title', { done, total: data.lessons.length }), position, width);
  const visible = rows.slice(start, start + data.listHeight).map((row, i) =>
    row.kind === 'module'
      ? moduleLine(ctx, row)
      : lessonLine(ctx, row.lesson, statusOf(row.lesson, data.progress), start + i === data.list.selected),
  );
  return [line(title, 'title'), BLANK, ...visible];
}
