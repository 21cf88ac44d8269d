/**
 * Check 4: a command question's setup misses the goal, and its solution command, run through
 * the kubectl layer on that setup, reaches it once `after` has passed since the command.
 */
import type { SimCheckCtx } from './context.js';
import { goalFailures, goalTime, seconds } from './goal.js';
import { whyText } from './repair.js';
import { advance, type RunInput } from './run.js';
import { runnable } from './runnable.js';
import type { CommandSite } from './sites.js';
import { runSolution, SOLUTION_AT_MS } from './solution.js';

function checkCommand(ctx: SimCheckCtx, c: CommandSite): void {
  let setup: RunInput = { objects: [] };
  if (c.setup) {
    const run = runnable(ctx, c.setup);
    if (!run.ok) return;
    setup = run;
  }
  const ms = goalTime(c.goal);
  if (goalFailures(ctx.runAt(c.setup?.text ?? '', setup, SOLUTION_AT_MS + ms), c.goal, SOLUTION_AT_MS).length === 0) {
    ctx.report(ctx.at(c.owner, c.setup ? 'setup' : 'goal'), 'sim-goal', { key: 'startPasses', vars: { at: seconds(ms) } }, { key: 'startPassesHint' });
  }
  const at = ctx.at(c.owner, 'solution');
  const done = runSolution(ctx, setup, [{ text: c.command, at }]);
  if (!done) return;
  const doneMs = done.now;
  const failures = goalFailures(advance(done, doneMs + ms), c.goal, doneMs);
  if (failures.length > 0) ctx.report(at, 'sim-goal', { key: 'solutionFails', vars: { why: whyText(ctx, failures) } }, { key: 'solutionFailsHint' });
}

export function checkCommands(ctx: SimCheckCtx, sites: readonly CommandSite[]): void {
  for (const c of sites) ctx.guard(ctx.at(c.owner, 'solution'), () => checkCommand(ctx, c));
}
