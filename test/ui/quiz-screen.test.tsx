import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../src/content/types.js';
import { App } from '../../src/ui/app.js';
import { predictChoices } from '../../src/ui/state/quiz-choices.js';
import type { GivenAnswer } from '../../src/ui/state/quiz-types.js';
import type { AppOptions } from '../../src/ui/types.js';
import { KEY, renderOn, unmountAll } from './helpers.js';
import { CARD, COMMAND, itemOf, MULTI, ORDER, PREDICT, SINGLE, TEXT, TRUEFALSE, YAML, sessionOptions } from './quiz-fixtures.js';

afterEach(unmountAll);

const CTRL_S = '\u0013';
const CTRL_U = '\u0015';
const TAB = '\t';
/** The predict options the session shows (seed 7, as the fixture's props give). */
const PREDICT_OPTIONS = predictChoices([itemOf(PREDICT)], 7)['q-predict'] ?? [];
const down = (n: number) => Array.from({ length: n }, () => 'j');

/** Opens a session of `question` then a true/false question, so what follows an answer shows. */
async function open(question: Question, overrides: Partial<AppOptions> = {}) {
  const options = sessionOptions([question, TRUEFALSE], overrides);
  const app = renderOn(<App {...options} />, 80, 30);
  await app.waitForFrame((f) => f.includes(overrides.lang === 'ko' ? '문제 1/2' : 'Question 1 of 2'));
  const saved = () => (options.quiz?.onAnswer as ReturnType<typeof vi.fn>).mock.calls.map(([g]) => g as GivenAnswer);
  return { app, saved };
}

// Keys that answer each type right and wrong (options in the fixture's order, steps reversed),
// and what the feedback of the wrong answer must say.
const TYPES: readonly [string, Question, string[], string[], string][] = [
  ['single', SINGLE, ['j', KEY.enter], [KEY.enter], 'Why not "Choice A": Why a.'],
  ['multi', MULTI, ['1', '3', KEY.enter], ['2', KEY.enter], 'Answers: Choice A; Choice C'],
  ['truefalse', TRUEFALSE, ['j', KEY.enter], [KEY.enter], 'Why: Because it is not.'],
  ['order', ORDER, [' ', 'j', 'j', ' ', '1', ' ', 'j', ' ', KEY.enter], [KEY.enter], '1 of 3 steps were in the right place.'],
  ['text', TEXT, ['crashloopbackoff', KEY.enter], ['Running', KEY.enter], 'Accepted answers: CrashLoopBackOff, 재시작 대기'],
  ['command', COMMAND, ['k get po -n dev', KEY.enter], ['kubectl get nodes', KEY.enter], 'kubectl get pods -n dev'],
  ['yaml', YAML, [CTRL_U, 'kind: Pod\rspec:\r  containers:\r    - image: nginx', CTRL_S], [CTRL_S], 'The simulator says so.'],
  ['predict', PREDICT, [...down(PREDICT_OPTIONS.indexOf('CrashLoopBackOff')), KEY.enter],
    [...down(PREDICT_OPTIONS.findIndex((o) => o !== 'CrashLoopBackOff')), KEY.enter], 'Answer: CrashLoopBackOff'],
];

describe.each(TYPES)('a %s question', (_type, question, right, wrong, why) => {
  it('answered right: says so, explains, and saves it as right', async () => {
    const { app, saved } = await open(question);
    await app.press(...right);
    const frame = await app.waitForFrame((f) => f.includes('✓ Right.'));
    expect(frame).toContain(`Explanation of ${question.id}.`);
    expect(frame).toContain('Enter: next question');
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toMatchObject({ question: { id: question.id }, grade: { correct: true }, answer: { type: question.type } });
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Question 2 of 2'));
  });

  it('answered wrong: says so, shows what is right and why, and saves it as wrong', async () => {
    const { app, saved } = await open(question);
    await app.press(...wrong);
    const frame = await app.waitForFrame((f) => f.includes('✗ Not right.'));
    expect(frame).toContain(why);
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toMatchObject({ question: { id: question.id }, grade: { correct: false } });
  });

  it('Tab skips it: nothing is saved and the next question comes', async () => {
    const { app, saved } = await open(question);
    await app.press(TAB);
    await app.waitForFrame((f) => f.includes('Question 2 of 2'));
    expect(saved()).toEqual([]);
  });
});

describe('answers that are not answers yet', () => {
  it.each<[string, Question, string[], string]>([
    ['an empty text answer', TEXT, [KEY.enter], 'Type an answer first, or press Tab to skip the question.'],
    ['blanks only', COMMAND, ['   ', KEY.enter], 'Type an answer first'],
    ['an emptied manifest', YAML, [CTRL_U, CTRL_S], 'Type an answer first'],
    ['no choice ticked', MULTI, [KEY.enter], 'Tick at least one choice with Space first'],
  ])('%s is not graded; the screen says what to do', async (_name, question, keys, message) => {
    const { app, saved } = await open(question);
    await app.press(...keys);
    const frame = await app.waitForFrame((f) => f.includes(message));
    expect(frame).toContain('Question 1 of 2');
    expect(saved()).toEqual([]);
  });
});

describe('typing', () => {
  it.each<[string, Question, string[]]>([
    ['pasted text with its Enter, as one chunk', TEXT, ['CrashLoopBackOff\r']],
    ['a pasted command with a shell prompt', COMMAND, ['$ kubectl get pods -n dev', KEY.enter]],
    ['a pasted manifest, as one chunk', YAML, [CTRL_U, 'kind: Pod\r\nspec:\r\n  containers:\r\n    - image: nginx\r\n', CTRL_S]],
    ['Backspace (sent as delete) erases the last character', TEXT, ['CrashLoopBackOfx', KEY.backspace, 'f', KEY.enter]],
    ['the answer and Enter read together, then Enter again', TEXT, ['CrashLoopBackOff\r\r']],
  ])('%s', async (_name, question, keys) => {
    const { app, saved } = await open(question);
    await app.press(...keys);
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]?.grade.correct).toBe(true);
  });

  it('a paste on a choice question does nothing, even with a q or a Space in it', async () => {
    const { app, saved } = await open(SINGLE);
    await app.press('quite a paste');
    await app.press('j');
    await app.waitForFrame((f) => f.includes('› 2. Choice B'));
    expect(saved()).toEqual([]);
  });

  it('Korean typed with an input method: composed syllables, Backspace, Enter', async () => {
    const { app, saved } = await open(TEXT, { lang: 'ko' });
    await app.press('재시', '작 대', '기기', KEY.backspace);
    await app.waitForFrame((f) => f.includes('> 재시작 대기▏'));
    await app.press(KEY.enter);
    const frame = await app.waitForFrame((f) => f.includes('✓ 정답입니다.'));
    expect(frame).toContain('q-text 해설.');
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]?.answer).toEqual({ type: 'text', text: '재시작 대기' });
  });
});

describe('a card in a quiz', () => {
  it.each([['3', 'Rated Good', true], ['1', 'Rated Again', false]] as const)('revealed with Enter, rated %s: says so and saves it', async (key, said, correct) => {
    const { app, saved } = await open(CARD);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('The model answer.') && f.includes('Point two.') && f.includes('A wrong answer.'));
    await app.press(key);
    await app.waitForFrame((f) => f.includes(said) && f.includes('Question 2 of 2'));
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toMatchObject({ grade: { correct }, answer: { type: 'card' } });
  });
});
