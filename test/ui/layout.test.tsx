import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import type { Lang } from '../../src/i18n/index.js';
import type { AppOptions, ScreenTarget } from '../../src/ui/types.js';
import { appOptions } from './fixtures.js';
import { KEY, measure, renderOn, unmountAll } from './helpers.js';

afterEach(unmountAll);

const LONG_PATH = '/home/사용자/.config/podlab-nodejs/a-rather-long-directory-name/progress.json';
const NOTICE = {
  en: `Your progress file could not be read, so podlab moved it to ${LONG_PATH}.bak and started fresh.`,
  ko: `진행 기록 파일을 읽을 수 없어서 ${LONG_PATH}.bak 으로 옮기고 새로 시작했습니다.`,
};

const options = (lang: Lang, overrides: Partial<AppOptions> = {}) => {
  const base = appOptions({ lang, ...overrides });
  return { ...base, progress: { ...base.progress, storePath: LONG_PATH } };
};

const SCREENS: readonly (readonly [string, ScreenTarget | undefined, readonly string[]])[] = [
  ['home', undefined, []],
  ['home with its help', undefined, ['?']],
  ['lessons at the end of the list', { screen: 'lessons' }, ['G']],
  ['a lesson', { screen: 'lesson', id: 'restart-policy-and-backoff' }, []],
  ['a missing lesson', { screen: 'lesson', id: 'no-such-lesson' }, []],
  ['progress', { screen: 'progress' }, []],
  ['settings', { screen: 'settings' }, []],
  ['settings with its help', { screen: 'settings' }, ['?']],
  ['quiz', { screen: 'quiz' }, []],
  ['lab', { screen: 'lab' }, []],
  ['interview', { screen: 'interview' }, []],
  ['drills', { screen: 'drills' }, []],
];
const CASES = (['en', 'ko'] as const).flatMap((lang) => SCREENS.map(([name, target, keys]) => [lang, name, target, keys] as const));

describe('at 60 columns and 20 rows', () => {
  it.each(CASES)('%s %s fits in 19 lines of 60 columns', async (lang, _name, initialScreen, keys) => {
    const app = renderOn(<App {...options(lang, { initialScreen })} />, 60, 20);
    await app.waitForFrame((f) => f.length > 0);
    await app.press(...keys);
    const { lines, widest } = measure(app.lastFrame());
    expect(lines).toBe(19);
    expect(widest).toBeLessThanOrEqual(60);
  });

  it.each(CASES.filter(([, name]) => ['home', 'lessons at the end of the list', 'progress'].includes(name)))(
    '%s %s fits while the lessons are loading',
    async (lang, _name, initialScreen, keys) => {
      const app = renderOn(<App {...options(lang, { initialScreen, lessons: [], isLoadingLessons: true })} />, 60, 20);
      await app.waitForFrame((f) => f.includes('…'));
      await app.press(...keys);
      const { lines, widest } = measure(app.lastFrame());
      expect(lines).toBe(19);
      expect(widest).toBeLessThanOrEqual(60);
    },
  );

  it.each(['en', 'ko'] as const)('%s notices fit too', async (lang) => {
    const app = renderOn(<App {...options(lang, { notices: [NOTICE, NOTICE] })} />, 60, 20);
    const frame = await app.waitForFrame((f) => f.includes('.bak'));
    expect(measure(frame).lines).toBe(19);
    expect(measure(frame).widest).toBeLessThanOrEqual(60);
  });

  it.each(['en', 'ko'] as const)('%s progress shows every figure and the whole path', async (lang) => {
    const app = renderOn(<App {...options(lang, { initialScreen: { screen: 'progress' } })} />, 60, 20);
    const frame = await app.waitForFrame((f) => f.includes('podlab progress export'));
    expect(frame.replace(/\n\s*/g, '')).toContain(LONG_PATH);
    expect(frame).toMatch(lang === 'en' ? /Lessons done: 2 of 18/ : /완료한 레슨: 18개 중 2개/);
  });

  it('the lessons list scrolls to keep the selection on screen', async () => {
    const app = renderOn(<App {...options('en', { initialScreen: { screen: 'lessons' } })} />, 60, 20);
    await app.waitForFrame((f) => f.includes('What a Pod is'));
    await app.press('G');
    const frame = await app.waitForFrame((f) => f.includes('› ') && f.includes('kubectl for the exam'));
    const selected = frame.split('\n').find((l) => l.includes('  › '));
    expect(selected).toContain('kubectl for the exam');
    expect(frame).toContain(' I  Exam craft');
    expect(frame).not.toContain('What a Pod is');
    expect(frame).toContain('18/18');
    await app.press('g');
    await app.waitForFrame((f) => f.includes(' A  Pod fundamentals') && f.includes('1/18'));
  });
});

describe('resize', () => {
  it('lays the frame out again for the new size', async () => {
    const app = renderOn(<App {...options('ko', { initialScreen: { screen: 'lessons' } })} />, 100, 40);
    await app.waitForFrame((f) => measure(f).lines === 39);
    app.resize(60, 20);
    const small = await app.waitForFrame((f) => measure(f).lines === 19);
    expect(measure(small).widest).toBeLessThanOrEqual(60);
    app.resize(80, 12);
    const smaller = await app.waitForFrame((f) => measure(f).lines === 11);
    expect(measure(smaller).widest).toBeLessThanOrEqual(80);
  });

  it('keeps the selection on screen when the terminal gets shorter', async () => {
    const app = renderOn(<App {...options('en', { initialScreen: { screen: 'lesson', id: 'kubectl-for-the-exam' } })} />, 100, 40);
    await app.waitForFrame((f) => f.includes('kubectl for the exam, part 1'));
    app.resize(60, 10);
    await app.waitForFrame((f) => measure(f).lines === 9);
    await app.press(KEY.escape);
    const frame = await app.waitForFrame((f) => f.includes('Lessons:'));
    expect(frame.split('\n').find((l) => l.includes('  › '))).toContain('kubectl for the exam');
  });

  it('asks for a bigger terminal below the minimum, and comes back', async () => {
    const app = renderOn(<App {...options('en')} />, 60, 20);
    await app.waitForFrame((f) => f.includes('Settings'));
    app.resize(20, 6);
    const tiny = await app.waitForFrame((f) => f.includes('Make the'));
    expect(tiny.replace(/\n/g, ' ')).toContain('Make the terminal bigger (at least 30x8).');
    expect(measure(tiny).lines).toBeLessThanOrEqual(5);
    expect(measure(tiny).widest).toBeLessThanOrEqual(20);
    app.resize(60, 20);
    await app.waitForFrame((f) => f.includes('Settings'));
  });
});
