import { describe, expect, it } from 'vitest';
import {
  accuracyByDay, activityCalendar, activityLevel, currentStreak, dayNumber, dueForecast, masteryByTopic, questionFigures,
  weakestTopics, weekday,
} from '../../src/ui/state/quiz-figures.js';
import { bar, forecastLines, sparkline } from '../../src/ui/views/dashboard-charts.js';
import { lineText } from '../../src/ui/views/line.js';

// The dashboard's figures with a fixed clock: Wednesday 2025-03-12, 10:00 UTC.
const NOW = new Date('2025-03-12T10:00:00Z');
const at = (iso: string) => ({ at: iso });
const right = (iso: string) => ({ ...at(iso), correct: true });
const wrong = (iso: string) => ({ ...at(iso), correct: false });

const QUESTIONS = [
  { id: 'a1', topic: 'pod-basics', syllabus: 'A1' },
  { id: 'a2', topic: 'pod-basics', syllabus: 'A1' },
  { id: 'b1', topic: 'probes', syllabus: 'D1' },
  { id: 'b2', topic: 'probes', syllabus: 'D1' },
  { id: 'b3', topic: 'probes', syllabus: 'D1' },
  { id: 'c1', topic: 'pod-phases', syllabus: 'B1' },
];
const ANSWERS = {
  a1: [wrong('2025-03-10T09:00:00Z'), right('2025-03-11T09:00:00Z')],
  a2: [right('2025-03-11T09:00:00Z'), wrong('2025-03-12T09:00:00Z')],
  b1: [wrong('2025-03-12T08:00:00Z')],
  // Out of order on purpose: the latest answer counts, not the last in the list.
  c1: [right('2025-03-12T08:00:00Z'), wrong('2025-03-01T08:00:00Z')],
};

describe('mastery', () => {
  it('is the share of a topic’s questions whose last answer was right, topics in syllabus order', () => {
    expect(masteryByTopic(QUESTIONS, ANSWERS)).toEqual([
      { topic: 'pod-basics', questions: 2, answered: 2, mastered: 1, share: 0.5 },
      { topic: 'pod-phases', questions: 1, answered: 1, mastered: 1, share: 1 },
      { topic: 'probes', questions: 3, answered: 1, mastered: 0, share: 0 },
    ]);
  });

  it('the weakest topics are answered ones, lowest first, mastered ones left out', () => {
    expect(weakestTopics(masteryByTopic(QUESTIONS, ANSWERS)).map((m) => m.topic)).toEqual(['probes', 'pod-basics']);
  });

  it('no answers, no weakest topics', () => {
    expect(weakestTopics(masteryByTopic(QUESTIONS, {}))).toEqual([]);
  });
});

describe('days', () => {
  it.each([
    ['UTC', '2025-03-12T23:30:00Z', 0, '2025-03-12'],
    ['Seoul is already on the next day', '2025-03-12T23:30:00Z', 540, '2025-03-13'],
    ['New York is still on the day before', '2025-03-12T03:00:00Z', -300, '2025-03-11'],
  ])('%s', (_name, iso, offset, date) => {
    expect(new Date(dayNumber(Date.parse(iso), offset) * 86_400_000).toISOString().slice(0, 10)).toBe(date);
  });

  it.each([['2025-03-10', 0], ['2025-03-12', 2], ['2025-03-16', 6], ['1970-01-01', 3]])('%s is weekday %i (Monday 0)', (date, day) => {
    expect(weekday(Date.parse(`${date}T00:00:00Z`) / 86_400_000)).toBe(day);
  });
});

