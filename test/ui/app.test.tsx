import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/app.js';
import type { AppOptions } from '../../src/ui/types.js';
import { appOptions, LESSONS } from './fixtures.js';
import { KEY, renderOn, unmountAll } from './helpers.js';

afterEach(unmountAll);

const start = async (overrides: Partial<AppOptions> = {}, ready = 'Settings') => {
  const options = appOptions(overrides);
  const app = renderOn(<App {...options} />);
  await app.waitForFrame((f) => f.includes(ready));
  return { app, options };
};
/** The line with the selection marker. */
const selectedLine = (frame: string) => frame.split('\n').find((l) => l.includes('›') && !l.includes('podlab')) ?? '';

describe('home screen', () => {
  it('lists the eight items in order, with a header and key hints', async () => {
    const { app } = await start();
    const frame = app.lastFrame();
    const items = ['Continue', 'Lessons', 'Lab', 'Quiz', 'Interview', 'CKA drills', 'Progress', 'Settings'];
    const at = items.map((item) => frame.indexOf(item));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(frame.split('\n')[0]).toContain('podlab');
    expect(frame.split('\n').at(-1)).toContain('? help');
  });

  it.each([
    ['j and k', 'j', 'k'],
    ['the arrow keys', KEY.down, KEY.up],
  ])('moves with %s', async (_name, down, up) => {
    const { app } = await start();
    expect(selectedLine(app.lastFrame())).toContain('Continue');
    await app.press(down, down);
    await app.waitForFrame((f) => selectedLine(f).includes('Lab'));
    await app.press(up);
    await app.waitForFrame((f) => selectedLine(f).includes('Lessons'));
  });

  it('a held key read as one chunk moves once per key, and Enter in the same chunk opens the item it reached', async () => {
    const { app } = await start();
    await app.press('jjj');
    await app.waitForFrame((f) => selectedLine(f).includes('Quiz'));
    await app.press(`k${KEY.enter}`);
    await app.waitForFrame((f) => f.includes('Lab: not available yet'));
  });

  it('describes the selected item', async () => {
    const { app } = await start();
    await app.press('j', 'j');
    await app.waitForFrame((f) => f.includes('A kubectl prompt over a live simulated cluster: free, or guided step by step.'));
  });

  it('q quits', async () => {
    const { app } = await start();
    await app.press('q');
    await expect(app.exited).resolves.toBeUndefined();
  });

  it('Ctrl+C leaves from a screen deeper down', async () => {
    const { app } = await start();
    await app.press('j', KEY.enter);
    await app.waitForFrame((f) => f.includes('Lessons: 2 of 18 done'));
    await app.press(KEY.ctrlC);
    await expect(app.exited).resolves.toBeUndefined();
  });
});

describe('navigation', () => {
  it('Enter opens, Esc goes back, Backspace too', async () => {
    const { app } = await start();
    await app.press('j', KEY.enter);
    await app.waitForFrame((f) => f.includes('Lessons: 2 of 18 done'));
    await app.press(KEY.escape);
    await app.waitForFrame((f) => selectedLine(f).includes('Lessons') && f.includes('Continue'));
    await app.press(KEY.enter, KEY.enter);
    await app.waitForFrame((f) => f.includes('What a Pod is, part 1'));
    await app.press(KEY.backspace);
    await app.waitForFrame((f) => f.includes('Lessons: 2 of 18 done'));
  });

  it('groups the lessons by module, with marks for done and started, and minutes', async () => {
    const lessonProgress = { 'pod-phases': { page: 'p2', pagesSeen: ['p1', 'p2'], done: false } };
    const { app } = await start({ initialScreen: { screen: 'lessons' }, lessonProgress }, 'Lessons:');
    const lines = app.lastFrame().split('\n');
    const row = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(row(' A  Pod fundamentals')).toBeLessThan(row('What a Pod is'));
    expect(row('What a Pod is')).toBeLessThan(row(' B  Lifecycle'));
    expect(row(' B  Lifecycle')).toBeLessThan(row('Pod phases'));
    expect(lines[row('What a Pod is')]).toMatch(/✓ What a Pod is\s+10 min/);
    expect(lines[row('Pod phases')]).toMatch(/◦ Pod phases\s+10 min/);
    expect(lines[row('Container states')]).toMatch(/ {4}Container states/);
  });

  it('opens a lesson from the list and reports the visit', async () => {
    const { app, options } = await start({ initialScreen: { screen: 'lessons' } }, 'Lessons:');
    await app.press('j', 'j', KEY.enter);
    await app.waitForFrame((f) => f.includes('Pod phases, part 1'));
    expect(app.lastFrame()).toContain('Body of pod-phases, part 1.');
    await vi.waitFor(() => expect(options.onVisit).toHaveBeenCalledWith({ screen: 'lesson', id: 'pod-phases', page: 'p1' }));
  });

  it.each([
    ['quiz', 'Quiz: not available yet', '퀴즈: 아직 준비 중'],
    ['lab', 'Lab: not available yet', '실습장: 아직 준비 중'],
    ['interview', 'Interview: not available yet', '면접 대비: 아직 준비 중'],
    ['drills', 'CKA drills: not available yet', 'CKA 실습 과제: 아직 준비 중'],
  ] as const)('%s says it is not available yet and what to do now', async (screen, en, ko) => {
    const { app: inEnglish } = await start({ initialScreen: { screen } }, en);
    expect(inEnglish.lastFrame()).toContain('podlab validate');
    const { app: inKorean } = await start({ lang: 'ko', initialScreen: { screen } }, ko);
    expect(inKorean.lastFrame()).toContain('지금 할 수 있는 것');
  });
});

