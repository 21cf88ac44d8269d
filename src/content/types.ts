/**
 * The content model: lessons, questions and drills as plain readonly data, exactly what the
 * loader produces from `lessons/*.yaml` and `quizzes/**\/*.yaml` (format 1, see
 * docs/content-format.md). Field names are the YAML keys unless a comment says otherwise.
 */
import type { ModuleLetter, SyllabusId } from './syllabus.js';

/** The content format version this loader reads (`format: 1` at the top of every file). */
export const FORMAT_VERSION = 1;

/** A learner-facing string in both languages, NFC-normalized. */
export interface Bilingual {
  readonly en: string;
  readonly ko: string;
}

export const QUESTION_TYPES = ['single', 'multi', 'truefalse', 'order', 'text', 'command', 'yaml', 'predict', 'card'] as const;
/** The nine question types. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const EXAMS = ['CKA', 'CKAD', 'interview'] as const;
/** Which exams a question prepares for. */
export type Exam = (typeof EXAMS)[number];

export const DOMAINS = ['troubleshooting', 'architecture', 'networking', 'workloads', 'storage'] as const;
/** The CKA curriculum domains a drill belongs to. */
export type Domain = (typeof DOMAINS)[number];

export const PREDICT_ASKS = ['status', 'restarts', 'ready'] as const;
/** The `kubectl get pods` column a predict question or step asks about. */
export type PredictAsk = (typeof PREDICT_ASKS)[number];

export const CODE_LANGS = ['yaml', 'shell', 'text'] as const;
/** The language of a code block (for highlighting; code is never translated). */
export type CodeLang = (typeof CODE_LANGS)[number];

/** A place in a content file: 1-based line and column. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** A content problem: a value, never thrown. `message` and `hint` are in the language asked for. */
export interface ContentError extends SourcePos {
  /** Stable identifier of the kind of problem (ErrorCode in errors.ts). */
  readonly code: string;
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
}

/**
 * What a command, question, fix step or drill check expects of one Pod once the learner is done.
 * Every field but `pod` is optional; only the fields given are judged.
 */
export interface PodGoal {
  readonly pod: string;
  readonly namespace?: string;
  /** false: the Pod must not exist (e.g. after `kubectl delete`). Default true. */
  readonly exists?: boolean;
  /** The container `image` applies to; without it, any container may match. */
  readonly container?: string;
  readonly image?: string;
  /** Labels that must be present with these values (others may exist too). */
  readonly labels?: Readonly<Record<string, string>>;
  /** The STATUS column, e.g. `Running`, `Completed`. */
  readonly status?: string;
  /** The READY column, e.g. `1/1`. */
  readonly ready?: string;
  readonly restarts?: number;
  /** Simulated seconds to let pass before judging. YAML takes a duration (`90s`, `5m`). */
  readonly after?: number;
}

/** A link into a lesson: YAML `lesson-id` or `lesson-id#page-id`. */
export interface LessonLink {
  readonly id: string;
  readonly page?: string;
}

/** One lesson file: `kind: lesson`. The id equals the file name without `.yaml`. */
export interface Lesson {
  readonly id: string;
  readonly module: ModuleLetter;
  readonly syllabus: readonly SyllabusId[];
  readonly minutes: number;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  readonly pages: readonly Page[];
  /** Question ids asked at the end of the lesson. */
  readonly checkpoint: readonly string[];
}

/** One screen of a lesson. */
export interface Page {
  readonly id: string;
  readonly title: Bilingual;
  readonly body: readonly Block[];
}

/** A claim that circulates widely but is wrong, and what is true instead. */
export interface Trap {
  readonly claim: Bilingual;
  readonly truth: Bilingual;
}

/**
 * A hands-on step inside a lesson: watch a manifest run and predict one column at time `at`.
 * `answer` is optional because the simulator can compute it; when given, validate checks it.
 */
export interface PredictStep {
  readonly kind: 'step';
  readonly type: 'predict';
  readonly prompt: Bilingual;
  readonly manifest: string;
  /** Simulated seconds. YAML takes a duration (`90s`). */
  readonly at: number;
  readonly ask: PredictAsk;
  readonly answer?: string;
  readonly explanation?: Bilingual;
}

/** A hands-on step: a broken manifest to repair until `goal` holds. */
export interface FixStep {
  readonly kind: 'step';
  readonly type: 'fix';
  readonly prompt: Bilingual;
  readonly manifest: string;
  readonly goal: PodGoal;
  readonly hints?: readonly Bilingual[];
  readonly solution?: string;
}

/**
 * A piece of a page body. In YAML each block is a one-key map whose key is the kind
 * (`- text: {en, ko}`); here the key becomes `kind`.
 */
export type Block =
  | { readonly kind: 'text'; readonly text: Bilingual }
  | {
      readonly kind: 'code';
      readonly lang: CodeLang;
      /** Never translated. */
      readonly source: string;
      readonly caption?: Bilingual;
      /** A YAML snippet that is not a whole manifest, so manifest checks skip it. */
      readonly fragment?: boolean;
    }
  | { readonly kind: 'kubectl'; readonly command: string; readonly note?: Bilingual; readonly output?: string }
  /** Preformatted art. YAML takes one string for both languages, or `{en, ko}`. */
  | { readonly kind: 'diagram'; readonly art: Bilingual }
  | { readonly kind: 'traps'; readonly traps: readonly Trap[] }
  | PredictStep
  | FixStep;

