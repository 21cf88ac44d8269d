/**
 * `validateContent`: loaded content → the report `podlab validate --json` prints. Extra checks
 * (the simulator's, for manifests and predicted answers) plug in as Checkers.
 */
import type { Lang } from '../i18n/index.js';
import type { LoadedContent } from './load.js';
import { sortErrors } from './load.js';
import { QUESTION_TYPES, type ContentError, type QuestionType } from './types.js';

/** A semantic check over a whole loaded content set; returns its problems in `lang`. */
export type Checker = (content: LoadedContent, lang: Lang) => readonly ContentError[];

/** Exactly the JSON of `podlab validate --json`, in this key order. */
export interface ValidationReport {
  readonly lessons: number;
  readonly questions: number;
  readonly byType: Readonly<Record<QuestionType, number>>;
  readonly interview: number;
  readonly drills: number;
  /** Guided lab scenarios. */
  readonly labs: number;
  readonly missingTranslations: number;
  readonly errors: readonly { readonly file: string; readonly line: number; readonly col: number; readonly message: string }[];
}

export interface ValidateOptions {
  readonly checkers?: readonly Checker[];
  /** Language passed to checkers. Default English. */
  readonly lang?: Lang;
  /** How file paths appear in the report (e.g. relative to the working directory). */
  readonly displayPath?: (file: string) => string;
}

/** The report, plus every error in full (with code and hint) in the same order. */
export interface Validation {
  readonly report: ValidationReport;
  readonly errors: readonly ContentError[];
}

export function validateContent(content: LoadedContent, options: ValidateOptions = {}): Validation {
  const lang = options.lang ?? 'en';
  const extra = (options.checkers ?? []).flatMap((check) => check(content, lang));
  const show = options.displayPath ?? ((file: string) => file);
  const errors = sortErrors([...content.errors, ...extra]).map((e) => ({ ...e, file: show(e.file) }));
  const { stats } = content;
  const byType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, stats.byType[type]])) as Record<QuestionType, number>;
  const report: ValidationReport = {
    lessons: stats.lessons,
    questions: stats.questions,
    byType,
    interview: stats.interview,
    drills: stats.drills,
    labs: stats.labs,
    missingTranslations: stats.missingTranslations,
    errors: errors.map(({ file, line, col, message }) => ({ file, line, col, message })),
  };
  return { report, errors };
}
