/**
 * Small text charts: a bar, a sparkline, columns of counts and a calendar of squares. Every
 * glyph is one column wide, and each chart is built to a width it is given.
 */
import type { ForecastDay } from '../../quiz/index.js';
import { activityLevel, type CalendarDay, type DayScore } from '../state/quiz-figures.js';
import { padEnd, truncate, widthOf } from '../text.js';
import type { Line, Span } from './line.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** A bar of `width` columns filled to `share` (0 to 1): `██████░░░░`. */
export function bar(share: number, width: number): Span[] {
  const w = Math.max(1, width);
  const filled = Math.round(Math.max(0, Math.min(1, share)) * w);
  return [{ text: '█'.repeat(filled), tone: 'good' }, { text: '░'.repeat(w - filled), tone: 'dim' }];
}

/** One labelled bar: `label  ████░░░░  40% 2/5`, exactly `width` columns. */
export function barLine(label: string, share: number, detail: string, width: number): Line {
  const pct = `${String(Math.round(share * 100)).padStart(3)}%`;
  const right = ` ${pct} ${detail}`;
  const labelWidth = Math.min(22, Math.max(6, Math.floor(width * 0.4)));
  const barWidth = Math.max(4, width - 1 - labelWidth - 1 - widthOf(right));
  return [
    { text: ' ' + padEnd(truncate(label, labelWidth), labelWidth) + ' ' },
    ...bar(share, barWidth),
    { text: right, tone: 'dim' },
  ];
}

/** One glyph a day: higher for a larger share of right answers, `·` for a day without answers. */
export function sparkline(days: readonly DayScore[]): string {
  return days.map((d) => (d.answered === 0 ? '·' : BLOCKS[Math.round((d.correct / d.answered) * (BLOCKS.length - 1))])).join('');
}

/** Columns `cell` wide: a bar scaled to the largest count, and the count under it. */
export function forecastLines(days: readonly ForecastDay[], cell: number): [Line, Line] {
  const max = Math.max(0, ...days.map((d) => d.count));
  const bars = days.map((d) => {
    const glyph = d.count === 0 ? ' ' : BLOCKS[Math.max(0, Math.ceil((d.count / max) * BLOCKS.length) - 1)];
    return padEnd(' '.repeat(cell - 2) + glyph.repeat(Math.min(2, cell)), cell);
  });
  // A count keeps a blank before it; one too wide for its column shows as many `+` as fit.
  const counts = days.map((d) => (String(d.count).length < cell ? String(d.count) : '+'.repeat(cell - 1)).padStart(cell));
  return [[{ text: bars.join(''), tone: 'good' }], [{ text: counts.join(''), tone: 'dim' }]];
}

const SQUARES = ['·', '░', '▒', '▓', '█'] as const;

/**
 * The calendar: a row per weekday (labels on Monday, Wednesday, Friday as GitHub does), a
 * column per week, each square followed by a space.
 */
export function calendarLines(weeks: readonly (readonly CalendarDay[])[], labels: { readonly mon: string; readonly wed: string; readonly fri: string }): Line[] {
  const labelWidth = Math.max(widthOf(labels.mon), widthOf(labels.wed), widthOf(labels.fri)) + 1;
  const names = [labels.mon, '', labels.wed, '', labels.fri, '', ''];
  return names.map((name, row): Line => {
    const squares = weeks.map((week) => {
      const day = week[row];
      if (!day || day.isFuture) return '  ';
      return SQUARES[activityLevel(day)] + ' ';
    });
    return [{ text: ' ' + padEnd(name, labelWidth), tone: 'dim' }, { text: squares.join('').trimEnd(), tone: 'good' }];
  });
}
