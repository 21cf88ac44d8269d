/**
 * What the app shell takes from the CLI. The UI reads no files, environment or store: the CLI
 * loads everything and passes it here, and hears back through the callbacks.
 */
import type { Bilingual, Lesson } from '../content/types.js';
import type { ModuleLetter } from '../content/syllabus.js';
import type { Lang } from '../i18n/index.js';
import type { QuizProps } from './state/quiz-types.js';
import type { LabProps } from './lab-types.js';

/** Every screen the app can show. Drills is a placeholder for now. */
export type ScreenId =
  | 'home'
  | 'lessons'
  | 'lesson'
  | 'progress'
  | 'settings'
  | 'quiz'
  | 'lab'
  | 'interview'
  | 'drills';

export const SCREEN_IDS: readonly ScreenId[] = [
  'home', 'lessons', 'lesson', 'progress', 'settings', 'quiz', 'lab', 'interview', 'drills',
];

export function isScreenId(value: unknown): value is ScreenId {
  return typeof value === 'string' && (SCREEN_IDS as readonly string[]).includes(value);
}

/** A place in the app: a screen, and for `lesson` (or a list) the id of the item. */
export interface ScreenTarget {
  readonly screen: ScreenId;
  readonly id?: string;
  /** A page inside a lesson: a page id or a 0-based number, as the store keeps it. */
  readonly page?: string | number;
}

/**
 * Where the learner left off, as the store keeps it. `screen` is a plain string because a newer
 * build may have saved a screen this one does not know; such a value is ignored.
 */
export interface LastVisited {
  readonly screen: string;
  readonly id?: string;
  readonly page?: string | number;
}

/** One lesson as the lists need it; the reader gets the full lesson later. */
export interface LessonSummary {
  readonly id: string;
  readonly title: Bilingual;
  readonly module: ModuleLetter;
  readonly minutes: number;
  readonly pages: number;
  readonly done: boolean;
  readonly summary?: Bilingual;
}

/** A lesson's progress as the store keeps it; the reader resumes from it and adds to it. */
export interface SavedLessonProgress {
  /** The last page seen: a page id, or a 0-based page number in older saves. */
  readonly page?: string | number;
  /** Every page seen so far, in the order first seen. */
  readonly pagesSeen?: readonly (string | number)[];
  readonly done?: boolean;
}

/** What the reader reports when the learner reaches a page or finishes a lesson. */
export interface LessonProgressPatch {
  /** The page id on screen. */
  readonly page: string;
  /** Every page seen so far, this one included. */
  readonly pagesSeen: readonly (string | number)[];
  /** Present, and true, only when this report finishes the lesson. */
  readonly done?: true;
}

/**
 * One lesson file as the reader gets it: the lesson, no such file, or a file that could not be
 * read, with its problems already worded (`file:line:col: message`).
 */
export type LessonLoad =
  | { readonly kind: 'ok'; readonly lesson: Lesson }
  | { readonly kind: 'missing' }
  | { readonly kind: 'broken'; readonly problems: readonly string[] };

/** The figures of the Progress screen, as `podlab progress --json` prints them. */
export interface ProgressSummary {
  readonly lessons: { readonly done: number; readonly total: number };
  readonly questions: { readonly answered: number; readonly correct: number; readonly due: number };
  readonly streakDays: number;
  /** The progress file, shown as is. */
  readonly storePath: string;
}

/** A message shown once on the home screen: already in the user's language, or in both. */
export type Notice = string | Bilingual;

/** The data the app shows. */
export interface AppData {
  /** Empty while `isLoadingLessons`. */
  readonly lessons: readonly LessonSummary[];
  /**
   * The lessons are still being read: the first frame does not wait for them. The app says so
   * where they would show, and updates in place when new props arrive with them.
   */
  readonly isLoadingLessons: boolean;
  readonly progress: ProgressSummary;
  readonly lastVisited?: LastVisited;
  /** Every notice so far. A longer list later puts up the new ones; each shows once. */
  readonly notices: readonly Notice[];
  /**
   * Saved progress by lesson id, known before the lessons are parsed: the list's marks and where
   * a lesson resumes come from it. None when absent.
   */
  readonly lessonProgress?: Readonly<Record<string, SavedLessonProgress>>;
}

/** What arrives once the lessons are loaded: they, the figures that count them, and all notices. */
export type LoadedLessons = Pick<AppData, 'lessons' | 'progress' | 'notices'>;

/** A manifest to edit in the learner's own editor: its text, and a file name to give it. */
export interface EditRequest {
  readonly text: string;
  /** A plain file name such as `web.yaml`, so the editor highlights it as YAML. */
  readonly fileName: string;
}

/** What the editor gave back: the text as saved, or why the edit did not finish. */
export type EditOutcome =
  | { readonly kind: 'saved'; readonly text: string }
  /** `detail`: the editor's exit status or the error that kept it from starting, for the learner. */
  | { readonly kind: 'failed'; readonly detail: string };

/** The learner's editor, as the fix steps open it. */
export interface StepEditor {
  /** How the learner knows it, e.g. `vi` or `code --wait`. */
  readonly name: string;
  /**
   * Opens the editor on the text and returns once it exits. Synchronous on purpose: while the
   * editor owns the terminal the app's event loop must not run, or Ink would read the keys meant
   * for the editor. The app leaves its screen and raw mode before calling it, and restores both.
   */
  readonly edit: (request: EditRequest) => EditOutcome;
}

/** Everything `runApp` and `<App/>` take. */
export interface AppOptions extends AppData {
  readonly lang: Lang;
  /** Where to open; default the home screen. `lesson` needs `id`. */
  readonly initialScreen?: ScreenTarget;
  /** Called when the learner picks another language in Settings; save it. */
  readonly onLangChange: (lang: Lang) => void;
  /** Called when the learner opens a lesson or turns a page, so Continue can return there. */
  readonly onVisit: (target: ScreenTarget) => void;
  /**
   * Reads one lesson file, when the learner opens that lesson; never the others. Called once
   * per lesson and session; a rejection is shown as a lesson that could not be read.
   */
  readonly loadLesson: (id: string) => Promise<LessonLoad>;
  /** Called when the learner reaches a page of a lesson, or finishes it; save it. */
  readonly onLessonProgress: (id: string, patch: LessonProgressPatch) => void;
  /** Opens fix steps' manifests; without it a fix step says no editor can be opened. */
  readonly editor?: StepEditor;
  /** The questions, the learner's history and where answers go; without it Quiz and Interview are not available. */
  readonly quiz?: QuizProps;
  /** The Lab's scenarios, saved labs, files and editor; without it the Lab is not available. */
  readonly lab?: LabProps;
}
