/**
 * Keys and results on an open step. Keys arrive raw and are mapped here, with the mode the step
 * is in when each arrives (`step-keys.ts`); results are the hooks' answers to a request.
 * Commands that mean nothing in a mode leave the step as it is.
 */
import type { Lang } from '../../i18n/index.js';
import { assertNever } from '../../util/assert-never.js';
import { bodyHeight } from '../layout.js';
import { uiText } from '../messages.js';
import type { StepCommand, StepKey } from '../step-keys.js';
import { choiceOfKey, predictionProblem, STATUS_CHOICES } from '../steps/prediction.js';
import type { ViewContext } from '../views/context.js';
import { askLayout } from '../views/step-ask.js';
import { fixLayout } from '../views/step-fix.js';
import { maxOffset } from '../views/step-parts.js';
import { moveCursor } from './step-cursor.js';
import {
  stepMode, withRequest, type FixState, type PredictState, type StepRequest, type StepResult, type StepState,
} from './step-state.js';

/** The screen a key arrives on. */
export interface StepEnv {
  readonly lang: Lang;
  readonly columns: number;
  readonly rows: number;
}

/** What a key asks of the app beyond the step. */
export type StepOutcome = 'close' | 'help' | 'lang' | 'quit';

const OUTCOMES: Partial<Record<StepCommand, StepOutcome>> = { close: 'close', help: 'help', lang: 'lang', quit: 'quit' };

const ctxOf = (env: StepEnv): ViewContext => ({ lang: env.lang, t: uiText(env.lang), width: env.columns, height: bodyHeight(env.rows) });

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const dropLast = (text: string) => [...segmenter.segment(text)].slice(0, -1).map((s) => s.segment).join('');

/** A window `rows` high over `total` lines moved by `by`, or to an end. */
function scrolled(offset: number, command: StepCommand, rows: number, max: number): number {
  const page = Math.max(1, rows - 1);
  const by: Partial<Record<StepCommand, number>> = { up: -1, down: 1, pageUp: -page, pageDown: page, first: -Infinity, last: Infinity };
  const move = by[command];
  return move === undefined ? offset : Math.min(max, Math.max(0, Math.min(offset, max) + move));
}

/**
 * Text typed into the prediction. A digit on an empty answer picks a STATUS choice; while the
 * answer is a pick, a digit picks again and anything else replaces it, as a selection would.
 */
function typeInto(step: PredictState, text: string): PredictState {
  const isPick = step.step.ask === 'status' && (step.answer === '' || step.choice !== undefined);
  const choice = isPick ? choiceOfKey(text) : undefined;
  if (choice !== undefined) return { ...step, answer: STATUS_CHOICES[choice] ?? '', choice, problem: undefined };
  const before = step.choice === undefined ? step.answer : '';
  return { ...step, answer: (before + text).normalize('NFC'), choice: undefined, problem: undefined };
}

function reduceAsk(step: PredictState, command: StepCommand, env: StepEnv): PredictState {
  switch (command) {
    case 'submit': {
      const problem = predictionProblem(step.step.ask, step.answer);
      return problem ? { ...step, problem } : withRequest({ ...step, problem: undefined }, 'play', step.answer.normalize('NFKC').trim());
    }
    case 'erase':
      return { ...step, answer: step.choice === undefined ? dropLast(step.answer) : '', choice: undefined, problem: undefined };
    case 'prevChoice':
    case 'nextChoice': {
      if (step.step.ask !== 'status') return step;
      const n = STATUS_CHOICES.length;
      const choice = step.choice === undefined ? (command === 'nextChoice' ? 0 : n - 1) : (step.choice + (command === 'nextChoice' ? 1 : n - 1)) % n;
      return { ...step, choice, answer: STATUS_CHOICES[choice] ?? '', problem: undefined };
    }
    case 'pageUp':
    case 'pageDown': {
      const { box, boxRows } = askLayout(ctxOf(env), step);
      return { ...step, box: scrolled(step.box, command, boxRows, maxOffset(box, boxRows)) };
    }
    default:
      return step;
  }
}

function reduceFix(step: FixState, command: StepCommand, env: StepEnv): FixState {
  switch (command) {
    case 'edit':
      return step.editor === undefined ? { ...step, note: { kind: 'noEditor' } } : withRequest({ ...step, note: undefined }, 'edit', step.text);
    case 'reset':
      return { ...step, text: step.step.manifest, check: undefined, note: { kind: 'reset' }, box: 0 };
    case 'up':
    case 'down':
    case 'pageUp':
    case 'pageDown':
    case 'first':
    case 'last': {
      const { box, boxRows } = fixLayout(ctxOf(env), step);
      return { ...step, box: scrolled(step.box, command, boxRows, maxOffset(box, boxRows)) };
    }
    default:
      return step;
  }
}

/** One key on the step. */
export function reduceStepKey(step: StepState, key: StepKey, env: StepEnv): { readonly step: StepState; readonly outcome?: StepOutcome } {
  const mode = stepMode(step);
  if (typeof key !== 'string') return { step: step.kind === 'predict' && (mode === 'choose' || mode === 'type') ? typeInto(step, key.text) : step };
  const outcome = OUTCOMES[key];
  if (outcome) return { step, outcome };
  switch (mode) {
    case 'choose':
    case 'type':
      return { step: step.kind === 'predict' ? reduceAsk(step, key, env) : step };
    case 'observe':
      return { step: step.kind === 'predict' ? moveCursor(step, key) : step };
    case 'fix':
      return { step: step.kind === 'fix' ? reduceFix(step, key, env) : step };
    case 'busy':
      return { step };
    default:
      return assertNever(mode);
  }
}

/** A hook's answer to `request`; a stale one (the step has moved on) is dropped. */
export function reduceStepResult(step: StepState, request: StepRequest, result: StepResult): StepState {
  if (step.request !== request) return step;
  if (step.kind === 'predict') {
    if (result.kind !== 'played') return step;
    const { observation } = result;
    return { ...step, request: undefined, observation, cursor: observation.kind === 'played' ? observation.timeline.atIndex : 0 };
  }
  switch (result.kind) {
    case 'edited': {
      const { outcome } = result;
      if (outcome.kind === 'failed') return { ...step, request: undefined, note: { kind: 'editorFailed', detail: outcome.detail } };
      return withRequest({ ...step, text: outcome.text, note: undefined }, 'check', outcome.text);
    }
    case 'checked': {
      const { check } = result;
      const isFailure = check.kind !== 'judged' || check.failures.length > 0;
      return { ...step, request: undefined, check, failures: step.failures + (isFailure ? 1 : 0) };
    }
    case 'played':
      return step;
    default:
      return assertNever(result);
  }
}
