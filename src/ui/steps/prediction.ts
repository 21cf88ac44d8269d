/**
 * What a learner may type as a prediction, checked before anything runs: a STATUS (offered as
 * numbered choices, or typed), a READY value like `1/2`, or a number of restarts.
 */
import type { PredictAsk } from '../../content/types.js';
import { assertNever } from '../../util/assert-never.js';

/**
 * The STATUS values offered as choices, picked with 1-9 and 0: the ones lessons and the exams
 * meet most. Anything else (`Init:0/1`, `Terminating`, `NotReady` ...) is typed.
 */
export const STATUS_CHOICES: readonly string[] = [
  'Pending', 'ContainerCreating', 'Running', 'Completed', 'Error',
  'CrashLoopBackOff', 'ErrImagePull', 'ImagePullBackOff', 'OOMKilled', 'CreateContainerConfigError',
];

/** The key that picks choice `index`: 1 to 9, then 0 for the tenth. */
export const choiceKey = (index: number): string => String((index + 1) % 10);

/** The choice a digit picks, if any. */
export function choiceOfKey(digit: string): number | undefined {
  if (!/^\d$/.test(digit)) return undefined;
  const index = (Number(digit) + 9) % 10;
  return index < STATUS_CHOICES.length ? index : undefined;
}

/** Why a prediction cannot be checked as typed. */
export type PredictionProblem = 'empty' | 'number' | 'ready';

const tidy = (text: string) => text.normalize('NFKC').trim();

/** The problem with `text` as a prediction of `ask`, or undefined when it has the right shape. */
export function predictionProblem(ask: PredictAsk, text: string): PredictionProblem | undefined {
  const value = tidy(text);
  if (value === '') return 'empty';
  switch (ask) {
    case 'status':
      return undefined;
    case 'restarts':
      return /^\d+$/.test(value) ? undefined : 'number';
    case 'ready':
      return /^\d+\s*\/\s*\d+$/.test(value) ? undefined : 'ready';
    default:
      return assertNever(ask);
  }
}
