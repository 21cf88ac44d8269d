/**
 * A lesson page as the reader scrolls it: its blocks laid out once per language and width,
 * code boxes given a height that fits the screen, and where each box sits on the page.
 * The reducer and the view both measure through here, so they agree on every line.
 */
import type { Page } from '../../content/types.js';
import type { Lang } from '../../i18n/index.js';
import { uiText } from '../messages.js';
import { drawBox } from './code-box.js';
import { bodyPieces, type Piece } from './blocks.js';
import type { Line } from './line.js';

/** A code box on a page: its first line on the page, and its window on the code. */
export interface BoxPlace {
  /** The box's number on the page, in order. */
  readonly index: number;
  /** The page line of its top border. */
  readonly top: number;
  /** Lines of code on show at once. */
  readonly rows: number;
  /** Lines of code in all. */
  readonly total: number;
}

/** A hands-on step on a page: its block in the page body, and the page line it starts on. */
export interface StepSpot {
  readonly block: number;
  readonly top: number;
}

/** A page's size for one screen. */
export interface PageMetrics {
  /** Lines of the whole page. */
  readonly height: number;
  readonly boxes: readonly BoxPlace[];
  readonly steps: readonly StepSpot[];
}

const cache = new WeakMap<Page, Map<string, readonly Piece[]>>();

/** The pieces of a page; laid out once per language and width (a key press only moves them). */
export function pagePieces(page: Page, lang: Lang, width: number): readonly Piece[] {
  let byLayout = cache.get(page);
  if (!byLayout) cache.set(page, (byLayout = new Map()));
  const key = `${lang} ${width}`;
  let pieces = byLayout.get(key);
  if (!pieces) byLayout.set(key, (pieces = bodyPieces({ lang, t: uiText(lang), width }, page.body)));
  return pieces;
}

/**
 * The most lines of code a box shows at once in a viewport of `viewport` lines: room for its
 * borders and a line of context. In a very short viewport boxes are not limited and the page
 * scrolls through them instead, as a box could never be seen whole.
 */
export function boxRowsFor(viewport: number): number {
  return viewport >= 8 ? viewport - 4 : Number.POSITIVE_INFINITY;
}

export function measurePage(pieces: readonly Piece[], viewport: number): PageMetrics {
  const limit = boxRowsFor(viewport);
  const boxes: BoxPlace[] = [];
  const steps: StepSpot[] = [];
  let height = 0;
  for (const piece of pieces) {
    if (piece.kind === 'lines') {
      if (piece.step !== undefined) steps.push({ block: piece.step, top: height });
      height += piece.lines.length;
      continue;
    }
    const total = piece.box.lines.length;
    const rows = Math.min(total, limit);
    boxes.push({ index: boxes.length, top: height, rows, total });
    height += rows + 2;
  }
  return { height, boxes, steps };
}

/** The largest offset of a box's window. */
export function maxBoxOffset(place: BoxPlace): number {
  return Math.max(0, place.total - place.rows);
}

/** Every line of the page, each box showing its window from `offsets[index]` (0 by default). */
export function drawPage(pieces: readonly Piece[], viewport: number, offsets: readonly number[], lang: Lang): Line[] {
  const t = uiText(lang);
  const limit = boxRowsFor(viewport);
  const out: Line[] = [];
  let index = 0;
  for (const piece of pieces) {
    if (piece.kind === 'lines') {
      out.push(...piece.lines);
      continue;
    }
    const rows = Math.min(piece.box.lines.length, limit);
    const offset = Math.min(Math.max(0, offsets[index] ?? 0), piece.box.lines.length - rows);
    out.push(...drawBox(piece.box, rows, offset, 1, t));
    index += 1;
  }
  return out;
}
