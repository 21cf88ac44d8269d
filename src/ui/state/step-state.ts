/**
 * A hands-on step open in the reader: a prediction being typed, then its timeline being
 * scrubbed; or a manifest being repaired. Pure: the simulator and the editor are reached by
 * hooks (`hooks/use-step-work.ts`), which see a `request` here and answer with a StepResult.
 */
import type { FixStep, PredictStep } from '../../content/types.js';
import type { PredictionProblem } from '../steps/prediction.js';
import type { FixCheck, Observation } from '../steps/types.js';
import type { EditOutcome } from '../types.js';

/** Where the step sits: its page and its place in the page's body. */
export interface StepPlace {
  readonly page: number;
  readonly block: number;
}

/**
 * What a hook is asked to do: play the prediction `text`, open the manifest `text` in the
 * editor, or check it. Each request is a new object: an answer names the request it answers,
 * so one that arrives after the learner moved on is told apart by identity and dropped.
 */
export interface StepRequest {
  readonly kind: 'play' | 'edit' | 'check';
  readonly text: string;
}

/** A hook's answer to a request. */
export type StepResult =
  | { readonly kind: 'played'; readonly observation: Observation }
  | { readonly kind: 'edited'; readonly outcome: EditOutcome }
  | { readonly kind: 'checked'; readonly check: FixCheck };

export interface PredictState {
  readonly kind: 'predict';
  readonly place: StepPlace;
  readonly step: PredictStep;
  /** The prediction as typed so far. */
  readonly answer: string;
  /** The STATUS choice the answer came from, while it is unchanged. */
  readonly choice: number | undefined;
  /** Why the last Enter was refused. */
  readonly problem: PredictionProblem | undefined;
  /** The first manifest line on show. */
  readonly box: number;
  readonly request: StepRequest | undefined;
  readonly observation: Observation | undefined;
  /** The frame on show. */
  readonly cursor: number;
}

/** Said once under the fix screen, until the next action. */
export type FixNote =
  | { readonly kind: 'reset' }
  | { readonly kind: 'noEditor' }
  | { readonly kind: 'editorFailed'; readonly detail: string };

export interface FixState {
  readonly kind: 'fix';
  readonly place: StepPlace;
  readonly step: FixStep;
  /** The learner's editor as they know it; undefined when none can be opened. */
  readonly editor: string | undefined;
  /** The manifest as the learner has it now. */
  readonly text: string;
  readonly box: number;
  readonly request: StepRequest | undefined;
  /** The last check of `text`. */
  readonly check: FixCheck | undefined;
  /** Checks that failed so far: each one shows the next hint. */
  readonly failures: number;
  readonly note: FixNote | undefined;
}

export type StepState = PredictState | FixState;

/** A step as the page holds it, opened fresh; `editor` names the editor fix steps open. */
export function openStep(step: PredictStep | FixStep, place: StepPlace, editor?: string): StepState {
  if (step.type === 'predict') {
    return {
      kind: 'predict', place, step, answer: '', choice: undefined, problem: undefined, box: 0,
      request: undefined, observation: undefined, cursor: 0,
    };
  }
  return { kind: 'fix', place, step, editor, text: step.manifest, box: 0, request: undefined, check: undefined, failures: 0, note: undefined };
}

/** How the step takes keys now. */
export type StepMode = 'choose' | 'type' | 'observe' | 'fix' | 'busy';

export function stepMode(step: StepState): StepMode {
  if (step.request) return 'busy';
  if (step.kind === 'fix') return 'fix';
  if (step.observation) return 'observe';
  return step.step.ask === 'status' ? 'choose' : 'type';
}

/** The step waiting for a hook to do `kind` with `text`. */
export function withRequest<S extends StepState>(step: S, kind: StepRequest['kind'], text: string): S {
  return { ...step, request: { kind, text } };
}
