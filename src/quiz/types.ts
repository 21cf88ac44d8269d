/**
 * The shapes the quiz core works on. They are structural on purpose: the core imports nothing
 * outside itself, and the content loader's `Question` (src/content/types.ts) fits them as it is,
 * so callers pass loaded questions straight in.
 */

/** A learner-facing string in both languages. */
export interface QuizText {
  readonly en: string;
  readonly ko: string;
}

/** The language a string is shown in. */
export type QuizLang = keyof QuizText;

/** A link into a lesson: `lesson-id` or `lesson-id#page-id`. */
export interface LessonRef {
  readonly id: string;
  readonly page?: string;
}

/** An answer option of a single or multi question. `why` explains it, right or wrong. */
export interface QuizChoice {
  readonly id: string;
  readonly text: QuizText;
  readonly why: QuizText;
}

/** One item of an order question. */
export interface QuizStep {
  readonly id: string;
  readonly text: QuizText;
}

export const QUIZ_TYPES = ['single', 'multi', 'truefalse', 'order', 'text', 'command', 'yaml', 'predict', 'card'] as const;
/** The nine question types. */
export type QuizType = (typeof QUIZ_TYPES)[number];

/** What every question has, whatever its type. */
export interface QuestionCommon {
  readonly id: string;
  /** A lesson id (or the id a syllabus topic's lesson will have). */
  readonly topic: string;
  /** A syllabus id such as `B4`. */
  readonly syllabus: string;
  readonly difficulty: number;
  readonly exams?: readonly string[];
  readonly k8s?: string;
  readonly prompt: QuizText;
  readonly explanation: QuizText;
  readonly lesson?: LessonRef;
}

/** The column a predict question asks about. */
export type PredictColumn = 'status' | 'restarts' | 'ready';

/** A question of any type; switch on `type`. */
export type QuizQuestion =
  | (QuestionCommon & { readonly type: 'single'; readonly choices: readonly QuizChoice[]; readonly answer: string })
  | (QuestionCommon & { readonly type: 'multi'; readonly choices: readonly QuizChoice[]; readonly answer: readonly string[] })
  | (QuestionCommon & { readonly type: 'truefalse'; readonly answer: boolean; readonly why: QuizText })
  | (QuestionCommon & { readonly type: 'order'; readonly steps: readonly QuizStep[]; readonly answer: readonly string[] })
  | (QuestionCommon & { readonly type: 'text'; readonly accept: readonly string[] })
  | (QuestionCommon & { readonly type: 'command'; readonly setup?: string; readonly solution: string })
  | (QuestionCommon & { readonly type: 'yaml'; readonly starter: string; readonly solution: string })
  | (QuestionCommon & {
      readonly type: 'predict';
      readonly manifest: string;
      /** Simulated seconds. */
      readonly at: number;
      readonly ask: PredictColumn;
      readonly answer: string;
    })
  | (QuestionCommon & {
      readonly type: 'card';
      readonly answer: QuizText;
      readonly keyPoints: readonly QuizText[];
      readonly wrongAnswer: QuizText;
    });

/** The question of one type, out of any question union that fits `QuizQuestion`. */
export type OfType<Q extends QuizQuestion, T extends QuizType> = Extract<Q, { readonly type: T }>;

/** How well a learner knew a card, in FSRS's four grades. */
export type SelfRating = 'again' | 'hard' | 'good' | 'easy';

/**
 * What a learner answered, shaped per type. Plain JSON, so the store keeps it as it is.
 * Choice and step answers hold ids, never display positions (those change with the shuffle).
 */
export type QuizAnswer =
  | { readonly type: 'single'; readonly choice: string }
  | { readonly type: 'multi'; readonly choices: readonly string[] }
  | { readonly type: 'truefalse'; readonly value: boolean }
  | { readonly type: 'order'; readonly steps: readonly string[] }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'command'; readonly text: string }
  | { readonly type: 'yaml'; readonly text: string }
  | { readonly type: 'predict'; readonly text: string }
  | { readonly type: 'card'; readonly rating: SelfRating };

/** What a judge decided about a command, manifest or prediction; `why` is in the learner's language. */
export interface Verdict {
  readonly correct: boolean;
  readonly why?: string;
}

/** A function that judges an answer by what it does (e.g. by running it in the simulator). */
export type Judge<Q> = (answer: string, question: Q) => Verdict;

/**
 * The judges the caller injects. `command` and `predict` have pure fallbacks in the core;
 * `yaml` has none, so without it yaml questions are left out of sessions.
 */
export interface Judges<Q extends QuizQuestion = QuizQuestion> {
  readonly command?: Judge<OfType<Q, 'command'>>;
  readonly yaml?: Judge<OfType<Q, 'yaml'>>;
  readonly predict?: Judge<OfType<Q, 'predict'>>;
}

/** The result of grading one answer. */
export interface Grade {
  readonly correct: boolean;
  /** The FSRS grade this answer gives the question's card. */
  readonly rating: SelfRating;
  /** Chosen choice ids that are wrong (single, multi): show their `why`. */
  readonly wrongPicks: readonly string[];
  /** Right choice ids that were not chosen (multi). */
  readonly missed: readonly string[];
  /** Order questions: steps in their right place, out of `total`. */
  readonly inPlace?: number;
  readonly total?: number;
  /** The judge's explanation (command, yaml, predict). */
  readonly why?: string;
}
