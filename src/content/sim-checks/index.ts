/**
 * The simulator-backed content checks `podlab validate` runs (registered in ../checkers.ts):
 *
 * 1. Every manifest (yaml code blocks not marked `fragment`, steps, yaml/predict/command
 *    questions, drill setups and solutions) passes the simulated API server, as `kubectl create`
 *    on a fresh default cluster would take it; kinds podlab does not simulate only have to be
 *    well-formed. Errors point at the line and column inside the content file.
 * 2. A predicted STATUS / READY / RESTARTS equals `printPod` for the manifest's first Pod at `at`
 *    (default cluster, seed RUN_SEED, start RUN_START_MS), and does not change within
 *    AMBIGUITY_MS either side of `at`.
 * 3. A fix step's or yaml question's starting manifest misses its goal at `after`; its solution
 *    meets it.
 * 4. A command question's setup misses its goal; the setup plus the solution command (through
 *    the kubectl parser, replayed at t = 0) meets it.
 * 5. A drill's setup fails some check; setup plus solution passes them all, graded once at the
 *    longest `after` of its checks. `file` checks need a shell and are skipped.
 * 6. A lab plays through: from its setup at t = 0, each step's goal is unmet at its start and met
 *    within `within` of its solution (a `ran` goal: by one of the solution's commands).
 *
 * Checks that cannot be made (an unsimulated kind in a run, a solution that needs a shell) are
 * returned as `skipped`, never as errors. Runs of the same input are shared.
 */
import type { Lang } from '../../i18n/index.js';
import { sortErrors, type LoadedContent } from '../load.js';
import type { ContentError } from '../types.js';
import type { Checker } from '../validate.js';
import { simCheckCtx, type SkippedCheck } from './context.js';
import { checkCommands } from './commands.js';
import { checkDrills } from './drills.js';
import { checkLabs } from './labs.js';
import { checkManifests } from './manifests.js';
import { checkPredictions } from './predict.js';
import { checkRepairs } from './repair.js';
import { collectSites } from './sites.js';
import type { ReadText } from './source-map.js';

export type { SimErrorCode, SkippedCheck, SkipReason } from './context.js';
export { RUN_SEED, RUN_START_MS } from './run.js';
export { AMBIGUITY_MS } from './predict.js';

/** How many items of each sort were looked at (distinct manifest texts for `manifests`). */
export interface SimCheckCounts {
  readonly manifests: number;
  readonly predictions: number;
  readonly repairs: number;
  readonly commands: number;
  readonly drills: number;
  readonly labs: number;
}

/** Everything the checks found: errors, the checks they could not make (with why), and counts. */
export interface SimCheckResult {
  readonly errors: readonly ContentError[];
  readonly skipped: readonly SkippedCheck[];
  readonly counts: SimCheckCounts;
}

export interface SimCheckOptions {
  /** Reads a content file's text to place manifest errors on their exact line (default: disk). */
  readonly readText?: ReadText;
}

export function runSimChecks(content: LoadedContent, lang: Lang = 'en', options: SimCheckOptions = {}): SimCheckResult {
  const ctx = simCheckCtx(content, lang, options.readText);
  const sites = collectSites(content);
  checkManifests(ctx, sites.manifests);
  checkPredictions(ctx, sites.predicts);
  checkRepairs(ctx, sites.repairs);
  checkCommands(ctx, sites.commands);
  checkDrills(ctx, content.drills);
  checkLabs(ctx, content.labs);
  const counts: SimCheckCounts = {
    manifests: new Set(sites.manifests.map((m) => m.text)).size, predictions: sites.predicts.length,
    repairs: sites.repairs.length, commands: sites.commands.length, drills: content.drills.length, labs: content.labs.length,
  };
  return { errors: sortErrors(ctx.errors), skipped: ctx.skipped, counts };
}

/** The checks as one `Checker` for CONTENT_CHECKERS. */
export const simChecker: Checker = (content, lang) => runSimChecks(content, lang).errors;
