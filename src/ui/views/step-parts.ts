/**
 * Pieces the step screens share: times as the learner reads them, `kubectl get pods` rows,
 * event lines, and the manifest in a box that shows a window of it.
 */
import type { Translate } from '../messages.js';
import type { PodRowText, StepEvent } from '../steps/types.js';
import { padEnd, spread, truncate, widthOf } from '../text.js';
import { READING_WIDTH } from './blocks.js';
import { BOX_SIDES, codeLines, drawBox, type BoxContent } from './code-box.js';
import type { ViewContext } from './context.js';
import { line, type Line } from './line.js';

/** `2.5s`, `60s`, `119s`, then `2m5s` as kubectl's ages go; milliseconds in. */
export function formatT(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 120) return `${Number(seconds.toFixed(1))}s`;
  return `${Math.floor(seconds / 60)}m${Math.floor(seconds % 60)}s`;
}

/** The step screen's first line: what the step is, and on the right what it is about. */
export function stepTitle(ctx: ViewContext, title: string, right = ''): Line {
  return line(spread(' ' + title, right ? right + ' ' : '', ctx.width), 'title');
}

const HEADERS = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] as const;

/** `kubectl get pods` for the rows given: a header, then one line each, columns 3 apart. */
export function podTable(rows: readonly PodRowText[], width: number): Line[] {
  const cells = rows.map((r) => [r.name, r.ready, r.status, r.restarts, r.age]);
  const widths = HEADERS.map((h, i) => Math.max(widthOf(h), ...cells.map((c) => widthOf(c[i] ?? ''))));
  const join = (values: readonly string[]) => values.map((v, i) => (i === values.length - 1 ? v : padEnd(v, (widths[i] ?? 0) + 3))).join('');
  return [line(truncate(' ' + join(HEADERS), width), 'dim'), ...cells.map((c) => line(truncate(' ' + join(c), width)))];
}

/** One event: when it last happened, its type, its reason (`×3` when repeated) and message. */
export function eventLines(events: readonly StepEvent[], width: number): Line[] {
  const reasons = events.map((e) => e.reason + (e.count > 1 ? ` ×${e.count}` : ''));
  const reasonWidth = Math.min(20, Math.max(0, ...reasons.map(widthOf)));
  return events.map((e, i): Line => {
    const head = `  ${formatT(e.lastT).padStart(6)}  `;
    const reason = padEnd(truncate(reasons[i] ?? '', reasonWidth), reasonWidth) + '  ';
    const used = widthOf(head) + 8 + widthOf(reason);
    return [
      { text: head, tone: 'dim' },
      { text: padEnd(e.type, 8), tone: e.type === 'Warning' ? 'warn' : 'dim' },
      { text: reason, tone: 'title' },
      { text: truncate(e.message, Math.max(0, width - used)) },
    ];
  });
}

/** A manifest laid out for a box as wide as the reader's. */
export function manifestBox(text: string, label: string, width: number): BoxContent {
  const area = Math.min(width, READING_WIDTH);
  const innerWidth = Math.max(4, area - 2 - BOX_SIDES);
  return { label, lines: codeLines('yaml', text, innerWidth), innerWidth };
}

/** The largest first line of a box showing `rows` lines. */
export const maxOffset = (box: BoxContent, rows: number): number => Math.max(0, box.lines.length - rows);

/** The box with `rows` lines on show from `offset` (kept in range). */
export function boxLines(box: BoxContent, rows: number, offset: number, t: Translate): Line[] {
  const shown = Math.max(1, Math.min(rows, box.lines.length));
  return drawBox(box, shown, Math.min(Math.max(0, offset), maxOffset(box, shown)), 1, t);
}
