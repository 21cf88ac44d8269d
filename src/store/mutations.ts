import { toStoredCard } from './card.js';
import { localDay, withDay } from './days.js';
import type { Card } from 'ts-fsrs';
import type { AnswerRecord, ExamResult, JsonValue, LastVisited, LessonProgress, Settings, StoreData, StoredCard } from './types.js';

/**
 * Each mutator of the store as a pure function `data → data`, so the store can re-apply it to
 * whatever is on disk under the lock. Computed keys (`[id]: ...`) define own properties even for
 * an id like `__proto__`.
 */

/** An answer to record; `at` defaults to now. */
export type AnswerInput = Omit<AnswerRecord, 'at'> & { readonly at?: string };

/** Fields of a lesson's progress to change; `updatedAt` is set by the store. */
export type LessonPatch = Partial<Omit<LessonProgress, 'updatedAt'>>;

/** Where the learner is now; `at` is set by the store. */
export type LastVisitedInput = Omit<LastVisited, 'at'>;

/**
 * `record[key]` if it is the record's own entry. Plain indexing would find `Object.prototype`
 * members for ids such as `__proto__` or `constructor`.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function recordAnswer(data: StoreData, questionId: string, input: AnswerInput, now: Date): StoreData {
  const record: AnswerRecord = { ...input, at: input.at ?? now.toISOString() };
  return {
    ...data,
    answers: { ...data.answers, [questionId]: [...(own(data.answers, questionId) ?? []), record] },
    activeDays: withDay(data.activeDays, localDay(new Date(record.at))),
  };
}

export function setCard(data: StoreData, questionId: string, card: Card | StoredCard): StoreData {
  return { ...data, cards: { ...data.cards, [questionId]: toStoredCard(card) } };
}

/** Merges `patch`; a new `page` is also added to `pagesSeen` unless the patch sets that list. */
export function setLessonProgress(data: StoreData, lessonId: string, patch: LessonPatch, now: Date): StoreData {
  const before = own(data.lessons, lessonId);
  const page = patch.page ?? before?.page ?? 0;
  let pagesSeen = patch.pagesSeen ?? before?.pagesSeen;
  if (patch.pagesSeen === undefined && patch.page !== undefined && !(pagesSeen ?? []).includes(patch.page)) {
    pagesSeen = [...(pagesSeen ?? []), patch.page];
  }
  const next: LessonProgress = {
    page,
    ...(pagesSeen === undefined ? {} : { pagesSeen }),
    done: patch.done ?? before?.done ?? false,
    updatedAt: now.toISOString(),
  };
  return {
    ...data,
    lessons: { ...data.lessons, [lessonId]: next },
    activeDays: withDay(data.activeDays, localDay(now)),
  };
}

/** `undefined` removes the setting. */
export function setSetting<K extends keyof Settings>(data: StoreData, key: K, value: Settings[K] | undefined): StoreData {
  const settings: Record<string, unknown> = { ...data.settings };
  if (value === undefined) delete settings[key];
  else settings[key] = value;
  return { ...data, settings: settings as Settings };
}

export function addExamResult(data: StoreData, result: ExamResult): StoreData {
  return { ...data, exams: [...data.exams, result] };
}

/** `null` forgets the saved lab. */
export function setLabState(data: StoreData, state: JsonValue | null, now: Date): StoreData {
  const { lab: _old, ...rest } = data;
  return state === null ? rest : { ...rest, lab: { state, savedAt: now.toISOString() } };
}

/** `null` forgets where the learner was. */
export function setLastVisited(data: StoreData, place: LastVisitedInput | null, now: Date): StoreData {
  const { lastVisited: _old, ...rest } = data;
  return place === null ? rest : { ...rest, lastVisited: { ...place, at: now.toISOString() } };
}
