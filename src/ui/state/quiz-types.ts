/**
 * What the quiz, interview and progress screens take from the CLI. Like the rest of the app they
 * read no files and no store: the caller hands over the questions, the learner's history as it
 * was saved, and a callback that saves each answer the moment it is given.
 */
import type { Question } from '../../content/types.js';
import type { Lang } from '../../i18n/index.js';
import type { AnswerLike, Card, Grade, Judges, QuizAnswer, SessionItem } from '../../quiz/index.js';
import type { StoredCard } from '../../store/types.js';

/** A quiz of any questions, or interview cards only. */
export type QuizMode = 'quiz' | 'interview';

/** The questions, and the judges of answers that need kubectl's parser or the simulator. */
export interface QuizContent {
  /** Only questions this build can grade. */
  readonly questions: readonly Question[];
  readonly judges: (lang: Lang) => Judges<Question>;
}

/** What the learner has answered so far, as saved, plus what they answer while the app is open. */
export interface QuizHistory {
  /** Answer history per question id, oldest first. */
  readonly answers: Readonly<Record<string, readonly AnswerLike[]>>;
  /** FSRS card per question id: as stored (ISO dates) or as ts-fsrs made it. */
  readonly cards: Readonly<Record<string, StoredCard | Card>>;
  /** Local days (`YYYY-MM-DD`) with any activity, answers or reading. */
  readonly activeDays: readonly string[];
}

/** A session to open at once, already drawn (`podlab quiz`, `podlab interview`). */
export interface QuizStart {
  readonly mode: QuizMode;
  readonly items: readonly SessionItem<Question>[];
}

/** One answer as it was given: saved by the caller through `onAnswer`. */
export interface GivenAnswer {
  readonly question: Question;
  readonly answer: QuizAnswer;
  readonly grade: Grade;
  readonly at: Date;
}

/** The quiz part of the app's options. Without it the quiz screens say they are not available. */
export interface QuizProps {
  /** The questions when already loaded (`podlab quiz` loads them to check its flags). */
  readonly content?: QuizContent;
  /** Reads the questions, once, the first time a quiz screen or the dashboard needs them. */
  readonly loadContent: () => Promise<QuizContent>;
  readonly history: QuizHistory;
  /** Saves one answer; called once per answer, right after the frame that grades it. */
  readonly onAnswer: (given: GivenAnswer) => void;
  /** The clock: due dates, new cards, the days of the dashboard. */
  readonly now: () => Date;
  /** Minutes east of UTC where the learner's days begin; default the process time zone. */
  readonly utcOffsetMinutes?: number;
  /** The seed of the first session started in the app; each later one adds 1. */
  readonly seed: number;
  /** Questions per session started in the app. */
  readonly count: number;
  readonly start?: QuizStart;
}
