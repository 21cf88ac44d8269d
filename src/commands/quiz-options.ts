import type { FlagValues } from '../cli/context.js';
import type { QuizTranslate } from './quiz-messages.js';

/** The flags of `podlab quiz`, checked. */
export interface QuizOptions {
  readonly topic?: string;
  readonly count: number;
  readonly isReview: boolean;
  readonly seed: number;
  readonly isPlain: boolean;
}

export const DEFAULT_COUNT = 10;
const MAX_SEED = 0xffffffff;

/**
 * Reads the flags; `seed` defaults to a number from the clock, short enough to retype, and is
 * printed so the run can be repeated. A bad value is a usage error with its message.
 */
export function readQuizOptions(
  flags: FlagValues, now: Date, t: QuizTranslate, cmd = 'quiz',
): { readonly ok: true; readonly options: QuizOptions } | { readonly ok: false; readonly message: string } {
  const count = typeof flags.count === 'string' ? flags.count.trim() : undefined;
  if (count !== undefined && (!/^\d+$/u.test(count) || Number(count) < 1)) return { ok: false, message: t('badCount', { cmd, value: flags.count as string }) };
  const seed = typeof flags.seed === 'string' ? flags.seed.trim() : undefined;
  if (seed !== undefined && (!/^\d+$/u.test(seed) || Number(seed) > MAX_SEED)) return { ok: false, message: t('badSeed', { cmd, value: flags.seed as string }) };
  const topic = typeof flags.topic === 'string' && flags.topic.trim() !== '' ? flags.topic.trim() : undefined;
  return {
    ok: true,
    options: {
      ...(topic === undefined ? {} : { topic }),
      count: count === undefined ? DEFAULT_COUNT : Number(count),
      isReview: flags.review === true,
      seed: seed === undefined ? now.getTime() % 1_000_000 : Number(seed),
      isPlain: flags.plain === true,
    },
  };
}
