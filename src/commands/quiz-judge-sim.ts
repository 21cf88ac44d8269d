import type { Lang } from '../i18n/index.js';
import type { PodGoal } from '../content/index.js';
import { parseManifestText, type ManifestDoc } from '../manifest/read.js';
import { init, runUntil } from '../sim/index.js';
import type { Verdict } from '../quiz/index.js';
import { checkGoal, DEFAULT_AFTER_SECONDS } from './quiz-goal.js';
import { quizText } from './quiz-messages.js';
import { formatSeconds } from './quiz-render.js';
import { buildSimInput } from './sim-input.js';

/**
 * Judging by what an answer does: the answer (a manifest, or a kubectl line run as a Scenario
 * action on the question's settled setup) goes through the API server's checks, the simulator
 * runs for the goal's `after`, and the goal's Pod is compared with the goal. The same path
 * `podlab sim` takes, so the quiz and the simulator never disagree.
 */

/** t = 0 of a judging run (any fixed instant: only relative times are judged) and its seed. */
const START_MS = Date.UTC(2025, 0, 1);
const SEED = 1;
/**
 * When the learner's command runs: once the setup has settled into what the prompt describes
 * ("Pod sleeper runs a shell ..."). At t = 0 the setup's Pods have not even started, and
 * deleting or changing a Pod then is not the task that was asked.
 */
export const COMMAND_AT_SECONDS = 60;

/** What the simulator made of some documents by `startSeconds + after`, as a verdict on the goal. */
function simulate(docs: readonly ManifestDoc[], goal: PodGoal, lang: Lang, startSeconds = 0): Verdict {
  const t = quizText(lang);
  const built = buildSimInput(docs, SEED, START_MS);
  if (!built.ok) return { correct: false, why: t('judge.refused', { message: built.problems.map((p) => p.message).join('\n') }) };
  const afterSeconds = goal.after ?? DEFAULT_AFTER_SECONDS;
  const [state] = runUntil(init(built.input, SEED), (startSeconds + afterSeconds) * 1000);
  const result = checkGoal(state, goal);
  const vars = { after: formatSeconds(afterSeconds), pod: goal.pod };
  const isStillThere = result.misses.some((m) => m.field === 'exists' && m.want === 'false');
  const seen = isStillThere ? t('judge.stillThere', vars) : result.row ? t('judge.seen', { ...vars, ...result.row }) : t('judge.noPod', vars);
  const misses = result.misses.filter((m) => m.field !== 'exists').map((m) => t('judge.miss', { ...m, field: m.field.toUpperCase() }));
  return { correct: result.misses.length === 0, why: [seen, ...misses].join('\n') };
}

function documents(file: string, text: string): { readonly docs: ManifestDoc[] } | { readonly why: string } {
  const { docs, problems } = parseManifestText(file, text);
  if (problems.length > 0) return { why: problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n') };
  return { docs };
}

/** Judges a manifest answer of a yaml question. */
export function judgeManifest(answer: string, goal: PodGoal, lang: Lang): Verdict {
  const t = quizText(lang);
  const read = documents('answer.yaml', answer);
  if ('why' in read) return { correct: false, why: t('judge.refused', { message: read.why }) };
  if (read.docs.every((d) => d.value === null || d.value === undefined)) return { correct: false, why: t('judge.empty') };
  return simulate(read.docs, goal, lang);
}

/** A shell operator outside quotes (`|`, `>`, `;`, `&&`, `$(`): the line needs a shell, which the judge has not. */
export function needsShell(line: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if ('|><;&`'.includes(c) || (c === '$' && line[i + 1] === '(')) return true;
  }
  return false;
}

/**
 * Judges a kubectl line by running it on the question's setup, or undefined when the simulator
 * cannot run it (a shell is needed, or the verb is not one a Scenario runs: exec, edit ...).
 */
export function judgeCommandInSim(answer: string, setup: string | undefined, goal: PodGoal, lang: Lang): Verdict | undefined {
  if (needsShell(answer)) return undefined;
  const read = documents('setup.yaml', setup ?? '');
  if ('why' in read) return undefined;
  const action: ManifestDoc = {
    file: 'answer', index: read.docs.length, locate: () => ({ file: 'answer', line: 1, col: 1 }),
    value: { apiVersion: 'podlab.dev/v1', kind: 'Scenario', actions: [{ at: COMMAND_AT_SECONDS, kubectl: answer.trim() }] },
  };
  const built = buildSimInput([...read.docs, action], SEED, START_MS);
  if (built.ok && built.notes.some((n) => n.key === 'notInScenario')) return undefined;
  return simulate([...read.docs, action], goal, lang, COMMAND_AT_SECONDS);
}
