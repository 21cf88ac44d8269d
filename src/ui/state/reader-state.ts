/**
 * The lesson reader: which page is on screen, how far it is scrolled, where each code box's
 * window stands, and whether the learner has read past the last page. Pure; the page is
 * measured through `views/page-layout.ts` at the terminal size each key arrives with.
 */
import type { Lesson, Page } from '../../content/types.js';
import type { Lang } from '../../i18n/index.js';
import { assertNever } from '../../util/assert-never.js';
import type { Intent } from '../keys.js';
import { readerViewport } from '../layout.js';
import type { LessonLoad } from '../types.js';
import { maxBoxOffset, measurePage, pagePieces, type BoxPlace, type PageMetrics } from '../views/page-layout.js';
import { openStep, type StepState } from './step-state.js';

export interface ReaderState {
  readonly id: string;
  /** Undefined while the file is being read. */
  readonly load: LessonLoad | undefined;
  /** Where to open once the lesson is read: a page id, or a 0-based number in older saves. */
  readonly wanted: string | number | undefined;
  /** The page on screen, 0-based. */
  readonly page: number;
  /** Read past the last page: the lesson is done, and the reader says so. */
  readonly isFinished: boolean;
  /** Finished, and the lesson's checkpoint is offered before the next lesson. */
  readonly isCheckpointOffered: boolean;
  /** The first page line on screen. */
  readonly scroll: number;
  /** The first code line on show in each box of the page, by box number; 0 when absent. */
  readonly boxes: readonly number[];
  /** The hands-on step open over the page, if any. */
  readonly step: StepState | undefined;
}

/** The screen a key arrives on. */
export interface ReaderEnv {
  readonly lang: Lang;
  readonly columns: number;
  readonly rows: number;
  /** The editor fix steps open, as the learner knows it; none can be opened when undefined. */
  readonly editor?: string;
  /** A checkpoint can be asked (the app has the quiz): finishing a lesson offers its own. */
  readonly canCheckpoint?: boolean;
}

/** What a key did beyond the reader: finished the lesson, asked for the next one or for its checkpoint. */
export type ReaderOutcome = 'finished' | 'next' | 'checkpoint';

/** The page a saved place names: a page id, or a page number; the first page otherwise. */
function pageIndex(lesson: Lesson, wanted: string | number | undefined): number {
  if (typeof wanted === 'string') return Math.max(0, lesson.pages.findIndex((p) => p.id === wanted));
  if (typeof wanted === 'number' && Number.isInteger(wanted) && wanted >= 0 && wanted < lesson.pages.length) return wanted;
  return 0;
}

/** A reader for lesson `id`, opening at `wanted` once the lesson is there (now, when `cached`). */
export function openReader(id: string, wanted: string | number | undefined, cached?: LessonLoad): ReaderState {
  const closed: ReaderState = { id, load: undefined, wanted, page: 0, isFinished: false, isCheckpointOffered: false, scroll: 0, boxes: [], step: undefined };
  return cached ? readerLoaded(closed, cached) : closed;
}

/** The lesson file has been read. */
export function readerLoaded(reader: ReaderState, load: LessonLoad): ReaderState {
  if (reader.load) return reader;
  return { ...reader, load, page: load.kind === 'ok' ? pageIndex(load.lesson, reader.wanted) : 0 };
}

export function lessonOf(reader: ReaderState): Lesson | undefined {
  return reader.load?.kind === 'ok' ? reader.load.lesson : undefined;
}

/** The page on screen, or undefined while there is no lesson. */
export function pageOf(reader: ReaderState): Page | undefined {
  return lessonOf(reader)?.pages[reader.page];
}

function measure(page: Page, env: ReaderEnv): { metrics: PageMetrics; viewport: number } {
  const viewport = readerViewport(env.rows);
  return { metrics: measurePage(pagePieces(page, env.lang, env.columns), viewport), viewport };
}

const offsetOf = (reader: ReaderState, box: BoxPlace) => Math.min(reader.boxes[box.index] ?? 0, maxBoxOffset(box));

function withBox(reader: ReaderState, box: BoxPlace, offset: number, scroll: number): ReaderState {
  const boxes = [...reader.boxes];
  boxes[box.index] = offset;
  return { ...reader, boxes: Array.from(boxes, (b) => b ?? 0), scroll };
}

/**
 * One line up or down. A code box entirely on screen that can still move its window takes the
 * key (the first such box going down, the last going up); otherwise the page scrolls.
 */
