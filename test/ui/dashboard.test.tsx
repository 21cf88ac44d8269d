import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import type { QuizHistory } from '../../src/ui/state/quiz-types.js';
import { appOptions } from './fixtures.js';
import { KEY, renderOn, unmountAll, type Harness } from './helpers.js';
import { quizProps } from './quiz-fixtures.js';

afterEach(unmountAll);

const card = (due: string) => ({ due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 });
// The fixture clock is 2025-03-12 10:00 UTC; days break at UTC midnight.
const HISTORY: QuizHistory = {
  answers: {
    'q-single': [{ at: '2025-03-11T09:00:00Z', correct: true }],
    'q-multi': [{ at: '2025-03-12T09:00:00Z', correct: false }],
    'q-yaml': [{ at: '2025-03-12T09:30:00Z', correct: true }],
    'q-order': [{ at: '2025-03-10T09:00:00Z', correct: false }],
  },
  cards: { 'q-multi': card('2025-03-12T09:01:00Z'), 'q-order': card('2025-03-14T00:00:00Z') },
  activeDays: ['2025-03-09'],
};

/** Every line of the dashboard, read page by page. */
async function readAll(app: Harness): Promise<string> {
  const pages = [app.lastFrame()];
  // Until the fixed line shows no more below.
  while (/↓/.test(pages.at(-1)?.split('\n')[1] ?? '')) {
    const before = pages.at(-1);
    await app.press(KEY.pageDown);
    pages.push(await app.waitForFrame((f) => f !== before));
  }
  return pages.join('\n');
}

describe('the progress dashboard', () => {
  const open = async () => {
    const app = renderOn(<App {...appOptions({ quiz: quizProps({ history: HISTORY }), initialScreen: { screen: 'progress' } })} />, 60, 20);
    await app.waitForFrame((f) => f.includes('Mastery by topic'));
    return app;
  };

  it('draws every figure with a line saying what it means', async () => {
    const all = await readAll(await open());
    for (const text of [
      'Lessons 2/18 · 4 answered, 2 right · 1 due',
      'Weakest topics', 'Topics you have answered, lowest mastery first.',
      'Mastery by topic', "The share of each topic's questions whose last answer was",
      'Accuracy, last 30 days', 'Right answers per day', '50% right over 4 answers',
      'Reviews due, next 14 days', 'today includes overdue ones',
      'Activity, last 10 weeks', 'One square a day', 'Streak: 4 days',
    ]) expect(all).toContain(text);
  });

  it.each([
    ['the weakest topics, lowest first', /Pod phases +░+ +0% 0\/1\n What a Pod is +█+░+ +33% 1\/3\n Liveness, readiness a… +█+░+ +50% 1\/2/],
    ['mastery of a topic never answered', /Container states +░+ +0% 0\/1/],
    ['the accuracy sparkline ends with the last three days', /·▁█▅ +50% right/],
    ['due reviews today and in two days', /^ +1 +0 +1 +0/m],
  ])('shows %s', async (_name, pattern) => {
    expect(await readAll(await open())).toMatch(pattern);
  });

  it('Enter practises the weakest topics', async () => {
    const app = await open();
    expect(app.lastFrame()).toContain('Enter: practise these (5 questions)');
    await app.press(KEY.enter);
    const frame = await app.waitForFrame((f) => f.includes('Question 1 of 5'));
    expect(frame).toMatch(/Pod phases|Liveness|What a Pod is/);
  });

  it('without any answers it says what will show up', async () => {
    const app = renderOn(<App {...appOptions({ quiz: quizProps(), initialScreen: { screen: 'progress' } })} />, 60, 20);
    const frame = await app.waitForFrame((f) => f.includes('Mastery by topic'));
    expect(frame).toContain('Answer some questions first');
    await app.press(KEY.enter);
    expect(app.lastFrame()).toContain('Mastery by topic');
  });

  it('counts an answer given in the app at once', async () => {
    const app = renderOn(<App {...appOptions({ quiz: quizProps({ history: HISTORY }) })} />, 60, 20);
    const home = await app.waitForFrame((f) => f.includes('Settings'));
    expect(home).toContain('Quiz  1 due');
    await app.press('j', 'j', 'j', KEY.enter);
    await app.waitForFrame((f) => f.includes('Pick a topic'));
    // Review, all topics, then A1, B1, B2: Container states, never answered before.
    await app.press('j', 'j', 'j', 'j', KEY.enter);
    await app.waitForFrame((f) => f.includes('Question 1 of 1 · Container states'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Enter: see the summary'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Quiz done'));
    await app.press('q');
    await app.waitForFrame((f) => f.includes('Pick a topic'));
    await app.press('q');
    await app.waitForFrame((f) => f.includes('Settings'));
    await app.press('j', 'j', 'j', KEY.enter);
    await app.waitForFrame((f) => f.includes('Lessons 2/18 · 5 answered'));
  });
});
