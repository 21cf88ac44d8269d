/**
 * Code in a box: highlighted, long lines broken to the box's width (code is never cut: every
 * character matters to someone copying it), and only a window of the lines shown when the box
 * is shorter than the code, with the window's place in its bottom border.
 */
import type { CodeLang } from '../../content/types.js';
import type { Translate } from '../messages.js';
import { padEnd, truncate, widthOf } from '../text.js';
import { highlight } from './highlight.js';
import type { Line, Span } from './line.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Starts the continuation of a line broken to fit. */
const CONTINUED: Span = { text: '↳ ', tone: 'dim' };

/** Columns a box takes beyond its inner width: `│ ` and ` │`. */
export const BOX_SIDES = 4;

/**
 * Spans broken into lines of at most `width` columns, at any character; continuation lines start
 * with `↳ `. Tones carry over the breaks.
 */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const w = Math.max(widthOf(CONTINUED.text) + 1, width);
  const lines: Span[][] = [];
  let current: Span[] = [];
  let used = 0;
  for (const span of spans) {
    let piece = '';
    for (const { segment } of segmenter.segment(span.text)) {
      const cols = widthOf(segment);
      if (used + cols > w && used > 0) {
        if (piece) current.push({ text: piece, tone: span.tone });
        lines.push(current);
        current = [CONTINUED];
        used = widthOf(CONTINUED.text);
        piece = '';
      }
      piece += segment;
      used += cols;
    }
    if (piece) current.push({ text: piece, tone: span.tone });
  }
  lines.push(current);
  return lines;
}

/** The highlighted lines of a code block, broken to `width` columns. Trailing blank lines go. */
export function codeLines(lang: CodeLang, source: string, width: number): Line[] {
  const lines = source.replace(/\s+$/, '').split('\n');
  return lines.flatMap((l) => wrapSpans(highlight(lang, l.replace(/\t/g, '  ')), width));
}

/** What a box holds, laid out for one width. */
export interface BoxContent {
  /** Shown in the top border: the language. */
  readonly label: string;
  /** The code, already broken to `innerWidth`. */
  readonly lines: readonly Line[];
  readonly innerWidth: number;
}

const border = (text: string): Span => ({ text, tone: 'dim' });

function rule(left: string, label: string, right: string, innerWidth: number): Span {
  const fill = innerWidth + BOX_SIDES - 2 - widthOf(label);
  return border(left + label + '─'.repeat(Math.max(0, fill)) + right);
}

/**
 * The box with `rows` lines of code on show from `offset`, indented by `indent` spaces. Its
 * bottom border says which lines show when not all of them do.
 */
export function drawBox(box: BoxContent, rows: number, offset: number, indent: number, t: Translate): Line[] {
  const pad = ' '.repeat(indent);
  const { lines, innerWidth } = box;
  const shown = lines.slice(offset, offset + rows);
  const isWindow = shown.length < lines.length;
  const where = isWindow ? ` ${t('reader.boxLines', { from: offset + 1, to: offset + shown.length, total: lines.length })} ` : '';
  const label = truncate(`─ ${box.label} `, innerWidth);
  const body = shown.map((spans): Line => {
    const used = spans.reduce((n, s) => n + widthOf(s.text), 0);
    return [{ text: pad }, border('│ '), ...spans, { text: padEnd('', innerWidth - used) }, border(' │')];
  });
  const bottomLabel = truncate(where, innerWidth);
  const bottomFill = '─'.repeat(Math.max(0, innerWidth + 1 - widthOf(bottomLabel)));
  return [
    [{ text: pad }, rule('┌', label, '┐', innerWidth)],
    ...body,
    [{ text: pad }, border('└' + bottomFill + bottomLabel + '─┘')],
  ];
}
