import { afterEach, describe, expect, it } from 'vitest';
import type { Lesson } from '../../../src/content/types.js';
import type { LessonLoad } from '../../../src/ui/types.js';
import { App } from '../../../src/ui/app.js';
import { appOptions } from '../fixtures.js';
import { KEY, renderOn, unmountAll } from '../helpers.js';
import { FIX_ONCE, loadSteps, PREDICT_STATUS, STEPS_LESSON } from './fixture.js';

afterEach(unmountAll);

async function reading(page: string, loadLesson: () => Promise<LessonLoad> = loadSteps, size: [number, number] = [100, 30]) {
  const options = appOptions({ initialScreen: { screen: 'lesson', id: 'pod-phases', page }, loadLesson });
  const app = renderOn(<App {...options} />, ...size);
  await app.waitForFrame((f) => f.includes(`Page ${page}`) || f.includes('Two steps'));
  return app;
}

describe('steps on a lesson page', () => {
  it('a page with a step says Enter tries it; Enter opens it, and Space still turns the page', async () => {
    const app = await reading('status');
    expect(app.lastFrame()).toContain('Enter: try it · Space: next page');
    await app.press(' ');
    await app.waitForFrame((f) => f.includes('Page restarts'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Your prediction: RESTARTS at 60s (a number)'));
  });

  it('on a page without a step Enter turns the page, as before', async () => {
    const app = await reading('fix');
    await app.press(' ');
    const plain = await app.waitForFrame((f) => f.includes('No step'));
    expect(plain).toContain('Space: finish the lesson');
    expect(plain).not.toContain('try it');
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('marked as done'));
  });

  it('with two steps on a page, Enter opens the one on screen', async () => {
    const long: Lesson = {
      ...STEPS_LESSON,
      pages: [{
        id: 'two', title: { en: 'Two steps', ko: '두 단계' },
        body: [PREDICT_STATUS, ...Array.from({ length: 30 }, (_, i) => ({ kind: 'text' as const, text: { en: `Line ${i}.`, ko: `${i}줄.` } })), FIX_ONCE],
      }],
    };
    const app = await reading('two', async () => ({ kind: 'ok', lesson: long }), [60, 20]);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Your prediction: STATUS at 60s'));
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('Two steps'));
    await app.press('G');
    await app.waitForFrame((f) => /lines \d+-89 of 89 /.test(f));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Try it: fix the manifest'));
  });

  it('the help on a lesson page names the key that tries a step', async () => {
    const app = await reading('status');
    await app.press('?');
    await app.waitForFrame((f) => f.includes('Try the step on screen'));
  });
});