describe('help overlay', () => {
  it.each([
    ['home', {}, 'Settings', 'Quit podlab', 'First / last item'],
    ['lessons', { initialScreen: { screen: 'lessons' } }, 'Lessons:', 'First / last item', 'Quit podlab'],
    ['settings', { initialScreen: { screen: 'settings' } }, 'Language:', 'Change the selected setting', 'First / last item'],
  ] as const)('on %s lists the keys of that screen', async (_name, overrides, ready, listed, notListed) => {
    const { app } = await start(overrides, ready);
    await app.press('?');
    const frame = await app.waitForFrame((f) => f.includes('Keys on this screen'));
    expect(frame).toContain(listed);
    expect(frame).not.toContain(notListed);
    await app.press('?');
    await app.waitForFrame((f) => f.includes(ready) && !f.includes('Keys on this screen'));
  });
});

describe('settings', () => {
  it('switching the language redraws everything in Korean and saves it', async () => {
    const { app, options } = await start({ initialScreen: { screen: 'settings' } }, 'Language: English');
    await app.press(KEY.enter);
    const frame = await app.waitForFrame((f) => f.includes('언어 (Language): 한국어'));
    expect(frame.split('\n')[0]).toContain('설정');
    expect(frame).toContain('진행 기록 파일');
    expect(frame.split('\n').at(-1)).toContain('도움말');
    await vi.waitFor(() => expect(options.onLangChange).toHaveBeenCalledWith('ko'));
    expect(options.onLangChange).toHaveBeenCalledTimes(1);
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('이어서 하기'));
  });

  it('shows where the progress file is', async () => {
    const { app } = await start({ initialScreen: { screen: 'settings' } }, 'Language:');
    expect(app.lastFrame()).toContain('/home/learner/.config/podlab/progress.json');
  });
});

describe('Continue', () => {
  it('returns to the last visited lesson', async () => {
    const { app, options } = await start({ lastVisited: { screen: 'lesson', id: 'probes' } });
    expect(app.lastFrame()).toContain('Pick up where you left off: Liveness, readiness and startup probes');
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Liveness, readiness and startup probes, part 1'));
    await vi.waitFor(() => expect(options.onVisit).toHaveBeenCalledWith({ screen: 'lesson', id: 'probes', page: 'p1' }));
  });

  it('without a last visit opens the first lesson not done', async () => {
    const { app } = await start();
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('podlab › Lessons › Pod phases'));
  });

  it('says plainly when there is nothing to continue', async () => {
    const { app } = await start({ lessons: LESSONS.map((l) => ({ ...l, done: true })) });
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Nothing to continue: every lesson is done.'));
    expect(app.lastFrame()).toContain('› Continue');
  });
});

describe('notices', () => {
  it('show once on the home screen until any key', async () => {
    const notice = { en: 'Your progress file was corrupt and was moved to /tmp/p.bak', ko: '진행 기록 파일이 손상되어 /tmp/p.bak 으로 옮겼습니다' };
    const { app } = await start({ notices: [notice] }, 'Please note');
    expect(app.lastFrame()).toContain('moved to /tmp/p.bak');
    expect(app.lastFrame()).not.toContain('Settings');
    await app.press('x');
    await app.waitForFrame((f) => f.includes('Settings'));
    await app.press('j', KEY.enter, KEY.escape);
    await app.waitForFrame((f) => selectedLine(f).includes('Lessons'));
    expect(app.lastFrame()).not.toContain('Please note');
  });
});
