/**
 * Check 5: a drill's setup fails its checks (there is something to do), and its reference
 * solution, run through the kubectl layer on the setup, passes every check. A drill is graded
 * once, when the longest `after` of its checks has passed since the solution's last command.
 */
import type { SimState } from '../../sim/index.js';
import { assertNever } from '../../util/assert-never.js';
import type { Drill, DrillCheck } from '../types.js';
import type { SimCheckCtx } from './context.js';
import { goalFailures, goalTime } from './goal.js';
import { jsonpathFailures } from './jsonpath.js';
import type { SimSaid } from './messages.js';
import { whyText } from './repair.js';
import { advance, type RunInput } from './run.js';
import { runnable } from './runnable.js';
import { runSolution, SOLUTION_AT_MS, type SolutionLine } from './solution.js';

/** Why a check fails in this state; undefined for a `file` check, which needs the learner's shell. */
/** What a check finds wrong in the cluster; undefined for a file check, which reads the learner's disk. */
export function checkFailures(state: SimState, check: DrillCheck, sinceMs: number): SimSaid[] | undefined {
  switch (check.kind) {
    case 'pod': return goalFailures(state, check.expect, sinceMs);
    case 'jsonpath': return jsonpathFailures(state, check.resource, check.namespace ?? 'default', check.path, check.expect);
    case 'file': return undefined;
    default: return assertNever(check);
  }
}

/** When a drill is judged: once the longest `after` of its checks has passed. */
export const gradeTime = (drill: Drill): number =>
  Math.max(0, ...drill.checks.map((c) => (c.kind === 'pod' ? goalTime(c.expect) : 0)));

function checkDrill(ctx: SimCheckCtx, drill: Drill): void {
  let setup: RunInput = { objects: [] };
  if (drill.setup !== undefined) {
    const run = runnable(ctx, { owner: drill, field: 'setup', text: drill.setup });
    if (!run.ok) return;
    setup = run;
  }
  const ms = gradeTime(drill);
  const before = ctx.runAt(drill.setup ?? '', setup, SOLUTION_AT_MS + ms);
  // Note: a file check always fails on the setup: nobody has written the file yet.
  if (drill.checks.every((c) => checkFailures(before, c, SOLUTION_AT_MS)?.length === 0)) {
    ctx.report(ctx.at(drill, drill.setup !== undefined ? 'setup' : 'checks'), 'sim-drill', { key: 'drillSetupPasses' }, { key: 'drillSetupPassesHint' });
  }
  const { commands = [], manifest } = drill.solution;
  const lines: SolutionLine[] = commands.map((text, i) => ({ text, at: ctx.at(commands, String(i)) }));
  const applied = manifest !== undefined ? { text: manifest, at: ctx.at(drill.solution, 'manifest') } : undefined;
  const done = runSolution(ctx, setup, lines, applied);
  if (!done) return;
  const doneMs = done.now;
  const after = advance(done, doneMs + ms);
  for (const check of drill.checks) {
    const failures = checkFailures(after, check, doneMs);
    if (failures === undefined) ctx.skip(ctx.at(check), 'file-check', check.id);
    else if (failures.length > 0) {
      ctx.report(ctx.at(check), 'sim-drill', { key: 'drillSolutionFails', vars: { check: check.id, why: whyText(ctx, failures) } }, { key: 'drillSolutionFailsHint' });
    }
  }
}

export function checkDrills(ctx: SimCheckCtx, drills: readonly Drill[]): void {
  for (const drill of drills) ctx.guard(ctx.at(drill), () => checkDrill(ctx, drill));
}
