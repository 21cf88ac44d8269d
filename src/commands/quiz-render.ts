import type { Lang } from '../i18n/index.js';
import type { LessonRef, Outcome, QuizQuestion, QuizText, SessionItem } from '../quiz/index.js';
import { assertNever } from '../util/assert-never.js';
import type { QuizTranslate } from './quiz-messages.js';

/** The line-by-line quiz as text: one function per thing shown, each returning lines. */

/** `90` → `1m30s`, as content writes durations. */
export function formatSeconds(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const out = `${h > 0 ? `${h}h` : ''}${m > 0 ? `${m}m` : ''}${s > 0 ? `${s}s` : ''}`;
  return out === '' ? '0s' : out;
}

/** Continuation lines of a multi-line text start under its first character. */
function hang(prefix: string, text: string): string[] {
  const [first, ...rest] = text.split('\n');
  return [prefix + first, ...rest.map((line) => ' '.repeat(prefix.length) + line)];
}

function block(text: string): string[] {
  return text.replace(/\n+$/u, '').split('\n').map((line) => '    ' + line);
}

export function lessonLink(t: QuizTranslate, ref: LessonRef): string {
  return ref.page === undefined ? t('lessonCommand', { id: ref.id }) : t('lessonPage', { id: ref.id, page: ref.page });
}

/** The options of an item as numbered lines, in display order. */
function optionLines(t: QuizTranslate, lang: Lang, item: SessionItem): string[] {
  const q: QuizQuestion = item.question;
  if (q.type === 'truefalse') return [`  1. ${t('true')}`, `  2. ${t('false')}`];
  const texts = new Map<string, QuizText>(
    q.type === 'single' || q.type === 'multi' ? q.choices.map((c) => [c.id, c.text]) : q.type === 'order' ? q.steps.map((s) => [s.id, s.text]) : [],
  );
  return item.order.flatMap((id, i) => hang(`  ${i + 1}. `, texts.get(id)?.[lang] ?? id));
}

/** `3 1 2` for three options: an example that is not the answer in display order. */
export function orderExample(count: number): string {
  return Array.from({ length: count }, (_, i) => ((i + count - 1) % count) + 1).join(' ');
}

function helpLines(t: QuizTranslate, item: SessionItem): string[] {
  const q: QuizQuestion = item.question;
  switch (q.type) {
    case 'single':
      return [t('helpSingle')];
    case 'multi':
      return [t('helpMulti')];
    case 'truefalse':
      return [t('helpTrueFalse')];
    case 'order':
      return [t('helpOrder', { example: orderExample(item.order.length) })];
    case 'text':
      return [t('helpText')];
    case 'command':
      return [...(q.setup ? [t('setup'), ...block(q.setup)] : []), t('helpCommand')];
    case 'yaml':
      return [t('starter'), ...block(q.starter), t('helpYaml')];
    case 'predict':
      return [t('manifest'), ...block(q.manifest), t('helpPredict', { column: q.ask.toUpperCase() })];
    case 'card':
      return [t('helpCard')];
    default:
      return assertNever(q);
  }
}

/** The question as it is asked: header, prompt, options, what to type. */
export function questionLines(t: QuizTranslate, lang: Lang, item: SessionItem, index: number, total: number): string[] {
  const q = item.question;
  const header = t('header', { i: index + 1, n: total, topic: q.topic, syllabus: q.syllabus, difficulty: q.difficulty });
  const keys = q.type === 'card' ? t('keysCard') : t('keys');
  return ['', header, ...q.prompt[lang].split('\n'), ...optionLines(t, lang, item), ...helpLines(t, item), keys];
}

/** A card's model answer, key points and common wrong answer, shown before the self-rating. */
export function revealLines(t: QuizTranslate, lang: Lang, q: Extract<QuizQuestion, { type: 'card' }>): string[] {
  return [
    t('modelAnswer'), ...hang('  ', q.answer[lang]),
    t('keyPoints'), ...q.keyPoints.flatMap((p) => hang('  - ', p[lang])),
    t('wrongAnswer'), ...hang('  ', q.wrongAnswer[lang]),
    ...q.explanation[lang].split('\n'),
    t('helpRating'),
  ];
}

/** `2. text` for an option id, numbered as shown in this session. */
function shown(lang: Lang, item: SessionItem, id: string, text: QuizText | undefined): string {
  return `${item.order.indexOf(id) + 1}. ${text?.[lang] ?? id}`;
}

/** The right answer, worded for the question's type. */
function answerLines(t: QuizTranslate, lang: Lang, item: SessionItem): string[] {
  const q: QuizQuestion = item.question;
  switch (q.type) {
    case 'single': {
      const c = q.choices.find((x) => x.id === q.answer);
      return [t('answerIs', { answer: shown(lang, item, q.answer, c?.text) })];
    }
    case 'multi': {
      const ids = [...q.answer].sort((a, b) => item.order.indexOf(a) - item.order.indexOf(b));
      const list = ids.map((id) => shown(lang, item, id, q.choices.find((c) => c.id === id)?.text));
      return [t('answersAre', { answer: list.join('; ') })];
    }
    case 'truefalse':
      return [t('answerIs', { answer: t(q.answer ? 'true' : 'false') }), t('why', { why: q.why[lang] })];
    case 'order': {
      const list = q.answer.map((id) => shown(lang, item, id, q.steps.find((s) => s.id === id)?.text));
      return [t('orderIs', { answer: '' }).trimEnd(), ...list.map((line) => '  ' + line)];
    }
    case 'text':
      return [t('acceptIs', { answer: q.accept.join(', ') })];
    case 'command':
      return [t('solutionIs', { answer: q.solution })];
    case 'yaml':
      return [t('solutionIs', { answer: '' }).trimEnd(), ...block(q.solution)];
    case 'predict':
      return [t('answerIs', { answer: q.answer })];
    case 'card':
      return [];
    default:
      return assertNever(q);
  }
}

/** Feedback after an answer: right or not, the answer, why the picked choices are wrong, the explanation. */
export function feedbackLines(t: QuizTranslate, lang: Lang, item: SessionItem, outcome: Outcome): string[] {
  const q: QuizQuestion = item.question;
  if (outcome.kind === 'skipped') return [t('skipped')];
  const { grade } = outcome;
  if (q.type === 'card') {
    return [t('rated', { rating: t(`rating.${grade.rating}`) }), ...(q.lesson ? [t('readMore', { link: lessonLink(t, q.lesson) })] : [])];
  }
  const lines = [grade.correct ? t('right') : t('wrong')];
  if (!grade.correct) lines.push(...answerLines(t, lang, item));
  if (q.type === 'single' || q.type === 'multi') {
    for (const id of grade.wrongPicks) {
      const choice = q.choices.find((c) => c.id === id);
      if (choice) lines.push(...hang('', t('whyNot', { n: item.order.indexOf(id) + 1, why: choice.why[lang] })));
    }
  }
  if (q.type === 'order' && !grade.correct && grade.inPlace !== undefined) {
    lines.push(t('inPlace', { n: grade.inPlace, total: grade.total ?? q.answer.length }));
  }
  if (grade.why) lines.push(...grade.why.split('\n'));
  if (grade.correct && q.type === 'truefalse') lines.push(t('why', { why: q.why[lang] }));
  lines.push(...q.explanation[lang].split('\n'));
  if (q.lesson) lines.push(t('readMore', { link: lessonLink(t, q.lesson) }));
  return lines;
}