/** Fields every question has. */
export interface QuestionBase {
  readonly id: string;
  readonly type: QuestionType;
  /** A lesson id (or a syllabus topic slug whose lesson may come later). */
  readonly topic: string;
  readonly syllabus: SyllabusId;
  readonly difficulty: 1 | 2 | 3;
  readonly exams: readonly Exam[];
  /** Kubernetes versions the question holds for, e.g. `1.29+` or `1.33`. */
  readonly k8s?: string;
  readonly prompt: Bilingual;
  readonly explanation: Bilingual;
  readonly lesson?: LessonLink;
}

/** An answer option of a single or multi question; `why` explains it whether right or wrong. */
export interface Choice {
  readonly id: string;
  readonly text: Bilingual;
  readonly why: Bilingual;
}

/** One item of an order question. */
export interface OrderStep {
  readonly id: string;
  readonly text: Bilingual;
}

/** A question of any type; switch on `type`. */
export type Question =
  | (QuestionBase & { readonly type: 'single'; readonly choices: readonly Choice[]; readonly answer: string })
  | (QuestionBase & { readonly type: 'multi'; readonly choices: readonly Choice[]; readonly answer: readonly string[] })
  | (QuestionBase & { readonly type: 'truefalse'; readonly answer: boolean; readonly why: Bilingual })
  | (QuestionBase & { readonly type: 'order'; readonly steps: readonly OrderStep[]; readonly answer: readonly string[] })
  /** Free text; an answer is right when it equals one of `accept` after NFC, trim and case folding. */
  | (QuestionBase & { readonly type: 'text'; readonly accept: readonly string[] })
  | (QuestionBase & {
      readonly type: 'command';
      /** Manifests applied before the learner types (YAML text, may hold several documents). */
      readonly setup?: string;
      readonly goal: PodGoal;
      /** A reference command line. */
      readonly solution: string;
    })
  | (QuestionBase & { readonly type: 'yaml'; readonly starter: string; readonly goal: PodGoal; readonly solution: string })
  | (QuestionBase & {
      readonly type: 'predict';
      readonly manifest: string;
      /** Simulated seconds. YAML takes a duration (`90s`). */
      readonly at: number;
      readonly ask: PredictAsk;
      /** The column value: `CrashLoopBackOff`, `1/2`, or a restart count as digits. */
      readonly answer: string;
    })
  | (QuestionBase & {
      readonly type: 'card';
      /** The model answer. */
      readonly answer: Bilingual;
      /** 3 to 5 points an interviewer listens for. */
      readonly keyPoints: readonly Bilingual[];
      readonly wrongAnswer: Bilingual;
    });

/** How a drill is judged; `weight` is its share of the drill's points. */
export type DrillCheck =
  | { readonly id: string; readonly weight: number; readonly message: Bilingual; readonly kind: 'pod'; readonly expect: PodGoal }
  | {
      readonly id: string;
      readonly weight: number;
      readonly message: Bilingual;
      readonly kind: 'jsonpath';
      /** `pod/NAME` (or another `kind/name`). */
      readonly resource: string;
      readonly namespace?: string;
      /** A kubectl JSONPath template, e.g. `{.spec.containers[0].image}`. */
      readonly path: string;
      readonly expect: string;
    }
  /** A file the learner writes (e.g. `kubectl ... > /opt/out.txt`); compared after trimming. */
  | { readonly id: string; readonly weight: number; readonly message: Bilingual; readonly kind: 'file'; readonly path: string; readonly expect: string };

/** A reference solution: commands to type and/or a manifest to apply. At least one is present. */
export interface DrillSolution {
  readonly commands?: readonly string[];
  readonly manifest?: string;
}

/** A CKA-style hands-on task. */
export interface Drill {
  readonly id: string;
  readonly title: Bilingual;
  readonly syllabus: SyllabusId;
  readonly domain: Domain;
  /** Points the task is worth in a mock exam, as the exam prints them (e.g. 4 for 4%). */
  readonly weight: number;
  /** Minutes a learner should need; optional. */
  readonly minutes?: number;
  /** Manifests applied before the task starts (YAML text). */
  readonly setup?: string;
  readonly task: Bilingual;
  readonly checks: readonly DrillCheck[];
  readonly hints: readonly Bilingual[];
  readonly solution: DrillSolution;
}

export type { ModuleLetter, SyllabusId };

/**
 * When a guided lab step is done. `ran`: the learner ran a kubectl command that kubectl accepted
 * and whose words include these (resource aliases and `pod/web` forms count, flags in any order);
 * `pod` and `jsonpath` are judged on the live cluster at the moment (a lab goal has no `after`).
 */
export type LabGoal =
  | { readonly kind: 'ran'; readonly command: string }
  | { readonly kind: 'pod'; readonly expect: PodGoal }
  | { readonly kind: 'jsonpath'; readonly resource: string; readonly namespace?: string; readonly path: string; readonly expect: string };

/** One step of a guided lab: what to do, a hint, when it is done, and what finishes it. */
export interface LabStep {
  readonly text: Bilingual;
  readonly hint?: Bilingual;
  readonly until: LabGoal;
  /** What a learner types to finish the step; `podlab validate` proves it does. */
  readonly solution: DrillSolution;
  /** Cluster time the goal may take to be met after the solution ran (default 2 minutes). */
  readonly within?: number;
}

/** A guided scenario of the Lab: a broken or interesting cluster and steps through it. */
export interface LabScenario {
  readonly id: string;
  readonly title: Bilingual;
  readonly syllabus: SyllabusId;
  readonly minutes?: number;
  /** The situation, shown when the lab opens. */
  readonly intro: Bilingual;
  /** Manifests (and a Scenario's timed actions) in the cluster at t = 0, as a drill's setup. */
  readonly setup?: string;
  readonly steps: readonly LabStep[];
  /** What the learner saw and should remember, shown when the last step is done. */
  readonly outro: Bilingual;
}
