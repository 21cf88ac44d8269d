import type { Lang } from '../i18n/index.js';
import {
  answerWith, currentItem, lastOutcome, readAnswer, readRating, sessionReducer, startSession,
  type Grade, type InputResult, type Judges, type OfType, type QuizAnswer, type QuizQuestion, type SessionItem, type SessionState,
} from '../quiz/index.js';
import type { LineSource } from './quiz-lines.js';
import type { QuizTranslate } from './quiz-messages.js';
import { feedbackLines, lessonLink, orderExample, questionLines, revealLines } from './quiz-render.js';

/** What the line-by-line runner needs; the quiz and interview commands supply it. */
export interface PlainRun<Q extends QuizQuestion> {
  readonly t: QuizTranslate;
  readonly lang: Lang;
  readonly out: (text: string) => void;
  readonly lines: LineSource;
  /** Whether typed input is echoed by a terminal; if not, each line read is printed after the prompt. */
  readonly isEchoed: boolean;
  readonly items: readonly SessionItem<Q>[];
  readonly judges: Judges<Q>;
  /** Saves one answer at once, before its feedback is shown. */
  readonly save: (question: Q, answer: QuizAnswer, grade: Grade) => void;
}

/** What one prompt gave: an input result, or the end of input. */
type Read = InputResult | { readonly kind: 'eof' };

function writeLines(run: PlainRun<QuizQuestion>, lines: readonly string[]): void {
  run.out(lines.map((line) => line + '\n').join(''));
}

async function prompt(run: PlainRun<QuizQuestion>): Promise<string | undefined> {
  run.out(run.t('prompt'));
  const line = await run.lines.next();
  if (!run.isEchoed) run.out((line ?? '') + '\n');
  return line;
}

/** A yaml answer: lines up to one holding only a dot, or the end of input. */
async function manifest(run: PlainRun<QuizQuestion>, first: string): Promise<string> {
  const lines = [first];
  for (;;) {
    const line = await run.lines.next();
    if (line === undefined || line.trim() === '.') break;
    if (!run.isEchoed) run.out(line + '\n');
    lines.push(line);
  }
  return lines.join('\n');
}

function problemText(run: PlainRun<QuizQuestion>, result: Extract<InputResult, { kind: 'invalid' }>): string {
  const { problem } = result;
  const max = 'max' in problem ? problem.max : 0;
  const count = 'count' in problem ? problem.count : 0;
  return run.t(`bad.${problem.kind}`, { max, count, example: orderExample(count) });
}

/** Reads until the input means something for this item: an answer, skip or quit. */
async function ask(run: PlainRun<QuizQuestion>, item: SessionItem): Promise<Read> {
  const q: QuizQuestion = item.question;
  for (;;) {
    const line = await prompt(run);
    if (line === undefined) return { kind: 'eof' };
    if (q.type === 'card') return reveal(run, q, line);
    let result = readAnswer(item, line);
    if (result.kind === 'answer' && result.answer.type === 'yaml') result = readAnswer(item, await manifest(run, line));
    if (result.kind === 'hint') {
      const link = item.question.lesson ?? { id: item.question.topic };
      writeLines(run, [run.t('hint', { link: lessonLink(run.t, link) })]);
    } else if (result.kind === 'invalid') {
      writeLines(run, [problemText(run, result)]);
    } else {
      return result;
    }
  }
}

/** A card: the first line only reveals the model answer (or quits); then the learner rates it. */
async function reveal(run: PlainRun<QuizQuestion>, q: OfType<QuizQuestion, 'card'>, first: string): Promise<Read> {
  if (['q', 'quit'].includes(first.trim().toLowerCase())) return { kind: 'quit' };
  writeLines(run, revealLines(run.t, run.lang, q));
  for (;;) {
    const line = await prompt(run);
    if (line === undefined) return { kind: 'eof' };
    const result = readRating(line);
    if (result.kind !== 'invalid') return result;
    writeLines(run, [problemText(run, result)]);
  }
}

/**
 * Runs a session line by line: each question, one answer per line, feedback at once. Every
 * answer is saved the moment it is graded, so an interrupted run keeps what was answered.
 */
export async function runPlain<Q extends QuizQuestion>(run: PlainRun<Q>): Promise<SessionState<Q>> {
  const r = run as unknown as PlainRun<QuizQuestion>;
  let state = startSession(run.items);
  while (state.phase !== 'done') {
    const item = currentItem(state);
    if (!item) break;
    writeLines(r, questionLines(run.t, run.lang, item, state.index, state.items.length));
    const read = await ask(r, item);
    if (read.kind === 'eof' || read.kind === 'quit') {
      state = sessionReducer(state, { type: 'quit' });
    } else if (read.kind === 'skip') {
      state = sessionReducer(state, { type: 'skip' });
      writeLines(r, [run.t('skipped')]);
    } else if (read.kind === 'answer') {
      state = answerWith(state, read.answer, run.judges);
      const outcome = lastOutcome(state);
      if (outcome?.kind === 'answered') {
        run.save(item.question, outcome.answer, outcome.grade);
        writeLines(r, feedbackLines(run.t, run.lang, item, outcome));
      }
      state = sessionReducer(state, { type: 'next' });
    }
  }
  return state;
}
