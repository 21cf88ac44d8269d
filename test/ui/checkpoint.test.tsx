import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import { App } from '../../src/ui/app.js';
import type { GivenAnswer } from '../../src/ui/state/quiz-types.js';
import type { AppOptions, LessonLoad } from '../../src/ui/types.js';
import { appOptions, fakeLesson, LESSONS } from './fixtures.js';
import { KEY, measure, renderOn, unmountAll } from './helpers.js';
import { quizProps, SINGLE, TEXT, TRUEFALSE } from './quiz-fixtures.js';

afterEach(unmountAll);

/** Not in the order the questions are listed anywhere else, so the order is the checkpoint's. */
const CHECKPOINT = [TEXT.id, SINGLE.id, TRUEFALSE.id];

async function withCheckpoint(id: string): Promise<LessonLoad> {
  const summary = LESSONS.find((l) => l.id === id);
  return summary ? { kind: 'ok', lesson: { ...fakeLesson(summary), checkpoint: CHECKPOINT } } : { kind: 'missing' };
}

/** The app at 60×20 on the last page of Pod phases, whose checkpoint has three questions. */
async function lastPage(lang: Lang = 'en', overrides: Partial<AppOptions> = {}) {
  const options = appOptions({
    lang,
    initialScreen: { screen: 'lesson', id: 'pod-phases' },
    lessonProgress: { 'pod-phases': { page: 'p4' } },
    loadLesson: vi.fn(withCheckpoint),
    quiz: quizProps(),
    ...overrides,
  });
  const app = renderOn(<App {...options} />, 60, 20);
  await app.waitForFrame((f) => f.includes('4/4'));
  return { app, options };
}

const fits = (frame: string) => {
  const { lines, widest } = measure(frame);
  expect(lines).toBeLessThanOrEqual(19);
  expect(widest).toBeLessThanOrEqual(60);
};

describe('the checkpoint at the end of a lesson', () => {
  it('is offered when the lesson is finished; the questions run in order, are saved, and lead back to the list', async () => {
    const { app, options } = await lastPage();
    await app.press(' ');
    const offer = await app.waitForFrame((f) => f.includes('Checkpoint: 3 questions'));
    expect(offer).toContain('read this lesson to the end');
    expect(offer).toContain('Enter starts it.');
    fits(offer);
    await app.press(KEY.enter);
    const first = await app.waitForFrame((f) => f.includes('Question 1 of 3'));
    expect(first).toContain('Prompt of q-text?');
    fits(first);
    await app.press('CrashLoopBackOff', KEY.enter);
    await app.waitForFrame((f) => f.includes('✓ Right.'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Question 2 of 3') && f.includes('Prompt of q-single?'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Enter: next question'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Question 3 of 3') && f.includes('Prompt of q-tf?'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Enter: see the summary'));
    await app.press(KEY.enter);
    const summary = await app.waitForFrame((f) => f.includes('Checkpoint done'));
    expect(summary).toContain('Next lesson: Container states');
    fits(summary);
    const saved = () => vi.mocked(options.quiz?.onAnswer ?? vi.fn()).mock.calls.map(([g]) => (g as GivenAnswer).question.id);
    await vi.waitFor(() => expect(saved()).toEqual(CHECKPOINT));
    await app.press(KEY.escape);
    const list = await app.waitForFrame((f) => f.includes('Lessons: 3 of 18 done'));
    expect(list).toMatch(/›\s+Container states/);
    expect(list).toMatch(/✓ Pod phases/);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Container states, part 1'));
  });

  it('any other key passes it by, to the next lesson as before', async () => {
    const { app, options } = await lastPage();
    await app.press(' ');
    await app.waitForFrame((f) => f.includes('Checkpoint: 3 questions'));
    await app.press(' ');
    await app.waitForFrame((f) => f.includes('Next lesson: Container states') && !f.includes('Checkpoint'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Container states, part 1'));
    expect(options.quiz?.onAnswer).not.toHaveBeenCalled();
  });

  it('is offered in Korean too', async () => {
    const { app } = await lastPage('ko');
    await app.press(' ');
    const offer = await app.waitForFrame((f) => f.includes('체크포인트: 3문제'));
    fits(offer);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('q-text 문제?'));
  });

  it('is not offered without the quiz, nor for a lesson with no checkpoint', async () => {
    const { app } = await lastPage('en', { quiz: undefined });
    await app.press(' ');
    const done = await app.waitForFrame((f) => f.includes('read this lesson to the end'));
    expect(done).not.toContain('Checkpoint');
    expect(done).toContain('Next lesson: Container states');
  });
});