function step(reader: ReaderState, by: 1 | -1, metrics: PageMetrics, viewport: number): ReaderState {
  const maxScroll = Math.max(0, metrics.height - viewport);
  const scroll = Math.min(reader.scroll, maxScroll);
  const isWhole = (b: BoxPlace) => b.top >= scroll && b.top + b.rows + 2 <= scroll + viewport;
  const boxes = by > 0 ? metrics.boxes : [...metrics.boxes].reverse();
  const box = boxes.find((b) => isWhole(b) && (by > 0 ? offsetOf(reader, b) < maxBoxOffset(b) : offsetOf(reader, b) > 0));
  if (box) return withBox(reader, box, offsetOf(reader, box) + by, scroll);
  const next = Math.min(maxScroll, Math.max(0, scroll + by));
  return next === reader.scroll ? reader : { ...reader, scroll: next };
}

/**
 * A screen up or down. The page moves when it is taller than the screen; otherwise the box on
 * screen moves by its own height.
 */
function leap(reader: ReaderState, by: 1 | -1, metrics: PageMetrics, viewport: number): ReaderState {
  const maxScroll = Math.max(0, metrics.height - viewport);
  if (maxScroll > 0) {
    const next = Math.min(maxScroll, Math.max(0, Math.min(reader.scroll, maxScroll) + by * Math.max(1, viewport - 1)));
    return next === reader.scroll ? reader : { ...reader, scroll: next };
  }
  const boxes = by > 0 ? metrics.boxes : [...metrics.boxes].reverse();
  const box = boxes.find((b) => (by > 0 ? offsetOf(reader, b) < maxBoxOffset(b) : offsetOf(reader, b) > 0));
  if (!box) return reader;
  const offset = Math.min(maxBoxOffset(box), Math.max(0, offsetOf(reader, box) + by * Math.max(1, box.rows - 1)));
  return withBox(reader, box, offset, 0);
}

const toPage = (reader: ReaderState, page: number): ReaderState => ({ ...reader, page, scroll: 0, boxes: [] });

/**
 * The step Enter opens: the first whose first line is on screen; else the one scrolled into
 * (the last starting above the screen); else the first below it.
 */
function stepOnScreen(metrics: PageMetrics, scroll: number, viewport: number): number | undefined {
  const { steps } = metrics;
  const seen = steps.find((s) => s.top >= scroll && s.top < scroll + viewport);
  return (seen ?? steps.filter((s) => s.top < scroll).pop() ?? steps[0])?.block;
}

function withStep(reader: ReaderState, page: Page, block: number, editor: string | undefined): ReaderState {
  const found = page.body[block];
  if (found?.kind !== 'step') return reader;
  return { ...reader, step: openStep(found, { page: reader.page, block }, editor) };
}

/** A key in the reader. Keys that mean nothing here leave the state as it is. */
export function reduceReader(
  reader: ReaderState,
  intent: Intent,
  env: ReaderEnv,
): { readonly reader: ReaderState; readonly outcome?: ReaderOutcome } {
  const lesson = lessonOf(reader);
  const page = pageOf(reader);
  if (!lesson || !page) return { reader };
  const last = lesson.pages.length - 1;
  if (reader.isFinished) {
    // Enter takes the checkpoint; any other key passes it by, to the finished screen as before.
    if (reader.isCheckpointOffered) return { reader: { ...reader, isCheckpointOffered: false }, ...(intent === 'enter' ? { outcome: 'checkpoint' as const } : {}) };
    if (intent === 'left') return { reader: { ...reader, isFinished: false } };
    return intent === 'right' || intent === 'open' || intent === 'enter' ? { reader, outcome: 'next' } : { reader };
  }
  const { metrics, viewport } = measure(page, env);
  switch (intent) {
    case 'enter': {
      const block = stepOnScreen(metrics, Math.min(reader.scroll, Math.max(0, metrics.height - viewport)), viewport);
      if (block !== undefined) return { reader: withStep(reader, page, block, env.editor) };
      return reduceReader(reader, 'open', env);
    }
    case 'right':
    case 'open':
      if (reader.page < last) return { reader: toPage(reader, reader.page + 1) };
      return { reader: { ...reader, isFinished: true, isCheckpointOffered: env.canCheckpoint === true && lesson.checkpoint.length > 0 }, outcome: 'finished' };
    case 'left':
      return { reader: reader.page > 0 ? toPage(reader, reader.page - 1) : reader };
    case 'down':
    case 'up':
      return { reader: step(reader, intent === 'down' ? 1 : -1, metrics, viewport) };
    case 'pageDown':
    case 'pageUp':
      return { reader: leap(reader, intent === 'pageDown' ? 1 : -1, metrics, viewport) };
    case 'first':
      return { reader: { ...reader, scroll: 0, boxes: [] } };
    case 'last':
      return { reader: { ...reader, scroll: Math.max(0, metrics.height - viewport) } };
    // Handled by the app for every screen.
    case 'back':
    case 'leave':
    case 'help':
    case 'lang':
    case 'quit':
      return { reader };
    default:
      return assertNever(intent);
  }
}
