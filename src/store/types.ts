import type { Lang } from '../i18n/lang.js';

/**
 * The shapes saved in `progress.json`. Everything is keyed by id (lesson id, question id), never
 * by position, so adding, removing or reordering content never shifts anyone's progress.
 * Plain JSON only: dates are ISO 8601 strings.
 */

/** The store's own format version. Bump it only with a step in `migrate.ts`. */
export const SCHEMA_VERSION = 1;

/** Any value JSON can hold. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** User settings. Keys this build does not know are kept as they are (a newer build may use them). */
export interface Settings {
  readonly lang?: Lang;
}

/** Where a learner is in one lesson. */
export interface LessonProgress {
  /** The last page seen: a page id or a 0-based page number, whichever the lesson uses. */
  readonly page: string | number;
  /** Every page seen so far, in the order first seen. */
  readonly pagesSeen?: readonly (string | number)[];
  readonly done: boolean;
  /** ISO 8601. Set by the store on every change. */
  readonly updatedAt: string;
}

/** One answer to one question. */
export interface AnswerRecord {
  /** ISO 8601. */
  readonly at: string;
  readonly correct: boolean;
  /** What the learner answered, as the quiz engine shapes it. */
  readonly answer?: JsonValue;
}

/**
 * A ts-fsrs `Card` after a JSON round trip: `due` and `last_review` are ISO strings.
 * `reviveCard` in `card.ts` turns it back into a `Card`.
 */
export interface StoredCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  readonly state: number;
  readonly last_review?: string;
}

/** One finished mock exam. Extra keys the exam screen adds are kept. */
export interface ExamResult {
  /** ISO 8601, when the exam ended. */
  readonly at: string;
  readonly score: number;
  readonly total: number;
  readonly passed: boolean;
  readonly examId?: string;
  readonly durationSeconds?: number;
}

/** The lab's saved cluster: opaque to the store, owned by the simulator. */
export interface LabSave {
  readonly state: JsonValue;
  /** ISO 8601. Set by the store. */
  readonly savedAt: string;
}

/** Where the learner left off, for the home screen's Continue. */
export interface LastVisited {
  /** A screen name of the app, e.g. `lesson`, `quiz`, `lab`. */
  readonly screen: string;
  readonly id?: string;
  readonly page?: string | number;
  /** ISO 8601. Set by the store. */
  readonly at: string;
}

/** The whole file. */
export interface StoreData {
  readonly schemaVersion: number;
  readonly settings: Settings;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  /** Answer history per question id, oldest first. */
  readonly answers: Readonly<Record<string, readonly AnswerRecord[]>>;
  /** FSRS card per question id. */
  readonly cards: Readonly<Record<string, StoredCard>>;
  /** Oldest first. */
  readonly exams: readonly ExamResult[];
  readonly lab?: LabSave;
  readonly lastVisited?: LastVisited;
  /**
   * Local calendar days (`YYYY-MM-DD`) with any activity, sorted. Kept because a lesson's
   * `updatedAt` only remembers its latest visit, and the streak needs every day.
   */
  readonly activeDays: readonly string[];
}
