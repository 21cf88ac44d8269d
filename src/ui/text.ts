/**
 * Measuring, cutting and wrapping text by terminal columns. Hangul and other wide characters take
 * two columns, so lengths in code units would overflow the screen.
 */
import stringWidth from 'string-width';
import type { Bilingual } from '../content/types.js';
import type { Lang } from '../i18n/index.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns a string takes in the terminal. */
export function widthOf(text: string): number {
  return stringWidth(text);
}

/** The text in the given language; English when that translation is empty. */
export function pick(text: Bilingual, lang: Lang): string {
  return (text[lang] || text.en).normalize('NFC');
}

/** Cuts `text` to at most `width` columns, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = widthOf(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + '…';
}

/** `text` cut into pieces of at most `width` columns, as a terminal wraps a long line. */
export function chop(text: string, width: number): string[] {
  if (width <= 0 || widthOf(text) <= width) return [text];
  const out: string[] = [];
  let piece = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = widthOf(segment);
    if (used + w > width && piece !== '') {
      out.push(piece);
      piece = '';
      used = 0;
    }
    piece += segment;
    used += w;
  }
  out.push(piece);
  return out;
}

/** `text` followed by spaces up to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)));
}

/**
 * `left` and `right` on one line of exactly `width` columns, `right` flush right; `left` is cut
 * first, and `right` too when even it does not fit.
 */
export function spread(left: string, right: string, width: number): string {
  const rightWidth = widthOf(right);
  if (rightWidth + 1 > width) return truncate(left, width);
  const cutLeft = truncate(left, width - rightWidth - 1);
  return padEnd(cutLeft, width - rightWidth) + right;
}

/** Splits a word wider than `width` into pieces that fit (paths, long identifiers). */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of segmenter.segment(word)) {
    if (piece && widthOf(piece + segment) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Word-wraps `text` to lines of at most `width` columns. Lines never start with the space they
 * were broken at; explicit newlines are kept.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((x) => x !== '')) {
      const candidate = line ? line + ' ' + word : word;
      if (widthOf(candidate) <= w) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = breakWord(word, w);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}
