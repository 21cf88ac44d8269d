/** The question schema: common fields, one field set per type, and the answer checks. */
import { assertNever } from '../util/assert-never.js';
import { report, type DecodeCtx } from './decode-core.js';
import { bool, duration, id, int, k8sVersion, lessonLink, oneOf, scalarText, str } from './decode-scalars.js';
import { list, object, opt, refine, req, uniqueIds, uniqueStrings, variant } from './decode-structs.js';
import { bilingual } from './decode-text.js';
import { listOf } from './errors.js';
import { fitsAsk, podGoal } from './schema-goal.js';
import { SYLLABUS_IDS } from './syllabus.js';
import { EXAMS, PREDICT_ASKS, type Choice, type OrderStep, type Question, type SourcePos } from './types.js';

const choice = object<Choice>({ id: req(id), text: req(bilingual), why: req(bilingual) });
const orderStep = object<OrderStep>({ id: req(id), text: req(bilingual) });
const choices = req(uniqueIds('whatChoice', choice, { min: 2 }));

const BASE = {
  id: req(id),
  topic: req(id),
  syllabus: req(oneOf(SYLLABUS_IDS)),
  difficulty: req(int(1, 3)),
  exams: req(uniqueStrings(oneOf(EXAMS), { min: 1 })),
  k8s: opt(k8sVersion),
  prompt: req(bilingual),
  explanation: req(bilingual),
  lesson: opt(lessonLink),
};

/** The fields of each question type, besides BASE. */
const TYPES = {
  single: { choices, answer: req(id) },
  multi: { choices, answer: req(uniqueStrings(id, { min: 1 })) },
  truefalse: { answer: req(bool), why: req(bilingual) },
  order: { steps: req(uniqueIds('whatStep', orderStep, { min: 2 })), answer: req(list(id)) },
  text: { accept: req(list(scalarText, { min: 1 })) },
  command: { setup: opt(str), goal: req(podGoal), solution: req(str) },
  yaml: { starter: req(str), goal: req(podGoal), solution: req(str) },
  predict: { manifest: req(str), at: req(duration), ask: req(oneOf(PREDICT_ASKS)), answer: req(scalarText) },
  card: { answer: req(bilingual), keyPoints: req(list(bilingual, { min: 3, max: 5 })), wrongAnswer: req(bilingual) },
};

/** One question; its answer key must agree with its own choices and steps. */
export const question = refine(variant<Question>('type', TYPES, BASE), answerFits);

function answerFits(q: Question, ctx: DecodeCtx): boolean {
  const at = (obj: object, field: string): SourcePos | undefined => ctx.locs.get(obj)?.[field];
  switch (q.type) {
    case 'single':
      return amongChoices(ctx, q.choices, [q.answer], () => at(q, 'answer'));
    case 'multi':
      return amongChoices(ctx, q.choices, q.answer, (i) => at(q.answer, String(i)));
    case 'order':
      return isPermutation(ctx, q.steps.map((s) => s.id), q.answer, at(q, 'answer'));
    case 'predict':
      return fitsAsk(ctx, q.ask, q.answer, at(q, 'answer'));
    case 'truefalse':
    case 'text':
    case 'command':
    case 'yaml':
    case 'card':
      return true;
    default:
      return assertNever(q);
  }
}

function amongChoices(ctx: DecodeCtx, options: readonly Choice[], answers: readonly string[], at: (i: number) => SourcePos | undefined): boolean {
  const ids = options.map((c) => c.id);
  let isOk = true;
  answers.forEach((answer, i) => {
    if (ids.includes(answer)) return;
    report(ctx, at(i) ?? { file: ctx.file, line: 1, col: 1 }, 'dangling-ref',
      { key: 'unknownChoice', vars: { id: answer, choices: listOf(ids) } }, { key: 'unknownChoiceHint' });
    isOk = false;
  });
  return isOk;
}

function isPermutation(ctx: DecodeCtx, steps: readonly string[], answer: readonly string[], at: SourcePos | undefined): boolean {
  const missing = steps.filter((s) => !answer.includes(s));
  const extra = answer.filter((a) => !steps.includes(a));
  const twice = answer.filter((a, i) => answer.indexOf(a) !== i);
  if (missing.length + extra.length + twice.length === 0) return true;
  const problem = [
    missing.length ? ctx.t('permMissing', { ids: listOf(missing) }) : '',
    extra.length ? ctx.t('permExtra', { ids: listOf(extra) }) : '',
    twice.length ? ctx.t('permTwice', { ids: listOf(twice) }) : '',
  ].filter(Boolean).join('; ');
  report(ctx, at ?? { file: ctx.file, line: 1, col: 1 }, 'dangling-ref', { key: 'notPermutation', vars: { problem } }, { key: 'notPermutationHint' });
  return false;
}
