import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/types.js';
import type { Lang } from '../../src/i18n/index.js';
import { App } from '../../src/ui/app.js';
import { appOptions } from './fixtures.js';
import { KEY, measure, renderOn, unmountAll, type Harness } from './helpers.js';
import { CARD, COMMAND, MULTI, ORDER, PREDICT, quizProps, sessionOptions, SINGLE, TEXT, TRUEFALSE, YAML } from './quiz-fixtures.js';

afterEach(unmountAll);

// Every quiz screen fits a 60×20 terminal in both languages: at most 19 lines (ink#935), none
// wider than 60 columns; what does not fit scrolls.
const COLUMNS = 60;
const ROWS = 20;

const fits = (frame: string) => {
  const { lines, widest } = measure(frame);
  expect(lines).toBeLessThanOrEqual(ROWS - 1);
  expect(widest).toBeLessThanOrEqual(COLUMNS);
};

const long = (en: string, ko: string, times: number) => ({ en: Array(times).fill(en).join(' '), ko: Array(times).fill(ko).join(' ') });
const MANIFEST = Array.from({ length: 30 }, (_, i) => `    - name: container-number-${i}-with-a-rather-long-name-that-wraps`).join('\n');
const LONG_SINGLE = { ...SINGLE, id: 'q-long', prompt: long('A long prompt that goes on.', '아주 길게 이어지는 문제 설명입니다.', 12) } as Question;
const LONG_PREDICT = { ...PREDICT, id: 'q-long-predict', manifest: `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${MANIFEST}\n` } as Question;

const waitHeader = (app: Harness, lang: Lang) => app.waitForFrame((f) => f.includes(lang === 'ko' ? '문제 1/' : 'Question 1 of'));

describe.each<Lang>(['en', 'ko'])('60×20 in %s', (lang) => {
  it.each<[string, Question, string[]]>([
    ['single', SINGLE, [KEY.enter]],
    ['multi', MULTI, ['1', KEY.enter]],
    ['truefalse', TRUEFALSE, [KEY.enter]],
    ['order', ORDER, [KEY.enter]],
    ['text', TEXT, ['재시작 대기 and some more words to wrap past the edge of a narrow terminal', KEY.enter]],
    ['command', COMMAND, ['kubectl get pods', KEY.enter]],
    ['yaml', YAML, ['\u0013']],
    ['predict', PREDICT, [KEY.enter]],
    ['card', CARD, [KEY.enter]],
    ['a long prompt', LONG_SINGLE, [KEY.enter]],
    ['a long manifest', LONG_PREDICT, [KEY.enter]],
  ])('%s: asking and after the answer', async (_name, question, keys) => {
    const app = renderOn(<App {...sessionOptions([question, SINGLE], { lang })} />, COLUMNS, ROWS);
    fits(await waitHeader(app, lang));
    await app.press(...keys);
    await app.waitForFrame((f) => /Right\.|Not right\.|정답입니다|틀렸습니다|›3 /.test(f));
    fits(app.lastFrame());
    await app.press(KEY.pageDown, KEY.pageDown);
    fits(app.lastFrame());
  });

  it('a long manifest opens at the question and scrolls to follow the cursor', async () => {
    const app = renderOn(<App {...sessionOptions([LONG_PREDICT], { lang })} />, COLUMNS, ROWS);
    const first = await waitHeader(app, lang);
    expect(first.split('\n')[1]).toContain('↓');
    expect(first).toContain(lang === 'ko' ? 'q-predict 문제?' : 'Prompt of q-predict?');
    expect(first).not.toContain('› 1.');
    await app.press('j');
    const moved = await app.waitForFrame((f) => f.includes('› 2.'));
    expect(moved.split('\n')[1]).toContain('↑');
    fits(moved);
  });

  it('the picker', async () => {
    const app = renderOn(<App {...appOptions({ lang, quiz: quizProps(), initialScreen: { screen: 'quiz' } })} />, COLUMNS, ROWS);
    fits(await app.waitForFrame((f) => f.includes(lang === 'ko' ? '주제 고르기' : 'Pick a topic')));
  });

  it('the help overlay and the summary', async () => {
    const app = renderOn(<App {...sessionOptions([SINGLE, TEXT], { lang })} />, COLUMNS, ROWS);
    await waitHeader(app, lang);
    await app.press('?');
    fits(await app.waitForFrame((f) => f.includes(lang === 'ko' ? '이 화면에서 쓰는 키' : 'Keys on this screen')));
    await app.press(KEY.escape);
    await waitHeader(app, lang);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('✗'));
    await app.press(KEY.escape);
    fits(await app.waitForFrame((f) => f.includes(lang === 'ko' ? '퀴즈 끝' : 'Quiz done')));
  });

  it('the dashboard, page by page', async () => {
    const app = renderOn(<App {...appOptions({ lang, quiz: quizProps(), initialScreen: { screen: 'progress' } })} />, COLUMNS, ROWS);
    fits(await app.waitForFrame((f) => f.includes(lang === 'ko' ? '주제별 숙련도' : 'Mastery by topic')));
    const pages = [app.lastFrame()];
    while (/↓/.test(pages.at(-1)?.split('\n')[1] ?? '')) {
      const before = pages.at(-1);
      await app.press(KEY.pageDown);
      pages.push(await app.waitForFrame((f) => f !== before));
      fits(app.lastFrame());
    }
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.at(-1)).toContain(lang === 'ko' ? '적음 · ░ ▒ ▓ █ 많음' : 'less · ░ ▒ ▓ █ more');
  });
});
