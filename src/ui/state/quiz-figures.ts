/**
 * The figures of the progress dashboard, computed from the learner's history. Pure: the clock
 * and the time zone (minutes east of UTC) come in, so a day breaks at the learner's midnight and
 * every figure can be checked as a table with a fixed clock.
 */
import { forecast, type AnswerLike, type ForecastDay, type HasDue } from '../../quiz/index.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in the learner's time zone. */
export function dayNumber(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

type Answers = Readonly<Record<string, readonly AnswerLike[]>>;

/** Every answer with its day. */
function answerDays(answers: Answers, offset: number): { readonly day: number; readonly correct: boolean }[] {
  return Object.values(answers).flatMap((list) => list.flatMap((a) => {
    const ms = Date.parse(a.at);
    return Number.isNaN(ms) ? [] : [{ day: dayNumber(ms, offset), correct: a.correct }];
  }));
}

/** How well a topic is known. */
export interface TopicMastery {
  readonly topic: string;
  readonly questions: number;
  /** Questions answered at least once. */
  readonly answered: number;
  /** Questions whose last answer was right. */
  readonly mastered: number;
  /** `mastered / questions`, 0 to 1. */
  readonly share: number;
}

/** The latest answer by time (an imported history may be out of order). */
function latest(list: readonly AnswerLike[]): AnswerLike | undefined {
  return list.reduce<AnswerLike | undefined>((a, b) => (a === undefined || Date.parse(b.at) >= Date.parse(a.at) ? b : a), undefined);
}

/** Mastery per topic, topics in syllabus order (`A1` before `B4`), then by id. */
export function masteryByTopic(
  questions: readonly { readonly id: string; readonly topic: string; readonly syllabus: string }[],
  answers: Answers,
): TopicMastery[] {
  const topics = new Map<string, { syllabus: string; questions: number; answered: number; mastered: number }>();
  for (const q of questions) {
    const t = topics.get(q.topic) ?? { syllabus: q.syllabus, questions: 0, answered: 0, mastered: 0 };
    const last = Object.hasOwn(answers, q.id) ? latest(answers[q.id]) : undefined;
    t.questions++;
    if (last) t.answered++;
    if (last?.correct) t.mastered++;
    if (q.syllabus < t.syllabus) t.syllabus = q.syllabus;
    topics.set(q.topic, t);
  }
  return [...topics]
    .sort(([a, x], [b, y]) => x.syllabus.localeCompare(y.syllabus) || a.localeCompare(b))
    .map(([topic, t]) => ({ topic, questions: t.questions, answered: t.answered, mastered: t.mastered, share: t.questions === 0 ? 0 : t.mastered / t.questions }));
}

/**
 * The weakest topics: those with any answer, lowest mastery first; of two equal, the one with
 * more answered questions (more evidence), then by id.
 */
export function weakestTopics(mastery: readonly TopicMastery[], limit = 3): TopicMastery[] {
  return mastery
    .filter((m) => m.answered > 0 && m.mastered < m.questions)
    .sort((a, b) => a.share - b.share || b.answered - a.answered || a.topic.localeCompare(b.topic))
    .slice(0, limit);
}

/** Answers of one day. */
export interface DayScore {
  readonly date: string;
  readonly answered: number;
  readonly correct: number;
}

/** Answers and right answers per day over the last `days` days, oldest first, today last. */
export function accuracyByDay(answers: Answers, now: Date, utcOffsetMinutes: number, days = 30): DayScore[] {
  const today = dayNumber(now.getTime(), utcOffsetMinutes);
  const first = today - days + 1;
  const out = Array.from({ length: days }, (_, i) => ({ date: dayDate(first + i), answered: 0, correct: 0 }));
  for (const a of answerDays(answers, utcOffsetMinutes)) {
    const slot = out[a.day - first];
    if (!slot) continue;
    slot.answered++;
    if (a.correct) slot.correct++;
  }
  return out;
}

/** Reviews due per day from today on, in the learner's days; today also counts overdue ones. */
export function dueForecast(cards: Readonly<Record<string, HasDue>>, now: Date, utcOffsetMinutes: number, days = 14): ForecastDay[] {
  return forecast(cards, now, { days, utcOffsetMinutes });
}

/** One square of the activity calendar. */
export interface CalendarDay {
  readonly date: string;
  readonly answers: number;
  /** Anything was done that day: answers, or lesson pages read. */
  readonly isActive: boolean;
  /** Later than today: drawn blank. */
  readonly isFuture: boolean;
}

/** Days with activity: the recorded ones and the days of answers, as day numbers. */
function activeDayNumbers(answers: Answers, activeDays: readonly string[], offset: number): Set<number> {
  const days = new Set(answerDays(answers, offset).map((a) => a.day));
  for (const date of activeDays) {
    const ms = Date.parse(`${date}T00:00:00Z`);
    if (!Number.isNaN(ms)) days.add(Math.floor(ms / DAY_MS));
  }
  return days;
}

/**
 * The last `weeks` weeks as columns of seven days, Monday on top, the current week last (its
 * days after today are future). Oldest week first.
 */
export function activityCalendar(answers: Answers, activeDays: readonly string[], now: Date, utcOffsetMinutes: number, weeks = 10): CalendarDay[][] {
  const today = dayNumber(now.getTime(), utcOffsetMinutes);
  const active = activeDayNumbers(answers, activeDays, utcOffsetMinutes);
  const counts = new Map<number, number>();
  for (const a of answerDays(answers, utcOffsetMinutes)) counts.set(a.day, (counts.get(a.day) ?? 0) + 1);
  const firstMonday = today - weekday(today) - (weeks - 1) * 7;
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const day = firstMonday + w * 7 + d;
      return { date: dayDate(day), answers: counts.get(day) ?? 0, isActive: active.has(day), isFuture: day > today };
    }));
}

/** 0 nothing, 1 reading only, 2 a few answers (1-4), 3 some (5-9), 4 many (10 or more). */
export function activityLevel(day: CalendarDay): 0 | 1 | 2 | 3 | 4 {
  if (day.answers >= 10) return 4;
  if (day.answers >= 5) return 3;
  if (day.answers >= 1) return 2;
  return day.isActive ? 1 : 0;
}

/** Days in a row with activity ending today, or yesterday when nothing happened yet today. */
export function currentStreak(answers: Answers, activeDays: readonly string[], now: Date, utcOffsetMinutes: number): number {
  const active = activeDayNumbers(answers, activeDays, utcOffsetMinutes);
  const today = dayNumber(now.getTime(), utcOffsetMinutes);
  let day = active.has(today) ? today : today - 1;
  let count = 0;
  while (active.has(day)) {
    count++;
    day--;
  }
  return count;
}

/** The quiz figures of `podlab progress`, as they stand with this session's answers. */
export interface QuestionFigures {
  /** Questions answered at least once. */
  readonly answered: number;
  /** Questions whose last answer was right. */
  readonly correct: number;
  /** Cards due now. */
  readonly due: number;
}

/** Counted as `podlab progress --json` counts them (src/store/stats.ts). */
export function questionFigures(answers: Answers, cards: Readonly<Record<string, HasDue>>, now: Date): QuestionFigures {
  const histories = Object.values(answers).filter((list) => list.length > 0);
  const at = now.getTime();
  return {
    answered: histories.length,
    correct: histories.filter((list) => latest(list)?.correct === true).length,
    due: Object.values(cards).filter((c) => (typeof c.due === 'string' ? Date.parse(c.due) : c.due.getTime()) <= at).length,
  };
}
