/**
 * The simulator work behind the hands-on steps, loaded only when a learner first runs one
 * (`hooks/use-step-work.ts`): it pulls in the simulator and the YAML reader, which the first
 * frame must not wait for. Pure and deterministic: same step and answer, same result.
 */
import { admitManifest } from '../../content/sim-checks/admit.js';
import { goalFailures, goalTime } from '../../content/sim-checks/goal.js';
import { advance, startRun, type PodRef } from '../../content/sim-checks/run.js';
import type { FixStep, PredictAsk, PredictStep } from '../../content/types.js';
import { judgePrediction } from '../../quiz/predict.js';
import { assertNever } from '../../util/assert-never.js';
import { buildTimeline, eventsNow, rowNow } from './timeline.js';
import type { FixCheck, Observation, PodRowText, Verdict } from './types.js';

/** The asked column of a row, as a predict answer key writes it. */
export function columnOf(row: PodRowText | undefined, ask: PredictAsk): string {
  if (!row) return '<none>';
  switch (ask) {
    case 'status':
      return row.status;
    case 'ready':
      return row.ready;
    case 'restarts':
      return String(Number.parseInt(row.restarts, 10));
    default:
      return assertNever(ask);
  }
}

/** Plays the step's manifest and judges `answer` against the asked column at `at`. */
export function observePrediction(step: PredictStep, answer: string): Observation {
  const admitted = admitManifest(step.manifest);
  if (admitted.problems.length > 0) return { kind: 'refused', problems: admitted.problems };
  // The first Pod is the one predicted, as the content checks take it (sim-checks/predict.ts).
  const pod = admitted.objects.find((o) => o.kind === 'Pod');
  if (!pod) return { kind: 'noPod' };
  const ref: PodRef = { namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '' };
  const timeline = buildTimeline(admitted, ref, Math.round(step.at * 1000));
  const actual = columnOf(timeline.frames[timeline.atIndex]?.row, step.ask);
  const verdict: Verdict = {
    ask: step.ask, predicted: answer, actual,
    isRight: actual !== '<none>' && judgePrediction(answer, { ask: step.ask, answer: actual }).correct,
  };
  return { kind: 'played', timeline, verdict };
}

/** Applies `text` on a fresh cluster and judges the step's goal at its `after`. */
export function checkFix(step: FixStep, text: string): FixCheck {
  const admitted = admitManifest(text);
  if (admitted.problems.length > 0) return { kind: 'refused', problems: admitted.problems };
  const at = goalTime(step.goal);
  const state = advance(startRun(admitted.objects, admitted.scenario), at);
  const ref: PodRef = { namespace: step.goal.namespace ?? 'default', name: step.goal.pod };
  const warning = eventsNow(state, ref).filter((e) => e.type === 'Warning').sort((a, b) => a.lastT - b.lastT).pop();
  return { kind: 'judged', at, failures: goalFailures(state, step.goal), row: rowNow(state, ref), warning };
}
