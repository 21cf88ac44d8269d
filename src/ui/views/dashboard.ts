/**
 * The progress dashboard: the weakest topics with a way to practise them, mastery per topic,
 * accuracy over the last 30 days, the reviews due in the next 14, and a calendar of activity.
 * Each figure says in one line what it means. The first line stays; the rest scrolls.
 */
import type { Question } from '../../content/types.js';
import { topicsPool } from '../state/quiz-draw.js';
import {
  accuracyByDay, activityCalendar, currentStreak, dueForecast, masteryByTopic, weakestTopics, type TopicMastery,
} from '../state/quiz-figures.js';
import type { QuizArea } from '../state/quiz-area.js';
import { padEnd, widthOf } from '../text.js';
import type { LessonSummary, ProgressSummary } from '../types.js';
import type { ViewContext } from './context.js';
import { barLine, calendarLines, forecastLines, sparkline } from './dashboard-charts.js';
import { BLANK, type Line } from './line.js';
import { fitLine, headerWidth, para, quizContext, spreadSpans, topicName, type QuizContext } from './quiz-parts.js';

/** What the dashboard's figures draw on. */
export interface DashboardData {
  readonly area: QuizArea;
  readonly lessons: readonly LessonSummary[];
  readonly now: Date;
}

export const ACCURACY_DAYS = 30;
export const FORECAST_DAYS = 14;
export const CALENDAR_WEEKS = 10;

/** Minutes east of UTC where the learner's days begin. */
export function offsetOf(area: QuizArea, now: Date): number {
  return area.utcOffsetMinutes ?? -now.getTimezoneOffset();
}

/** The weakest topics and how many questions practising them asks (none before the questions are in). */
export function practice(area: QuizArea): { readonly topics: readonly TopicMastery[]; readonly questions: number } {
  if (area.content.kind !== 'ready') return { topics: [], questions: 0 };
  const { questions } = area.content.content;
  const topics = weakestTopics(masteryByTopic(questions, area.history.answers));
  return { topics, questions: Math.min(area.count, topicsPool(questions, topics.map((t) => t.topic)).length) };
}

/** A figure: its title (and something on the right), what it means, then the chart. */
function figure(ctx: QuizContext, title: string, why: string, chart: readonly Line[], right = ''): Line[] {
  const head = right === '' ? [{ text: ' ' + title, tone: 'title' as const }] : spreadSpans([{ text: ' ' + title, tone: 'title' }], { text: right, tone: 'accent' }, ctx.width);
  return [head, ...para(ctx, why, 1, 'dim'), ...chart, BLANK];
}

const detail = (m: TopicMastery) => `${m.mastered}/${m.questions}`;

function weakestPart(ctx: QuizContext, data: DashboardData, questions: readonly Question[] | undefined): Line[] {
  if (!questions) return figure(ctx, ctx.q('dash.weakest'), ctx.q('dash.loading'), []);
  const { topics, questions: n } = practice(data.area);
  if (topics.length === 0) return figure(ctx, ctx.q('dash.weakest'), ctx.q('dash.weakestNone'), []);
  const bars = topics.map((m) => barLine(topicName(ctx, data.lessons, m.topic), m.share, detail(m), ctx.width));
  return figure(ctx, ctx.q('dash.weakest'), ctx.q('dash.weakestWhy'), [...bars, ...para(ctx, '› ' + ctx.q('dash.practice', { n }), 1, 'accent')]);
}

function masteryPart(ctx: QuizContext, data: DashboardData, questions: readonly Question[] | undefined): Line[] {
  if (!questions) return [];
  const bars = masteryByTopic(questions, data.area.history.answers).map((m) => barLine(topicName(ctx, data.lessons, m.topic), m.share, detail(m), ctx.width));
  return figure(ctx, ctx.q('dash.mastery'), ctx.q('dash.masteryWhy'), bars);
}

