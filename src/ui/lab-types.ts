/** What the Lab screen takes from the CLI: content, the saved labs, the learner's files and editor. */
import type { Drill, LabScenario } from '../content/types.js';
import type { Lang } from '../i18n/index.js';
import type { LabEnv, LabRun } from '../practice/lab/index.js';

/** The guided scenarios, or what kept them from loading (worded for the learner). */
export interface LoadedLabs {
  readonly scenarios: readonly LabScenario[];
  /** The CKA drills, worked in a lab on the CKA drills screen. */
  readonly drills: readonly Drill[];
  /** The best score ever earned per drill id, in whole percent. */
  readonly drillBest: Readonly<Record<string, number>>;
  readonly problem?: string;
}

/**
 * A kubectl edit as the editor left it: documents to save, or kubectl's error. `settle` is told
 * how the save went: the file goes when it was saved; otherwise it stays, and the stderr to print
 * comes back with the kept copy named, as kubectl names it.
 */
export type EditedObject =
  | { readonly ok: true; readonly documents: readonly unknown[]; readonly settle: (saved: boolean, stderr: string) => string }
  | { readonly ok: false; readonly stderr: string };

export interface LabProps {
  /** Read once, when the Lab first opens. */
  readonly loadScenarios: () => Promise<LoadedLabs>;
  /** The saved labs by id, as the store holds them (each read with `readLabRun`). */
  readonly loadRuns: () => Promise<Readonly<Record<string, unknown>>>;
  /** Saves one lab (`undefined` forgets it); resolves to a problem worded for the learner, if any. */
  readonly saveRun: (id: string, run: LabRun | undefined) => Promise<string | undefined>;
  /** The learner's files for `apply -f` and friends (loads the YAML parser). */
  readonly lineEnv: (lang: Lang) => Promise<LabEnv>;
  /**
   * `kubectl edit`: the editor on the object's text, reopened with the error on top while the
   * YAML does not parse. Synchronous: it runs with the terminal handed over.
   */
  readonly editObject: (text: string, extension: 'yaml' | 'json') => EditedObject;
  /** `vi FILE`: the learner's editor on their file; a problem to show, or undefined. Synchronous. */
  readonly editFile: (path: string) => string | undefined;
  /** `... > FILE`: writes the learner's file; a problem to show, or undefined. */
  readonly writeFile: (path: string, text: string) => string | undefined;
  /** A drill's lab graded (on a copy; nothing in the lab changes) and the attempt saved: the report to print. */
  readonly checkDrill: (drill: Drill, run: LabRun) => Promise<string>;
  /** A drill's reference solution, as the lab prints it. */
  readonly solutionOf: (drill: Drill) => string;
  readonly wallNow: () => number;
  readonly newSeed: () => number;
}
