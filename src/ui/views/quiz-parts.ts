/** Pieces the quiz screens are drawn from: what they see, and lines with hanging indents. */
import type { Bilingual, LessonLink } from '../../content/types.js';
import { pick, truncate, widthOf, wrap } from '../text.js';
import type { LessonSummary } from '../types.js';
import type { QuizArea } from '../state/quiz-area.js';
import { codeLines } from './code-box.js';
import type { ViewContext } from './context.js';
import type { Line, Span, Tone } from './line.js';
import { quizUiText, type QuizTranslate } from './quiz-messages.js';

/** A view context with the quiz screens' own messages. */
export interface QuizContext extends ViewContext {
  readonly q: QuizTranslate;
}

export function quizContext(ctx: ViewContext): QuizContext {
  return { ...ctx, q: quizUiText(ctx.lang) };
}

/** What the quiz screens show besides their own state. */
export interface QuizViewData {
  readonly area: QuizArea;
  /** For lesson titles; may be empty while the lessons load. */
  readonly lessons: readonly LessonSummary[];
  readonly now: Date;
}

/**
 * A screen of the quiz: a fixed first line, and a document scrolled under it. `focus` is the
 * part of the document the learner must see (the cursor, a verdict): scrolling follows it.
 */
export interface QuizScreen {
  readonly header: Line;
  readonly lines: readonly Line[];
  readonly focus: { readonly from: number; readonly to: number };
}

/** The text of a bilingual string, NFC. */
export const textOf = (ctx: QuizContext, text: Bilingual): string => pick(text, ctx.lang);

/**
 * A paragraph under a prefix: the first line starts with `prefix`, the others are indented to
 * start under the text, all at most `ctx.width` columns.
 */
export function hang(ctx: ViewContext, prefix: readonly Span[], text: string, tone?: Tone): Line[] {
  const lead = prefix.reduce((n, s) => n + widthOf(s.text), 0);
  const pad = ' '.repeat(lead);
  return wrap(text, Math.max(1, ctx.width - lead)).map((t, i): Line => [...(i === 0 ? prefix : [{ text: pad }]), { text: t, tone }]);
}

/** A paragraph (which may hold line breaks) indented by `by` columns. */
export function para(ctx: ViewContext, text: string, by: number, tone?: Tone): Line[] {
  return hang(ctx, [{ text: ' '.repeat(by) }], text.replace(/\n+$/, ''), tone);
}

/** Code indented by 3 columns, highlighted, long lines broken (never cut). */
export function code(ctx: ViewContext, source: string, lang: 'yaml' | 'shell' = 'yaml'): Line[] {
  return codeLines(lang, source, Math.max(8, ctx.width - 3)).map((l) => [{ text: '   ' }, ...l]);
}

/** Columns of a screen's fixed line: the last three hold the scroll arrows. */
export const headerWidth = (ctx: ViewContext): number => Math.max(1, ctx.width - 3);

/** A line cut or padded to exactly `width` columns. */
export function fitLine(line: Line, width: number): Line {
  const out: Span[] = [];
  let used = 0;
  for (const s of line) {
    const text = truncate(s.text, width - used);
    if (text !== '') out.push({ ...s, text });
    used += widthOf(text);
    if (text !== s.text) break;
  }
  return used < width ? [...out, { text: ' '.repeat(width - used) }] : out;
}

/** `text` on the left, `right` flush right, in exactly `width` columns; the left is cut first. */
export function spreadSpans(left: readonly Span[], right: Span, width: number): Line {
  const rightWidth = widthOf(right.text);
  const room = Math.max(0, width - rightWidth - 1);
  let used = 0;
  const kept: Span[] = [];
  for (const s of left) {
    const text = truncate(s.text, room - used);
    if (text === '') break;
    kept.push({ ...s, text });
    used += widthOf(text);
    if (text !== s.text) break;
  }
  const gap = Math.max(1, width - used - rightWidth);
  return rightWidth + 1 > width ? kept : [...kept, { text: ' '.repeat(gap) }, right];
}

/** A lesson as the learner knows it: its title (when the lessons are loaded), and the page. */
export function lessonName(ctx: QuizContext, lessons: readonly LessonSummary[], link: LessonLink): string {
  const lesson = lessons.find((l) => l.id === link.id);
  const name = lesson ? pick(lesson.title, ctx.lang) : link.id;
  return link.page === undefined ? name : ctx.q('summary.page', { lesson: name, page: link.page });
}

/** A topic's name: its lesson's title, or the topic id. */
export function topicName(ctx: ViewContext, lessons: readonly LessonSummary[], topic: string): string {
  const lesson = lessons.find((l) => l.id === topic);
  return lesson ? pick(lesson.title, ctx.lang) : topic;
}

/** `2025-01-02 09:30` in the process's time zone. */
export function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** When a review comes back: `in 10 min` within the hour, else the local date and time. */
export function whenText(ctx: QuizContext, due: Date, now: Date): string {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
  if (minutes < 60) return ctx.q('when.minutes', { n: Math.max(1, minutes) });
  return ctx.q('when.at', { date: localTime(due) });
}
