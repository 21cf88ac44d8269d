// A command at the lab's prompt still waiting while the clock runs: a `delete` until its objects
// are gone; `replace --force` then creates them again, at the moment kubectl would look.
import { allGone, continueWait, type Continuation, type ExecuteResult } from '../../sim/kubectl/index.js';
import { advanceLab, type LabLive } from './lab-live.js';
import { outLines, type OutLine } from './lab-line.js';

/** What a command waits for, and what it does after. */
export interface LabWait {
  readonly waitFor: NonNullable<ExecuteResult['waitFor']>;
  readonly then?: Continuation;
}

/**
 * Moves the lab's clock on to `t` with a command waiting. Returns undefined while it still waits,
 * or the lines it printed when it finished (none for a delete).
 */
export function advanceWaiting(lab: LabLive, wait: LabWait, t: number): readonly OutLine[] | undefined {
  const then = wait.then;
  if (!then) {
    advanceLab(lab, t);
    return allGone(wait.waitFor, lab.live.cluster.view) ? [] : undefined;
  }
  const rest = continueWait(wait.waitFor, then, lab.live.cluster, (ms) => advanceLab(lab, ms - lab.startEpochMs), lab.startEpochMs + t);
  if (!rest) return undefined;
  advanceLab(lab, t);
  return outLines(rest);
}
