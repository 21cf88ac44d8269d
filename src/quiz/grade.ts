import { assertNever } from '../util/assert-never.js';
import { sameCommand } from './command-line.js';
import { normalizeText } from './normalize.js';
import { judgePrediction } from './predict.js';
import type { Grade, Judges, OfType, QuizAnswer, QuizQuestion, SelfRating, Verdict } from './types.js';

/** Misuse: an answer of one type handed in for a question of another. */
export class AnswerTypeError extends TypeError {
  override readonly name = 'AnswerTypeError';
}

const NONE: readonly string[] = [];

function plain(correct: boolean, extra: Partial<Grade> = {}): Grade {
  return { correct, rating: correct ? 'good' : 'again', wrongPicks: NONE, missed: NONE, ...extra };
}

function judged(verdict: Verdict): Grade {
  return plain(verdict.correct, verdict.why === undefined ? {} : { why: verdict.why });
}

/** The answer for question `q`, checked to be of its type. */
function answerOf<T extends QuizAnswer['type']>(q: QuizQuestion, answer: QuizAnswer, type: T): Extract<QuizAnswer, { type: T }> {
  if (answer.type !== type) throw new AnswerTypeError(`grade: question ${q.id} is ${q.type}, the answer is ${answer.type}`);
  return answer as Extract<QuizAnswer, { type: T }>;
}

/** Whether every question of this type can be graded with these judges (yaml needs its judge). */
export function canGrade<Q extends QuizQuestion>(question: Q, judges: Judges<Q>): boolean {
  return question.type !== 'yaml' || judges.yaml !== undefined;
}

/**
 * Grades one answer. Choices by id, multi as an exact set, order as the exact sequence (with how
 * many steps are in place), text against every accepted answer after `normalizeText`; command,
 * yaml and predict by their judges (with pure fallbacks for command and predict); a card by the
 * learner's own rating. A wrong answer rates the card Again, a right one Good.
 */
export function grade<Q extends QuizQuestion>(question: Q, answer: QuizAnswer, judges: Judges<Q> = {}): Grade {
  const q: QuizQuestion = question;
  switch (q.type) {
    case 'single': {
      const { choice } = answerOf(q, answer, 'single');
      return plain(choice === q.answer, { wrongPicks: choice === q.answer ? NONE : [choice] });
    }
    case 'multi': {
      const chosen = [...new Set(answerOf(q, answer, 'multi').choices)];
      const wrongPicks = chosen.filter((id) => !q.answer.includes(id));
      const missed = q.answer.filter((id) => !chosen.includes(id));
      return plain(wrongPicks.length === 0 && missed.length === 0, { wrongPicks, missed });
    }
    case 'truefalse':
      return plain(answerOf(q, answer, 'truefalse').value === q.answer);
    case 'order': {
      const { steps } = answerOf(q, answer, 'order');
      const inPlace = q.answer.filter((id, i) => steps[i] === id).length;
      return plain(inPlace === q.answer.length && steps.length === q.answer.length, { inPlace, total: q.answer.length });
    }
    case 'text': {
      const given = normalizeText(answerOf(q, answer, 'text').text);
      return plain(given !== '' && q.accept.some((a) => normalizeText(String(a)) === given));
    }
    case 'command': {
      const { text } = answerOf(q, answer, 'command');
      const judge = judges.command;
      return judged(judge ? judge(text, question as OfType<Q, 'command'>) : { correct: sameCommand(text, q.solution) });
    }
    case 'yaml': {
      const { text } = answerOf(q, answer, 'yaml');
      if (!judges.yaml) throw new AnswerTypeError(`grade: question ${q.id} is yaml and no yaml judge was given`);
      return judged(judges.yaml(text, question as OfType<Q, 'yaml'>));
    }
    case 'predict': {
      const { text } = answerOf(q, answer, 'predict');
      const judge = judges.predict;
      return judged(judge ? judge(text, question as OfType<Q, 'predict'>) : judgePrediction(text, q));
    }
    case 'card': {
      const rating: SelfRating = answerOf(q, answer, 'card').rating;
      return { ...plain(rating !== 'again'), rating };
    }
    default:
      return assertNever(q);
  }
}
