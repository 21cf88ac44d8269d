/**
 * The lab screen's body, built line by line for an exact height: the two live panels (pods as
 * `get pods -w` prints them, and the newest events), the guide's step, the output of the
 * commands, and the prompt. Side by side panels on wide terminals, one above the other otherwise.
 */
import type { OutLine } from '../../practice/lab/lab-line.js';
import { graphemes } from '../state/quiz-editor.js';
import { chop, truncate, widthOf, wrap } from '../text.js';
import type { ViewContext } from './context.js';
import { labUiText } from './lab-messages.js';
import { BLANK, line, type Line, type Span, type Tone } from './line.js';

/** Everything the screen shows, as plain data. */
export interface LabScreenModel {
  readonly pods: { readonly header: string; readonly rows: readonly string[] };
  readonly events: { readonly header: string; readonly rows: readonly string[] };
  /** The guide: the step in progress, or the closing words; none in the free lab. */
  readonly guide?: { readonly title: string; readonly text: string; readonly hint?: string; readonly isFinished: boolean };
  readonly output: readonly OutLine[];
  /** Output lines scrolled up from the bottom. */
  readonly scroll: number;
  readonly prompt: { readonly text: string; readonly cursor: number };
  /** What Tab found when it was ambiguous. */
  readonly candidates: readonly string[];
  /** A command is following (`-w`, `-f`): the prompt waits. */
  readonly isFollowing: boolean;
}

const SIDE_BY_SIDE_WIDTH = 120;
const CARET: Span = { text: '▏', tone: 'accent' };

const TONES: Readonly<Record<OutLine['tone'], Tone>> = { plain: 'plain', error: 'warn', hint: 'dim', good: 'good', command: 'accent' };

/** A panel: its title, kubectl's header, then the newest rows that fit (`height` lines in all). */
function panel(title: string, header: string, rows: readonly string[], empty: string, width: number, height: number): Line[] {
  const body = Math.max(0, height - 2);
  const shown = rows.length === 0 ? [line(truncate(' ' + empty, width), 'dim')] : rows.slice(-body).map((r) => line(truncate(' ' + r, width)));
  const head = truncate(`─ ${title} `, width);
  const out: Line[] = [line(head + '─'.repeat(Math.max(0, width - widthOf(head))), 'dim')];
  if (height > 1) out.push(line(truncate(' ' + header, width), 'dim'));
  out.push(...shown);
  while (out.length < height) out.push(BLANK);
  return out.slice(0, height);
}

/** Two columns of lines side by side, the left one padded to `leftWidth`. */
function beside(left: readonly Line[], right: readonly Line[], leftWidth: number): Line[] {
  const rows = Math.max(left.length, right.length);
  const out: Line[] = [];
  for (let i = 0; i < rows; i++) {
    const l = left[i] ?? BLANK;
    const text = l.map((s) => s.text).join('');
    out.push([...l, { text: ' '.repeat(Math.max(0, leftWidth - widthOf(text))) }, { text: '│', tone: 'dim' }, ...(right[i] ?? BLANK)]);
  }
  return out;
}

function panels(ctx: ViewContext, m: LabScreenModel, height: number): Line[] {
  const t = labUiText(ctx.lang);
  if (ctx.width >= SIDE_BY_SIDE_WIDTH) {
    // A pods row is rarely wider than 60 columns; the events' messages get the rest.
    const left = Math.max(40, Math.min(64, Math.floor(ctx.width * 0.45)));
    const right = ctx.width - left - 1;
    return beside(
      panel(t('podsPanel'), m.pods.header, m.pods.rows, t('noPods'), left, height),
      panel(t('eventsPanel'), m.events.header, m.events.rows, t('noEvents'), right, height),
      left,
    );
  }
  const podRows = Math.ceil(height * 0.55);
  return [
    ...panel(t('podsPanel'), m.pods.header, m.pods.rows, t('noPods'), ctx.width, podRows),
    ...panel(t('eventsPanel'), m.events.header, m.events.rows, t('noEvents'), ctx.width, height - podRows),
  ];
}

function guideLines(ctx: ViewContext, m: LabScreenModel, max: number): Line[] {
  if (!m.guide || max <= 0) return [];
  const t = labUiText(ctx.lang);
  const g = m.guide;
  const head = `${g.title}: `;
  const text = wrap(head + g.text, ctx.width - 2).map((l, i): Line => (i === 0
    ? [{ text: ' ' }, { text: l.slice(0, head.length), tone: g.isFinished ? 'good' : 'accent' }, { text: l.slice(head.length), tone: 'title' }]
    : [{ text: ' ' + l, tone: 'title' }]));
  const hint = g.hint ? wrap(t('hint', { text: g.hint }), ctx.width - 2).map((l) => line(' ' + l, 'dim')) : [];
  const all = [...text, ...hint];
  return all.length <= max ? all : [...all.slice(0, max - 1), line(truncate(' ' + (all[max - 1] ?? []).map((s) => s.text).join('').trim() + '…', ctx.width), 'title')];
}