describe('accuracy over time', () => {
  const days = accuracyByDay(ANSWERS, NOW, 0, 30);
  it.each([
    ['today', 29, { date: '2025-03-12', answered: 3, correct: 1 }],
    ['yesterday', 28, { date: '2025-03-11', answered: 2, correct: 2 }],
    ['two days ago', 27, { date: '2025-03-10', answered: 1, correct: 0 }],
    ['a day without answers', 20, { date: '2025-03-03', answered: 0, correct: 0 }],
    ['thirty days back is the first day', 0, { date: '2025-02-11', answered: 0, correct: 0 }],
  ])('%s', (_name, index, day) => {
    expect(days[index]).toEqual(day);
  });

  it('draws one glyph a day: · without answers, higher for more right', () => {
    expect(sparkline(days).slice(-4)).toBe('·▁█▃');
    expect(sparkline(days)).toHaveLength(30);
  });
});

describe('reviews due', () => {
  const cards = {
    overdue: { due: '2025-03-01T00:00:00Z' },
    today: { due: '2025-03-12T20:00:00Z' },
    tomorrow: { due: '2025-03-13T01:00:00Z' },
    late: { due: '2025-04-30T00:00:00Z' },
  };
  it.each([
    ['in UTC, today counts the overdue card', 0, [2, 1, 0]],
    ['in Seoul, 20:00 UTC is already tomorrow', 540, [1, 2, 0]],
  ])('%s', (_name, offset, firstDays) => {
    const days = dueForecast(cards, NOW, offset, 14);
    expect(days).toHaveLength(14);
    expect(days.slice(0, 3).map((d) => d.count)).toEqual(firstDays);
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(3);
  });

  it('draws a bar scaled to the busiest day and the counts under it', () => {
    const [bars, counts] = forecastLines([{ date: 'a', count: 4 }, { date: 'b', count: 1 }, { date: 'c', count: 0 }], 3);
    expect(lineText(bars)).toBe(' ██ ▂▂   ');
    expect(lineText(counts)).toBe('  4  1  0');
  });
});

describe('activity calendar and streak', () => {
  const weeks = activityCalendar(ANSWERS, ['2025-03-05'], NOW, 0, 10);
  it('has ten weeks of seven days, Monday first, ending with this week', () => {
    expect(weeks).toHaveLength(10);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[9][0].date).toBe('2025-03-10');
    expect(weeks[0][0].date).toBe('2025-01-06');
  });

  it.each([
    ['today has three answers', 9, 2, { answers: 3, isActive: true, isFuture: false }, 2],
    ['a day of reading only', 8, 2, { answers: 0, isActive: true, isFuture: false }, 1],
    ['a day with nothing', 8, 0, { answers: 0, isActive: false, isFuture: false }, 0],
    ['tomorrow is in the future', 9, 3, { answers: 0, isActive: false, isFuture: true }, 0],
  ])('%s', (_name, week, day, expected, level) => {
    expect(weeks[week][day]).toMatchObject(expected);
    expect(activityLevel(weeks[week][day])).toBe(level);
  });

  it.each([
    ['days in a row ending today', ANSWERS, [], NOW, 3],
    ['a reading day continues the streak', { a1: [right('2025-03-12T09:00:00Z')] }, ['2025-03-11'], NOW, 2],
    ['nothing yet today: the streak ends yesterday', { a1: [right('2025-03-11T09:00:00Z')] }, [], NOW, 1],
    ['a gap breaks it', { a1: [right('2025-03-09T09:00:00Z')] }, [], NOW, 0],
  ])('streak: %s', (_name, answers, active, now, streak) => {
    expect(currentStreak(answers, active, now, 0)).toBe(streak);
  });
});

describe('question figures', () => {
  it('count answered, last right, and due like podlab progress', () => {
    expect(questionFigures(ANSWERS, { a1: { due: '2025-03-12T09:00:00Z' }, a2: { due: '2025-03-13T00:00:00Z' } }, NOW))
      .toEqual({ answered: 4, correct: 2, due: 1 });
  });
});

describe('bars', () => {
  it.each([[0, '░░░░░░░░░░'], [0.5, '█████░░░░░'], [1, '██████████'], [0.04, '░░░░░░░░░░']])('%f fills %s', (share, drawn) => {
    expect(lineText(bar(share, 10))).toBe(drawn);
  });
});
