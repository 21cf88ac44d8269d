/**
 * The options a predict question is answered with on screen: the key's value among a few
 * values kubectl could also have printed, in an order fixed by the session's seed. Graded by
 * the same judge as a typed prediction, so a choice is right exactly when typing it would be.
 */
import type { Question } from '../../content/types.js';
import { nextInt, seedRng, shuffle, type Rng, type SessionItem } from '../../quiz/index.js';
import { assertNever } from '../../util/assert-never.js';

/** How many options a predict question shows. */
export const PREDICT_OPTIONS = 4;

/** STATUS values a learner meets most, to stand beside the answer. */
const STATUSES: readonly string[] = [
  'Pending', 'ContainerCreating', 'Running', 'Completed', 'Error', 'CrashLoopBackOff',
  'ErrImagePull', 'ImagePullBackOff', 'OOMKilled', 'CreateContainerConfigError', 'Init:0/1', 'Terminating',
];

type Predict = Extract<Question, { type: 'predict' }>;

/** Values other than the answer for a READY question: same container count, then one more. */
function readyValues(answer: string): string[] {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(answer.trim());
  if (!m) return ['0/1', '1/1', '0/2', '1/2', '2/2'];
  const total = Number(m[2]);
  const same = Array.from({ length: total + 1 }, (_, i) => `${i}/${total}`);
  const more = Array.from({ length: total + 2 }, (_, i) => `${i}/${total + 1}`);
  return [...same, ...more];
}

/** Values other than the answer for a RESTARTS question: a run of counts around it. */
function restartValues(answer: string, rng: Rng): [string[], Rng] {
  const n = Number.parseInt(answer, 10);
  const at = Number.isNaN(n) ? 0 : n;
  const [shift, next] = nextInt(rng, PREDICT_OPTIONS);
  const from = Math.max(0, at - shift);
  return [Array.from({ length: PREDICT_OPTIONS + 2 }, (_, i) => String(from + i)), next];
}

function predictOptions(q: Predict, rng: Rng): [string[], Rng] {
  const answer = q.answer.trim();
  let values: readonly string[];
  let state = rng;
  switch (q.ask) {
    case 'status':
      values = STATUSES;
      break;
    case 'ready':
      values = readyValues(answer);
      break;
    case 'restarts':
      [values, state] = restartValues(answer, state);
      break;
    default:
      return assertNever(q.ask);
  }
  const others = [...new Set(values)].filter((v) => v !== answer);
  // Counts read best in order, next to the answer; words are shuffled so the answer has no fixed place.
  if (q.ask === 'restarts') return [[answer, ...others.slice(0, PREDICT_OPTIONS - 1)].sort((a, b) => Number(a) - Number(b)), state];
  let picked: string[];
  [picked, state] = shuffle(others, state);
  return shuffle([answer, ...picked.slice(0, PREDICT_OPTIONS - 1)], state);
}

/** The options of every predict item of a session, by question id; the same seed, the same options. */
export function predictChoices(items: readonly SessionItem<Question>[], seed: number): Readonly<Record<string, readonly string[]>> {
  // Note: a seed of its own, so the options never change which questions a seed draws.
  let rng = seedRng((seed ^ 0x5bd1e995) >>> 0);
  const out: Record<string, readonly string[]> = {};
  for (const { question } of items) {
    if (question.type !== 'predict') continue;
    let options: string[];
    [options, rng] = predictOptions(question, rng);
    out[question.id] = options;
  }
  return out;
}