/** How many screen lines the output takes at `width`, wrapped: how far it can scroll. */
export function outputHeight(output: readonly OutLine[], width: number): number {
  return output.reduce((n, o) => n + chop(o.text, width).length, 0);
}

function outputLines(ctx: ViewContext, m: LabScreenModel, height: number): Line[] {
  if (height <= 0) return [];
  const t = labUiText(ctx.lang);
  // Long lines wrap as a terminal wraps them; only the newest lines that can show are wrapped.
  const need = height + m.scroll;
  const all: Line[] = [];
  for (let i = m.output.length - 1; i >= 0 && all.length < need + 1; i--) {
    const o = m.output[i];
    all.unshift(...chop(o.text, ctx.width).map((piece) => line(piece, TONES[o.tone])));
  }
  // Scrolled, the last line says so: the top is reached one line later than it would be without it.
  const scroll = all.length <= height ? 0 : Math.min(m.scroll, all.length - height + 1);
  const end = all.length - scroll;
  if (scroll === 0) return all.slice(Math.max(0, end - height), end);
  return [...all.slice(Math.max(0, end - height + 1), end), line(truncate(t('scrolled', { n: scroll }), ctx.width), 'dim')];
}

function promptLine(ctx: ViewContext, m: LabScreenModel): Line {
  if (m.isFollowing) return line(' ', 'dim');
  const before = m.prompt.text.slice(0, m.prompt.cursor);
  const after = m.prompt.text.slice(m.prompt.cursor);
  // Long lines scroll so the cursor stays in sight; widths are columns (Hangul takes two).
  const room = ctx.width - 4;
  const shownBefore = widthOf(before) > room ? '…' + tail(before, room - 1) : before;
  return [{ text: '$ ', tone: 'accent' }, { text: shownBefore }, CARET, { text: truncate(after, Math.max(0, room - widthOf(shownBefore))) }];
}

/** The end of `text` that fits in `width` columns, cut between graphemes. */
function tail(text: string, width: number): string {
  let out = '';
  for (const g of graphemes(text).reverse()) {
    if (widthOf(g + out) > width) break;
    out = g + out;
  }
  return out;
}

/** Candidates from `from` on, two spaces apart, as many as fit in `width` (at least one, cut if need be). */
function fill(words: readonly string[], from: number, width: number): { readonly text: string; readonly next: number } {
  let text = truncate(words[from] ?? '', width);
  let next = from + 1;
  while (next < words.length && widthOf(`${text}  ${words[next]}`) <= width) text += `  ${words[next++]}`;
  return { text, next };
}

/** Tab's candidates on two lines at most; the second keeps room to say how many did not fit. */
function candidateLines(ctx: ViewContext, m: LabScreenModel): Line[] {
  const words = m.candidates;
  if (words.length === 0) return [];
  const t = labUiText(ctx.lang);
  const room = ctx.width - 2;
  const first = fill(words, 0, room);
  if (first.next >= words.length) return [line(' ' + first.text, 'dim')];
  let second = fill(words, first.next, room);
  if (second.next < words.length) {
    const more = (n: number) => `  (${t('more', { n })})`;
    const cut = fill(words, first.next, Math.max(1, room - widthOf(more(words.length))));
    second = { text: cut.text + more(words.length - cut.next), next: cut.next };
  }
  return [line(' ' + first.text, 'dim'), line(' ' + second.text, 'dim')];
}

/** The body of the lab screen, exactly `ctx.height` lines. */
export function labBody(ctx: ViewContext, m: LabScreenModel): Line[] {
  const height = ctx.height;
  const prompt = promptLine(ctx, m);
  const candidates = candidateLines(ctx, m);
  const guide = guideLines(ctx, m, Math.max(1, Math.floor(height / 6)));
  const panelHeight = Math.max(3, Math.min(ctx.width >= SIDE_BY_SIDE_WIDTH ? 10 : 14, Math.floor(height * 0.42)));
  const top = height >= 12 ? panels(ctx, m, panelHeight) : [];
  const fixed = top.length + guide.length + (guide.length ? 1 : 0) + candidates.length + 1;
  const out = outputLines(ctx, m, height - fixed);
  const head: Line[] = [...top, ...guide, ...(guide.length ? [BLANK] : [])];
  const pad = Math.max(0, height - head.length - out.length - candidates.length - 1);
  // The output sits on the prompt, as in a shell; the space left over goes above it.
  return [...head, ...Array<Line>(pad).fill(BLANK), ...out, ...candidates, prompt].slice(-height);
}
