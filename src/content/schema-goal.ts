/** The goal shape shared by command and yaml questions, fix steps and drill checks. */
import { object, opt, req } from './decode-structs.js';
import { bool, duration, int, matching, str } from './decode-scalars.js';
import { labels } from './decode-text.js';
import { report, type DecodeCtx } from './decode-core.js';
import type { PodGoal, PredictAsk, SourcePos } from './types.js';

/** A DNS-1123 subdomain, the rule for Pod and container names. */
export const k8sName = matching(/^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/, 'badName', 'badNameHint');

/** `1/2`: ready containers / all containers. */
export const readyColumn = matching(/^\d+\/\d+$/, 'badReady', 'badReadyHint');

export const podGoal = object<PodGoal>({
  pod: req(k8sName),
  namespace: opt(k8sName),
  exists: opt(bool),
  container: opt(k8sName),
  image: opt(str),
  labels: opt(labels),
  status: opt(str),
  ready: opt(readyColumn),
  restarts: opt(int(0, 10_000)),
  after: opt(duration),
});

const ANSWER_SHAPES: Readonly<Record<PredictAsk, RegExp>> = {
  // STATUS values such as Running, CrashLoopBackOff, Init:0/2, Init:Error.
  status: /^[A-Za-z][\w:/.-]*$/,
  ready: /^\d+\/\d+$/,
  restarts: /^\d+$/,
};

/** Whether a predicted answer has the shape of the column asked about; reports when not. */
export function fitsAsk(ctx: DecodeCtx, ask: PredictAsk, answer: string, at: SourcePos | undefined): boolean {
  if (ANSWER_SHAPES[ask].test(answer)) return true;
  report(ctx, at ?? { file: ctx.file, line: 1, col: 1 }, 'bad-value',
    { key: 'badPredictAnswer', vars: { value: answer, ask } }, { key: 'badPredictAnswerHint' });
  return false;
}
