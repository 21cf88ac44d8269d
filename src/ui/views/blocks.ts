/**
 * A lesson page's blocks laid out for one width and language: lines, and code boxes whose
 * height the reader chooses later (it depends on the terminal's height, not on the block).
 */
import type { Block, Trap } from '../../content/types.js';
import { assertNever } from '../../util/assert-never.js';
import type { Translate } from '../messages.js';
import { pick, truncate, widthOf, wrap } from '../text.js';
import { BOX_SIDES, codeLines, wrapSpans, type BoxContent } from './code-box.js';
import type { ViewContext } from './context.js';
import { indented, type Line, type Tone } from './line.js';

/**
 * Lines, or a box of code that may show only a window of its lines. `step`: these lines start
 * the hands-on step that is block number `step` of the page body.
 */
export type Piece =
  | { readonly kind: 'lines'; readonly lines: readonly Line[]; readonly step?: number }
  | { readonly kind: 'box'; readonly box: BoxContent };

/** Text stops widening here: lines much longer are hard to read. Preformatted text may go wider. */
export const READING_WIDTH = 100;

/** What laying out a block needs. */
type Layout = Pick<ViewContext, 'lang' | 't'> & {
  /** Columns for text and boxes. */
  readonly area: number;
  /** Columns of the terminal, for preformatted text. */
  readonly width: number;
};

const lines = (l: readonly Line[]): Piece => ({ kind: 'lines', lines: l });

function box(label: string, lang: Parameters<typeof codeLines>[0], source: string, area: number): Piece {
  const innerWidth = Math.max(4, area - 2 - BOX_SIDES);
  return { kind: 'box', box: { label, lines: codeLines(lang, source, innerWidth), innerWidth } };
}

/** `label` then `text` wrapped under itself (a hanging indent), the whole at `by` columns. */
function labelled(label: string, labelTone: Tone, text: string, tone: Tone, area: number, by: number): Line[] {
  const labelWidth = widthOf(label);
  const pad = ' '.repeat(by);
  return wrap(text, area - 1 - by - labelWidth).map((t, i): Line => [
    { text: i === 0 ? pad : pad + ' '.repeat(labelWidth) },
    ...(i === 0 ? [{ text: label, tone: labelTone }] : []),
    { text: t, tone },
  ]);
}

/**
 * Preformatted lines as written, at `by` columns: never wrapped, a line too wide cut with `…`.
 * Tells whether any line was cut.
 */
function verbatim(text: string, width: number, by: number, tone?: Tone): { lines: Line[]; isCut: boolean } {
  const room = Math.max(1, width - by);
  const rows = text.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\s+$/, ''));
  const isCut = rows.some((r) => widthOf(r) > room);
  return { lines: rows.map((r): Line => [{ text: ' '.repeat(by) }, { text: truncate(r, room), tone }]), isCut };
}

function traps(ctx: Layout, list: readonly Trap[]): Line[] {
  const { t, lang, area } = ctx;
  return list.flatMap((trap, i) => [
    ...(i > 0 ? [[]] : []),
    ...labelled(t('reader.myth') + ' ', 'warn', pick(trap.claim, lang), 'struck', area, 1),
    ...labelled(t('reader.fact') + ' ', 'good', pick(trap.truth, lang), 'plain', area, 1),
  ]);
}

/** `$ command`, broken to fit with the continuation under the command. */
function prompt(command: string, area: number): Line[] {
  return wrapSpans([{ text: command, tone: 'title' }], area - 4).map((spans, i): Line => [
    { text: i === 0 ? ' ' : '   ' },
    ...(i === 0 ? [{ text: '$ ', tone: 'accent' as const }] : []),
    ...spans,
  ]);
}

function blockPieces(ctx: Layout, block: Block, index: number, t: Translate): Piece[] {
  const { lang, area, width } = ctx;
  switch (block.kind) {
    case 'text':
      return [lines(indented(pick(block.text, lang), area - 1, 1))];
    case 'code':
      return [
        box(block.lang, block.lang, block.source, area),
        ...(block.caption ? [lines(indented(pick(block.caption, lang), area - 1, 1, 'dim'))] : []),
      ];
    case 'kubectl': {
      const note = block.note ? indented(pick(block.note, lang), area - 1, 3, 'dim') : [];
      const output = block.output === undefined ? [] : verbatim(block.output, width, 3).lines;
      return [lines([...prompt(block.command, area), ...note, ...output])];
    }
    case 'diagram': {
      const art = verbatim(pick(block.art, lang), width, 1);
      const cut = art.isCut ? indented(t('reader.cut'), area - 1, 1, 'dim') : [];
      return [lines([...art.lines, ...cut])];
    }
    case 'traps':
      return [lines(traps(ctx, block.traps))];
    case 'step': {
      const title = t(block.type === 'predict' ? 'reader.predict' : 'reader.fix');
      return [
        { kind: 'lines', lines: [...indented(title, area - 1, 1, 'accent'), ...indented(pick(block.prompt, lang), area - 1, 1)], step: index },
        box('yaml', 'yaml', block.manifest, area),
        lines(indented(t('reader.stepTry'), area - 1, 1, 'accent')),
      ];
    }
    default:
      return assertNever(block);
  }
}

/** The pieces of a page body, a blank line between blocks. */
export function bodyPieces(ctx: Pick<ViewContext, 'lang' | 't' | 'width'>, body: readonly Block[]): Piece[] {
  const layout: Layout = { ...ctx, area: Math.min(ctx.width, READING_WIDTH) };
  return body.flatMap((block, i) => [...(i > 0 ? [lines([[]])] : []), ...blockPieces(layout, block, i, ctx.t)]);
}
