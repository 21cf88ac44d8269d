/**
 * Check 6: a guided lab can be played through with its reference solutions. The cluster starts
 * at t = 0 with the setup; each step starts where the previous one ended. At its start a `pod` or
 * `jsonpath` goal must not be met yet; then, at a learner's pace, the step's solution runs through the kubectl layer
 * (its commands first, then its manifest, as a learner fixing a Pod deletes it before creating it
 * again) and the goal must be met within `within`, judged every simulated second. A `ran` goal
 * must be satisfied by one of the step's own solution commands. The next step starts the moment
 * the goal is met (for `ran`, once the solution has run). A step that cannot be finished ends the
 * check of its lab: the later steps have no cluster to start from.
 */
import type { SimState } from '../../sim/index.js';
import { parseKubectl, tokenize } from '../../sim/kubectl/index.js';
import type { LabScenario, LabStep } from '../types.js';
import type { SimCheckCtx } from './context.js';
import { seconds } from './goal.js';
import { labGoalFailures, ranMatches } from './lab-goals.js';
import type { SimSaid } from './messages.js';
import { whyText } from './repair.js';
import { advance, startRun, type RunInput } from './run.js';
import { runnable } from './runnable.js';
import { readsFile, runSolutionOn, shellOperator, type SolutionLine } from './solution.js';

/** How long a goal may take after the solution when the step does not say (`within`). */
export const DEFAULT_WITHIN_S = 120;
const TICK_MS = 1000;
/**
 * A learner reads each step and types before anything happens: the solution runs this long
 * after the step starts. Without it a guide could only work for someone who acts in the same
 * simulated instant (a delete before the Pods it means exist, a fix before the fault shows).
 */
export const LEARNER_PACE_MS = 15_000;

/** Why a solution line cannot be a lab solution: the Lab's prompt has kubectl, no shell and no editor. */
function lineProblem(text: string): SimSaid | undefined {
  const tokens = tokenize(text);
  // Note: a line that does not even split into words is reported by the run, with kubectl's words.
  if (!tokens.ok) return undefined;
  if (tokens.words[0] !== 'kubectl' && tokens.words[0] !== 'k') return { key: 'labNotKubectl', vars: { line: text } };
  if (shellOperator(text) !== undefined || readsFile(text)) return { key: 'labNeedsShell', vars: { line: text } };
  const parsed = parseKubectl(tokens.words);
  if (parsed.ok && 'request' in parsed && parsed.request.verb === 'edit') return { key: 'labEdit' };
  return undefined;
}

const HINTS: Readonly<Record<string, SimSaid>> = {
  labNotKubectl: { key: 'labNotKubectlHint' }, labNeedsShell: { key: 'labNeedsShellHint' }, labEdit: { key: 'labEditHint' },
};

/** Plays one step from `start`; the cluster when its goal is met, or undefined when it cannot be. */
function checkStep(ctx: SimCheckCtx, step: LabStep, n: number, start: SimState): SimState | undefined {
  const at = ctx.at(step);
  const goal = step.until;
  if (goal.kind !== 'ran' && labGoalFailures(start, goal).length === 0) {
    ctx.report(at, 'sim-lab', { key: 'labGoalAlreadyMet', vars: { step: n, at: seconds(start.now) } }, { key: 'labGoalAlreadyMetHint' });
  }
  const { commands = [], manifest } = step.solution;
  const lines: SolutionLine[] = commands.map((text, i) => ({ text, at: ctx.at(commands, String(i)) }));
  for (const line of lines) {
    const problem = lineProblem(line.text);
    if (problem) {
      ctx.report(line.at, 'sim-lab', problem, HINTS[problem.key]);
      return undefined;
    }
  }
  const applied = manifest !== undefined ? { text: manifest, at: ctx.at(step.solution, 'manifest') } : undefined;
  const done = runSolutionOn(ctx, advance(start, start.now + LEARNER_PACE_MS), lines, applied, 'commands-first');
  if (!done) return undefined;
  if (goal.kind === 'ran') {
    const satisfied = commands.some((c) => {
      const tokens = tokenize(c);
      return tokens.ok && ranMatches(goal.command, tokens.words);
    });
    if (!satisfied) ctx.report(at, 'sim-lab', { key: 'labRanUnmet', vars: { step: n, command: goal.command } }, { key: 'labRanUnmetHint', vars: { command: goal.command } });
    return done;
  }
  // Note: a run moves forward in place, so the moment the solution was done is kept apart.
  const doneMs = done.now;
  const within = step.within ?? DEFAULT_WITHIN_S;
  const limit = doneMs + Math.round(within * 1000);
  for (let state = done; ; state = advance(state, Math.min(limit, state.now + TICK_MS))) {
    const failures = labGoalFailures(state, goal, doneMs);
    if (failures.length === 0) return state;
    if (state.now >= limit) {
      ctx.report(at, 'sim-lab', { key: 'labGoalNotMet', vars: { step: n, within: seconds(within * 1000), why: whyText(ctx, failures) } }, { key: 'labGoalNotMetHint' });
      return undefined;
    }
  }
}

function checkLab(ctx: SimCheckCtx, lab: LabScenario): void {
  let setup: RunInput = { objects: [] };
  if (lab.setup !== undefined) {
    const run = runnable(ctx, { owner: lab, field: 'setup', text: lab.setup });
    if (!run.ok) return;
    const images = run.scenario?.images ?? [];
    if (images.length > 0) {
      ctx.report(ctx.at(lab, 'setup'), 'sim-lab', { key: 'labSetupImages', vars: { images: images.map((i) => i.image).join(', ') } }, { key: 'labSetupImagesHint' });
      return;
    }
    setup = run;
  }
  let state: SimState | undefined = startRun(setup.objects, setup.scenario);
  for (const [i, step] of lab.steps.entries()) {
    state = checkStep(ctx, step, i + 1, state);
    if (!state) return;
  }
}

export function checkLabs(ctx: SimCheckCtx, labs: readonly LabScenario[]): void {
  for (const lab of labs) ctx.guard(ctx.at(lab), () => checkLab(ctx, lab));
}
