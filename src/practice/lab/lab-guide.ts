// The guide of a scenario: the step in progress is done when its goal is met, judged after every
// accepted kubectl command and as the clock runs, by the same rule `podlab validate` proves the
// scenario with. A met step hands over to the next at once, whose goal may be met already.
import { labGoalMet } from '../../content/sim-checks/lab-goals.js';
import type { LabStep } from '../../content/types.js';
import type { LabLive } from './lab-live.js';

/** Steps finished just now: their numbers (1-based), and whether that was the last. */
export interface GuideNews {
  readonly done: readonly number[];
  readonly isFinished: boolean;
}

/** The step in progress, or undefined in the free lab or when all are done. */
export const currentStep = (lab: LabLive): LabStep | undefined => lab.scenario?.steps[lab.step];

/**
 * Records an accepted kubectl command (`words` without `kubectl`/`k`; none when only time
 * passed) and moves the guide past every step whose goal is met now.
 */
export function advanceGuide(lab: LabLive, words?: readonly string[]): GuideNews | undefined {
  if (!currentStep(lab)) return undefined;
  if (words) lab.ran.push(words);
  const done: number[] = [];
  for (let step = currentStep(lab); step && labGoalMet(lab.live.session.state, step.until, lab.ran); step = currentStep(lab)) {
    done.push(lab.step + 1);
    lab.step += 1;
    lab.ran = [];
    lab.hints = 0;
  }
  return done.length > 0 ? { done, isFinished: currentStep(lab) === undefined } : undefined;
}