function accuracyPart(ctx: QuizContext, data: DashboardData, offset: number): Line[] {
  const days = accuracyByDay(data.area.history.answers, data.now, offset, ACCURACY_DAYS);
  const answered = days.reduce((n, d) => n + d.answered, 0);
  const correct = days.reduce((n, d) => n + d.correct, 0);
  const total = answered === 0 ? ctx.q('dash.accuracyNone') : ctx.q('dash.accuracyTotal', { pct: Math.round((correct / answered) * 100), n: answered });
  const spark = sparkline(days);
  const axisLeft = ctx.q('dash.ago', { days: ACCURACY_DAYS - 1 });
  const today = ctx.q('dash.today');
  const gap = Math.max(1, widthOf(spark) - widthOf(axisLeft) - widthOf(today));
  const chart: Line[] = [
    [{ text: ' ' }, { text: spark, tone: 'good' }, { text: '  ' + total, tone: 'dim' }],
    [{ text: ' ' + axisLeft + ' '.repeat(gap) + today, tone: 'dim' }],
  ];
  return figure(ctx, ctx.q('dash.accuracy', { days: ACCURACY_DAYS }), ctx.q('dash.accuracyWhy'), chart);
}

function forecastPart(ctx: QuizContext, data: DashboardData, offset: number): Line[] {
  const days = dueForecast(data.area.history.cards, data.now, offset, FORECAST_DAYS);
  const cell = Math.max(2, Math.min(4, Math.floor((ctx.width - 2) / FORECAST_DAYS)));
  const [bars, counts] = forecastLines(days, cell);
  const last = days[days.length - 1]?.date.slice(5) ?? '';
  const today = ctx.q('dash.today');
  const axis = ' ' + padEnd(today, cell * FORECAST_DAYS - widthOf(last)) + last;
  const chart: Line[] = [[{ text: ' ' }, ...bars], [{ text: ' ' }, ...counts], [{ text: axis, tone: 'dim' }]];
  return figure(ctx, ctx.q('dash.forecast', { days: FORECAST_DAYS }), ctx.q('dash.forecastWhy'), chart);
}

function calendarPart(ctx: QuizContext, data: DashboardData, offset: number): Line[] {
  const { answers, activeDays } = data.area.history;
  const weeks = activityCalendar(answers, activeDays, data.now, offset, CALENDAR_WEEKS);
  const streak = currentStreak(answers, activeDays, data.now, offset);
  const chart = [
    ...calendarLines(weeks, { mon: ctx.q('dash.mon'), wed: ctx.q('dash.wed'), fri: ctx.q('dash.fri') }),
    ...para(ctx, ctx.q('dash.legend'), 1, 'dim'),
  ];
  const right = streak === 1 ? ctx.q('dash.streakOne') : ctx.q('dash.streak', { days: streak });
  return figure(ctx, ctx.q('dash.calendar', { weeks: CALENDAR_WEEKS }), ctx.q('dash.calendarWhy'), chart, right + ' ');
}

/** The fixed line: lessons done (their number unknown while they load), answers, reviews due. */
function summaryLine(ctx: QuizContext, p: ProgressSummary, isLoadingLessons: boolean): Line {
  const total = isLoadingLessons ? '…' : p.lessons.total;
  const text = ctx.q('dash.summary', { done: p.lessons.done, total, answered: p.questions.answered, correct: p.questions.correct, due: p.questions.due });
  return [{ text: ' ' + text, tone: 'title' }];
}

/** Every line of the dashboard under its fixed line, unscrolled. */
export function dashboardLines(view: ViewContext, data: DashboardData): Line[] {
  const ctx = quizContext(view);
  const { content } = data.area;
  const questions = content.kind === 'ready' ? content.content.questions : undefined;
  const offset = offsetOf(data.area, data.now);
  return [
    BLANK,
    ...weakestPart(ctx, data, questions),
    ...masteryPart(ctx, data, questions),
    ...accuracyPart(ctx, data, offset),
    ...forecastPart(ctx, data, offset),
    ...calendarPart(ctx, data, offset),
  ];
}

/** Lines of the dashboard on show under its fixed line. */
export const dashboardWindow = (view: ViewContext): number => Math.max(1, view.height - 1);

/** The dashboard's body at a scroll: its fixed line (with arrows when it scrolls), then a window. */
export function dashboardBody(view: ViewContext, data: DashboardData, progress: ProgressSummary, isLoadingLessons: boolean, scroll: number): Line[] {
  const ctx = quizContext(view);
  const lines = dashboardLines(view, data);
  const height = dashboardWindow(view);
  const top = Math.max(0, Math.min(scroll, lines.length - height));
  const more = `${top > 0 ? '↑' : ' '}${top + height < lines.length ? '↓' : ' '} `;
  return [[...fitLine(summaryLine(ctx, progress, isLoadingLessons), headerWidth(ctx)), { text: more, tone: 'accent' }], ...lines.slice(top, top + height)];
}
