/**
 * Check 3: a fix step or yaml question starts from a manifest that misses its goal, and its
 * solution meets it, both judged in the simulator at the goal's `after`.
 */
import type { SimCheckCtx } from './context.js';
import { goalFailures, goalTime, seconds } from './goal.js';
import { runnable } from './runnable.js';
import type { ManifestSite, RepairSite } from './sites.js';
import type { PodGoal } from '../types.js';
import type { SimSaid } from './messages.js';

/** Why the goal fails after running `site` alone, or undefined when it cannot be run. */
function judge(ctx: SimCheckCtx, site: ManifestSite, goal: PodGoal): SimSaid[] | undefined {
  const run = runnable(ctx, site);
  if (!run.ok) return undefined;
  return goalFailures(ctx.runAt(site.text, run, goalTime(goal)), goal);
}

/** The failures joined into one sentence in the checker's language. */
export function whyText(ctx: SimCheckCtx, failures: readonly SimSaid[]): string {
  return failures.map((f) => ctx.t(f.key, f.vars)).join(ctx.t('and'));
}

function checkRepair(ctx: SimCheckCtx, r: RepairSite): void {
  // Note: a starting manifest the API refuses misses any goal (its Pod never exists).
  const start = judge(ctx, r.start, r.goal);
  if (start?.length === 0) {
    ctx.report(ctx.at(r.start.owner, r.start.field), 'sim-goal', { key: 'startPasses', vars: { at: seconds(goalTime(r.goal)) } }, { key: 'startPassesHint' });
  }
  if (!r.solution) return;
  const solution = judge(ctx, r.solution, r.goal);
  if (solution && solution.length > 0) {
    ctx.report(ctx.at(r.solution.owner, r.solution.field), 'sim-goal', { key: 'solutionFails', vars: { why: whyText(ctx, solution) } }, { key: 'solutionFailsHint' });
  }
}

export function checkRepairs(ctx: SimCheckCtx, sites: readonly RepairSite[]): void {
  for (const r of sites) ctx.guard(ctx.at(r.start.owner, r.start.field), () => checkRepair(ctx, r));
}
