/**
 * A screen body is a list of lines, each made of styled spans. Views build lines with exact
 * widths (see `text.ts`), so the frame's height and width are known before Ink draws anything.
 */
import { truncate, wrap } from '../text.js';

/** How a span is drawn; colours are chosen in one place (`components/lines.tsx`). */
export type Tone =
  | 'plain'
  | 'title'
  | 'accent'
  | 'dim'
  | 'good'
  | 'warn'
  | 'selected'
  /** A claim shown to be wrong: struck through where the terminal can. */
  | 'struck'
  /** Code: a YAML key, a value, a comment, a list dash or document marker. */
  | 'codeKey'
  | 'codeValue'
  | 'codeComment'
  | 'codeDash';

export interface Span {
  readonly text: string;
  readonly tone?: Tone;
}

/** One terminal line; never wider than the width it was built for. */
export type Line = readonly Span[];

export const BLANK: Line = [];

export function line(text: string, tone?: Tone): Line {
  return [{ text, tone }];
}

/** The plain text of a line, for tests and measuring. */
export function lineText(l: Line): string {
  return l.map((s) => s.text).join('');
}

/**
 * Groups of lines under a blank top line, with a blank line between groups: as many of those
 * blanks as fit in `height`, the gaps between groups first.
 */
export function spaced(groups: readonly (readonly Line[])[], height: number): Line[] {
  const kept = groups.filter((g) => g.length > 0);
  let spare = height - kept.reduce((n, g) => n + g.length, 0);
  const out: Line[] = [];
  kept.forEach((g, i) => {
    if (i > 0 && spare > 0) {
      out.push(BLANK);
      spare -= 1;
    }
    out.push(...g);
  });
  return spare > 0 ? [BLANK, ...out] : out;
}

/** At most `max` lines; the last one kept ends in `…` when lines were dropped. */
export function clip(lines: readonly Line[], max: number, width: number): Line[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, Math.max(0, max));
  const last = kept.pop();
  if (!last) return kept;
  return [...kept, line(truncate(lineText(last) + '…', width), last[last.length - 1]?.tone)];
}

/** A paragraph wrapped to `width` minus the indent, each line indented by `by` spaces. */
export function indented(text: string, width: number, by: number, tone?: Tone): Line[] {
  const pad = ' '.repeat(by);
  return wrap(text, width - by).map((t) => [{ text: pad }, { text: t, tone }]);
}

/** A list item: `- ` at `by` columns, continuation lines aligned under the text. */
export function bulleted(text: string, width: number, by: number, tone?: Tone): Line[] {
  const pad = ' '.repeat(by);
  return wrap(text, width - by - 2).map((t, i) => [{ text: pad + (i === 0 ? '- ' : '  ') }, { text: t, tone }]);
}
