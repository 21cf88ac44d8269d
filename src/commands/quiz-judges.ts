import type { Lang } from '../i18n/index.js';
import type { PodGoal, Question } from '../content/index.js';
import { sameCommand, type Judges, type Verdict } from '../quiz/index.js';
import { tokenize } from '../sim/kubectl/argv/tokenize.js';
import { hintText } from '../sim/kubectl/messages.js';
import { parseKubectl } from '../sim/kubectl/parse.js';
import type { KubectlRequest } from '../sim/kubectl/request.js';
import { quizText } from './quiz-messages.js';
import { judgeCommandInSim, judgeManifest } from './quiz-judge-sim.js';

type Parsed = { readonly ok: true; readonly request: KubectlRequest } | { readonly ok: false; readonly why: string };

/** A command line through the kubectl layer's own parser: the request it makes, or kubectl's refusal. */
function parseLine(line: string, lang: Lang): Parsed {
  const words = tokenize(line.normalize('NFC').trim());
  if (!words.ok) return { ok: false, why: hintText({ key: 'unterminatedQuote', vars: { detail: words.error } }, lang) };
  const parsed = parseKubectl(words.words);
  if (!parsed.ok) return { ok: false, why: [parsed.stderr.trim(), ...(parsed.hint ? [hintText(parsed.hint, lang)] : [])].join('\n') };
  if ('help' in parsed) return { ok: false, why: quizText(lang)('judge.incomplete') };
  return { ok: true, request: parsed.request };
}

/** Deep equality of plain data; key order does not matter. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `-n default` and no `-n` make the same request. */
function withNamespace(r: KubectlRequest): KubectlRequest {
  return { ...r, namespace: r.namespace ?? 'default' };
}

/**
 * Judges a command answer. A line kubectl refuses is wrong, with kubectl's own error and
 * podlab's hint. A line that makes the same request as the solution is right, however it is
 * spelled (`k`, flag order, `--flag value`, `--now` = `--grace-period=1`). Any other line is run
 * in the simulator on the question's setup and judged by whether the goal holds, so a
 * different command that does the job counts too. Lines the simulator cannot run (pipes,
 * exec, edit ...) are judged by the request alone.
 */
export function judgeCommand(answer: string, question: { readonly solution: string; readonly setup?: string; readonly goal: PodGoal }, lang: Lang): Verdict {
  // A pasted shell prompt (`$ kubectl ...`) is not part of the command.
  const line = answer.normalize('NFC').trim().replace(/^\$\s*/u, '');
  const key = parseLine(question.solution, lang);
  const given = parseLine(line, lang);
  if (key.ok && !given.ok) return { correct: false, why: given.why };
  if (key.ok && given.ok && same(withNamespace(given.request), withNamespace(key.request))) return { correct: true };
  if (!key.ok && sameCommand(line, question.solution)) return { correct: true };
  const simulated = judgeCommandInSim(line, question.setup, question.goal, lang);
  if (simulated) return simulated;
  return { correct: false, why: given.ok ? quizText(lang)('judge.different') : given.why };
}

/** The judges the CLI gives the quiz core: kubectl's parser and the simulator. */
export function quizJudges(lang: Lang): Judges<Question> {
  return {
    command: (answer, q) => judgeCommand(answer, q, lang),
    yaml: (answer, q) => judgeManifest(answer, q.goal, lang),
  };
}
