import { assertNever } from '../util/assert-never.js';
import { normalizeKeyword } from './normalize.js';
import type { PredictColumn, Verdict } from './types.js';

/**
 * The pure judge of predict questions. The answer key was computed or checked by the simulator
 * when the content was validated, so here only the spelling of a column value is forgiven:
 * case and spaces in STATUS (`crashloopbackoff`, `Init: 0/2`), spaces in READY (`1 / 1`), and
 * the `(2m ago)` that kubectl prints after RESTARTS.
 */
export function columnForm(column: PredictColumn, value: string): string | undefined {
  const text = normalizeKeyword(value);
  switch (column) {
    case 'status':
    case 'ready':
      return text === '' ? undefined : text.replace(/\s+/gu, '');
    case 'restarts': {
      const m = /^(\d+)(\s*\(.*\))?$/u.exec(text);
      return m ? String(Number(m[1])) : undefined;
    }
    default:
      return assertNever(column);
  }
}

/** Right when the answer is the key's column value, spelled as the learner likes. */
export function judgePrediction(answer: string, question: { readonly ask: PredictColumn; readonly answer: string }): Verdict {
  const given = columnForm(question.ask, answer);
  return { correct: given !== undefined && given === columnForm(question.ask, question.answer) };
}
