/** The body of an open step: the prediction being typed, its timeline, or the manifest to fix. */
import type { StepState } from '../state/step-state.js';
import type { ViewContext } from './context.js';
import type { Line } from './line.js';
import { askLines } from './step-ask.js';
import { fixLines } from './step-fix.js';
import { observeLines } from './step-observe.js';

export function stepLines(ctx: ViewContext, step: StepState): Line[] {
  if (step.kind === 'fix') return fixLines(ctx, step);
  return step.observation ? observeLines(ctx, step, step.observation) : askLines(ctx, step);
}
