import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/app.js';
import type { GivenAnswer, QuizProps } from '../../src/ui/state/quiz-types.js';
import { appOptions } from './fixtures.js';
import { KEY, renderOn, unmountAll } from './helpers.js';
import { CARD, CONTENT, ORDER, quizProps, sessionOptions, SINGLE, TEXT, TRUEFALSE } from './quiz-fixtures.js';

afterEach(unmountAll);

const calls = (props: QuizProps | undefined) => (props?.onAnswer as ReturnType<typeof vi.fn>).mock.calls.map(([g]) => g as GivenAnswer);
const card = (due: string) => ({ due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 });

describe('the summary', () => {
  it('gives the score, the score by topic, and the lessons to review; Enter opens one', async () => {
    const options = sessionOptions([SINGLE, ORDER]);
    const app = renderOn(<App {...options} />, 80, 30);
    await app.waitForFrame((f) => f.includes('Question 1 of 2'));
    await app.press('j', KEY.enter);
    await app.waitForFrame((f) => f.includes('✓ Right.'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Question 2 of 2'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('✗ Not right.') && f.includes('Enter: see the summary'));
    await app.press(KEY.enter);
    const frame = await app.waitForFrame((f) => f.includes('Quiz done'));
    expect(frame).toContain('Score: 1 of 2 right.');
    expect(frame).toContain('What a Pod is: 1 of 1');
    expect(frame).toContain('To review (Enter opens the lesson):');
    expect(frame).toContain('› Pod phases');
    expect(frame).not.toContain('› What a Pod is');
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Pod phases, part 1'));
    await vi.waitFor(() => expect(calls(options.quiz)).toHaveLength(2));
  });

  it('Esc ends the quiz early: the summary says where it stopped; Esc again goes to the topics', async () => {
    const app = renderOn(<App {...sessionOptions([SINGLE, TEXT, TRUEFALSE])} />, 80, 30);
    await app.waitForFrame((f) => f.includes('Question 1 of 3'));
    await app.press('j', KEY.enter);
    await app.waitForFrame((f) => f.includes('✓ Right.'));
    await app.press(KEY.escape);
    const frame = await app.waitForFrame((f) => f.includes('Quiz done'));
    expect(frame).toContain('Stopped after 1 of 3.');
    expect(frame).toContain('Nothing to review: every answer was right.');
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('Pick a topic'));
  });

  it('Ctrl+C in the middle leaves with every answer already handed over to be saved', async () => {
    const options = sessionOptions([SINGLE, TEXT]);
    const app = renderOn(<App {...options} />, 80, 30);
    await app.waitForFrame((f) => f.includes('Question 1 of 2'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('✗ Not right.'));
    await vi.waitFor(() => expect(calls(options.quiz)).toHaveLength(1));
    await app.press(KEY.ctrlC);
    await app.exited;
    expect(calls(options.quiz).map((g) => [g.question.id, g.grade.correct])).toEqual([['q-single', false]]);
  });
});

describe('the quiz from the home screen', () => {
  it('waits for the questions, lists the topics with due counts, and starts the chosen one', async () => {
    const history = { answers: {}, cards: { 'q-single': card('2025-03-11T00:00:00Z') }, activeDays: [] };
    const props = quizProps({ history });
    const app = renderOn(<App {...appOptions({ quiz: props })} />, 80, 30);
    const home = await app.waitForFrame((f) => f.includes('Settings'));
    expect(home).toContain('Quiz  1 due');
    await app.press('j', 'j', 'j', KEY.enter);
    const picker = await app.waitForFrame((f) => f.includes('Pick a topic'));
    expect(props.loadContent).toHaveBeenCalledTimes(1);
    expect(picker).toContain('Review what is due and what you missed (1)');
    expect(picker).toContain('What a Pod is');
    expect(picker).toMatch(/All topics +9 q · 1 due/);
    await app.press('j', 'j', KEY.enter);
    const frame = await app.waitForFrame((f) => f.includes('Question 1 of 3'));
    expect(frame).toContain('What a Pod is');
  });

  it('says so when the questions cannot be read', async () => {
    const props = quizProps({ loadContent: vi.fn(async () => Promise.reject(new Error('quizzes/x.yaml:3:1: bad'))) });
    const app = renderOn(<App {...appOptions({ quiz: props, initialScreen: { screen: 'quiz' } })} />, 80, 30);
    const frame = await app.waitForFrame((f) => f.includes('The questions could not be read'));
    expect(frame).toContain('quizzes/x.yaml:3:1: bad');
  });

  it('the help overlay lists the keys of the question on screen', async () => {
    const app = renderOn(<App {...sessionOptions([ORDER])} />, 80, 30);
    await app.waitForFrame((f) => f.includes('Question 1 of 1'));
    await app.press('?');
    const frame = await app.waitForFrame((f) => f.includes('Keys on this screen'));
    expect(frame).toContain('Pick up or put down the step under the cursor');
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('Question 1 of 1'));
  });
});

describe('interview mode', () => {
  it('asks due cards first, reveals the model answer, key points and common wrong answer, and takes a rating', async () => {
    const late = { ...CARD, id: 'c-later' };
    const history = { answers: {}, cards: { 'q-card': card('2025-03-10T00:00:00Z') }, activeDays: [] };
    const props = quizProps({ history, content: { ...CONTENT, questions: [...CONTENT.questions, late] } });
    const app = renderOn(<App {...appOptions({ quiz: props, initialScreen: { screen: 'interview' } })} />, 80, 30);
    const first = await app.waitForFrame((f) => f.includes('Card 1 of 2'));
    expect(first).toContain('review');
    expect(first).toContain('Prompt of q-card?');
    expect(first).not.toContain('The model answer.');
    await app.press(' ');
    const shown = await app.waitForFrame((f) => f.includes('Model answer:'));
    for (const text of ['The model answer.', 'What an interviewer listens for:', 'Point one.', 'A common wrong answer:', 'A wrong answer.']) expect(shown).toContain(text);
    expect(shown).toContain('›3 Good‹');
    await app.press(KEY.right, KEY.enter);
    const next = await app.waitForFrame((f) => f.includes('Card 2 of 2'));
    expect(next).toContain('Rated Easy');
    expect(next).toContain('new');
    await vi.waitFor(() => expect(calls(props)).toHaveLength(1));
    expect(calls(props)[0]).toMatchObject({ question: { id: 'q-card' }, answer: { type: 'card', rating: 'easy' }, grade: { correct: true } });
  });

  it('says when no card is due and none is new', async () => {
    const history = { answers: {}, cards: { 'q-card': card('2025-03-20T00:00:00Z') }, activeDays: [] };
    const app = renderOn(<App {...appOptions({ quiz: quizProps({ history, content: CONTENT }), initialScreen: { screen: 'interview' } })} />, 80, 30);
    const frame = await app.waitForFrame((f) => f.includes('nothing is due now'));
    expect(frame).toContain('The next review is due on 2025-03-20');
  });
});

it('without quiz props the Quiz screen says it is not available yet', async () => {
  const app = renderOn(<App {...appOptions({ initialScreen: { screen: 'quiz' } })} />, 80, 30);
  const frame = await app.waitForFrame((f) => f.includes('Quiz: not available yet'));
  expect(frame).not.toContain('Pick a topic');
});
