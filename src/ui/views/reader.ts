/**
 * The lesson reader's body: the page title and its number, the page scrolled to where the
 * learner is, and a status line; or the lesson finished, loading, missing or unreadable.
 */
import type { Bilingual, Lesson } from '../../content/types.js';
import { assertNever } from '../../util/assert-never.js';
import { hasReaderGap, readerViewport } from '../layout.js';
import { nextLesson } from '../state/lesson-progress.js';
import type { ReaderState } from '../state/reader-state.js';
import { pick, spread } from '../text.js';
import type { LessonSummary } from '../types.js';
import type { ViewContext } from './context.js';
import { BLANK, clip, indented, line, spaced, type Line } from './line.js';
import { drawPage, pagePieces } from './page-layout.js';
import { stepLines } from './step-view.js';

/** What the reader view needs besides the reader. */
export interface ReaderData {
  /** The lesson id on top of the stack. */
  readonly id: string | undefined;
  /** The lessons, with those finished this session marked done (for the next one to offer). */
  readonly lessons: readonly LessonSummary[];
  readonly rows: number;
}

function titleLine(ctx: ViewContext, title: string, right: string): Line {
  const text = spread(' ' + title, right ? right + ' ' : '', ctx.width);
  return line(text, 'title');
}

function pageLines(ctx: ViewContext, reader: ReaderState, lesson: Lesson, rows: number): Line[] {
  const { t, lang, width } = ctx;
  const page = lesson.pages[reader.page];
  if (!page) return [];
  const viewport = readerViewport(rows);
  const all = drawPage(pagePieces(page, lang, width), viewport, reader.boxes, lang);
  const scroll = Math.min(reader.scroll, Math.max(0, all.length - viewport));
  const shown = all.slice(scroll, scroll + viewport);
  const fill = Array.from({ length: viewport - shown.length }, () => BLANK);
  const isLast = reader.page === lesson.pages.length - 1;
  const hasStep = page.body.some((b) => b.kind === 'step');
  const where = all.length > viewport
    ? t('reader.lines', { from: scroll + 1, to: scroll + shown.length, total: all.length })
      + (scroll + viewport < all.length ? ' ' + t('reader.more') : '')
    : '';
  const next = hasStep ? t(isLast ? 'reader.tryFinishHint' : 'reader.tryHint') : t(isLast ? 'reader.finishHint' : 'reader.nextHint');
  return [
    titleLine(ctx, pick(page.title, lang), t('reader.page', { n: reader.page + 1, total: lesson.pages.length })),
    ...(hasReaderGap(rows) ? [BLANK] : []),
    ...shown,
    ...fill,
    line(spread(' ' + where, next + ' ', width), 'dim'),
  ];
}

function finishedLines(ctx: ViewContext, reader: ReaderState, lesson: Lesson, data: ReaderData): Line[] {
  const { t, lang, width, height } = ctx;
  const next = nextLesson(lesson.id, data.lessons);
  const checkpoint = [
    ...indented(t('checkpoint.offer', { n: lesson.checkpoint.length }), width, 1, 'title'),
    ...indented(t('checkpoint.offerKeys'), width, 1),
  ];
  const offer = reader.isCheckpointOffered ? checkpoint : next
    ? [...indented(t('reader.next', { title: pick(next.title, lang) }), width, 1, 'title'), ...indented(t('reader.nextKeys'), width, 1)]
    : indented(t('reader.allDone'), width, 1);
  const body = spaced(
    [indented('✓ ' + t('reader.finished'), width, 1, 'good'), offer, reader.isCheckpointOffered ? [] : indented(t('reader.reread'), width, 1, 'dim')],
    height - 1,
  );
  return [titleLine(ctx, pick(lesson.title, lang), t('reader.doneMark')), ...clip(body, height - 1, width)];
}

export function readerLines(ctx: ViewContext, reader: ReaderState | undefined, data: ReaderData): Line[] {
  const { t, width, height } = ctx;
  const load = reader?.id === data.id ? reader?.load : undefined;
  if (!reader || !load) return [BLANK, ...indented(t('reader.loading'), width, 1, 'dim')];
  switch (load.kind) {
    case 'missing':
      return [BLANK, ...indented(t('lesson.missing', { id: data.id ?? '' }), width, 1, 'warn')];
    case 'broken': {
      const problems = load.problems.flatMap((p) => indented(p, width, 3));
      const hint = indented(t('reader.brokenHint'), width, 1, 'dim');
      return clip(spaced([indented(t('reader.broken'), width, 1, 'warn'), problems, hint], height), height, width);
    }
    case 'ok':
      if (reader.step) return stepLines(ctx, reader.step);
      return reader.isFinished ? finishedLines(ctx, reader, load.lesson, data) : pageLines(ctx, reader, load.lesson, data.rows);
    default:
      return assertNever(load);
  }
}

/** The lesson's title for the header, once it is read. */
export function readerTitle(reader: ReaderState | undefined, id: string | undefined): Bilingual | undefined {
  return reader?.id === id && reader?.load?.kind === 'ok' ? reader.load.lesson.title : undefined;
}
