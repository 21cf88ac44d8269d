/**
 * Which questions a session asks, for the quiz screens and the commands alike: a topic's
 * questions drawn by seed, what is due for review, interview cards (due ones first, then new).
 * Pure: the clock and the seed come in.
 */
import type { Question } from '../../content/types.js';
import {
  drawItems, dueIds, filterQuestions, matchesTopic, reviewIds, type AnswerLike, type HasDue, type SessionItem,
} from '../../quiz/index.js';

/** Only the entries whose id is a question here. */
function known<T>(record: Readonly<Record<string, T>>, byId: ReadonlyMap<string, Question>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => byId.has(id)));
}

const byIdOf = (questions: readonly Question[]) => new Map(questions.map((q) => [q.id, q]));

/** Up to `count` questions of the pool in seeded order, or none when the pool is empty. */
export function drawSession(pool: readonly Question[], seed: number, count: number): SessionItem<Question>[] {
  return pool.length === 0 ? [] : drawItems(pool, seed, count);
}

/**
 * A lesson's checkpoint: the questions of `ids` in their order (ids this build cannot ask are
 * left out), each with its options shuffled by seed as in any session.
 */
export function checkpointItems(questions: readonly Question[], ids: readonly string[], seed: number): SessionItem<Question>[] {
  const byId = byIdOf(questions);
  return ids.flatMap((id, i) => {
    const question = byId.get(id);
    return question ? drawItems([question], seed + i, 1) : [];
  });
}

/** The review pool (`--review`): due cards, most overdue first, then questions last answered wrong. */
export function reviewPool(
  questions: readonly Question[],
  cards: Readonly<Record<string, HasDue>>,
  answers: Readonly<Record<string, readonly AnswerLike[]>>,
  now: Date,
): Question[] {
  const byId = byIdOf(questions);
  return reviewIds(known(cards, byId), known(answers, byId), now).flatMap((id) => byId.get(id) ?? []);
}

/** The questions due for review now (FSRS), most overdue first. */
export function dueQuestions(questions: readonly Question[], cards: Readonly<Record<string, HasDue>>, now: Date): Question[] {
  const byId = byIdOf(questions);
  return dueIds(known(cards, byId), now).flatMap((id) => byId.get(id) ?? []);
}

/** An interview session: cards due first (most overdue first), then cards never seen, by seed. */
export interface InterviewDraw {
  readonly items: readonly SessionItem<Question>[];
  /** How many of the items are due reviews (they come first). */
  readonly due: number;
}

export function interviewSession(
  questions: readonly Question[],
  cards: Readonly<Record<string, HasDue>>,
  now: Date,
  seed: number,
  count: number,
  topic?: string,
): InterviewDraw {
  const pool = filterQuestions(questions, { types: ['card'], ...(topic === undefined ? {} : { topic }) });
  const due = dueQuestions(pool, cards, now).slice(0, count);
  const fresh = pool.filter((q) => !Object.hasOwn(cards, q.id));
  const room = count - due.length;
  const items = [
    ...due.map((question) => ({ question, order: [] as readonly string[] })),
    ...(room > 0 ? drawSession(fresh, seed, room) : []),
  ];
  return { items, due: due.length };
}

/** The questions of any of these topics (lesson ids or syllabus ids). */
export function topicsPool(questions: readonly Question[], topics: readonly string[]): Question[] {
  return questions.filter((q) => topics.some((t) => matchesTopic(q, t)));
}

/** One row of the topic picker. */
export type TopicRow =
  | { readonly kind: 'review'; readonly count: number }
  | { readonly kind: 'all'; readonly questions: number; readonly due: number }
  | { readonly kind: 'topic'; readonly topic: string; readonly questions: number; readonly due: number };

/**
 * The picker's rows: what is up for review (when anything is), every question, then each topic
 * in syllabus order (`A1` before `B4`), each with how many questions it has and how many are due.
 */
export function topicRows(
  questions: readonly Question[],
  cards: Readonly<Record<string, HasDue>>,
  answers: Readonly<Record<string, readonly AnswerLike[]>>,
  now: Date,
): TopicRow[] {
  const due = new Set(dueQuestions(questions, cards, now).map((q) => q.id));
  const topics = new Map<string, { syllabus: string; questions: number; due: number }>();
  for (const q of questions) {
    const entry = topics.get(q.topic) ?? { syllabus: q.syllabus, questions: 0, due: 0 };
    entry.questions++;
    if (due.has(q.id)) entry.due++;
    if (q.syllabus < entry.syllabus) entry.syllabus = q.syllabus;
    topics.set(q.topic, entry);
  }
  const review = reviewPool(questions, cards, answers, now).length;
  const sorted = [...topics].sort(([a, x], [b, y]) => (x.syllabus < y.syllabus ? -1 : x.syllabus > y.syllabus ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return [
    ...(review > 0 ? [{ kind: 'review' as const, count: review }] : []),
    { kind: 'all', questions: questions.length, due: due.size },
    ...sorted.map(([topic, e]) => ({ kind: 'topic' as const, topic, questions: e.questions, due: e.due })),
  ];
}
