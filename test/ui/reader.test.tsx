import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block, Lesson } from '../../src/content/types.js';
import { App } from '../../src/ui/app.js';
import type { AppOptions, LessonLoad } from '../../src/ui/types.js';
import { appOptions, fakeLesson, LESSONS, shippedLesson } from './fixtures.js';
import { KEY, measure, renderOn, unmountAll } from './helpers.js';

afterEach(unmountAll);

/** The app open at a lesson (or elsewhere), with the page indicator or `ready` on screen. */
async function reading(overrides: Partial<AppOptions> = {}, ready = '1/4', size: [number, number] = [100, 30]) {
  const options = appOptions({ initialScreen: { screen: 'lesson', id: 'pod-phases' }, ...overrides });
  const app = renderOn(<App {...options} />, ...size);
  await app.waitForFrame((f) => f.includes(ready));
  return { app, options };
}

/** The page title line: the title, then `n/total` flush right. */
const titleLine = (frame: string) => (frame.split('\n')[1] ?? '').trimEnd();

describe('paging', () => {
  it.each<[string, string[], string]>([
    ['l', ['l'], '2/4'],
    ['Space', [' '], '2/4'],
    ['Right', [KEY.right], '2/4'],
    ['Enter', [KEY.enter], '2/4'],
    ['three forward', ['l', ' ', KEY.right], '4/4'],
    ['h back', ['l', 'l', 'h'], '2/4'],
    ['b back', ['l', 'l', 'b'], '2/4'],
    ['Left back', ['l', 'l', KEY.left], '2/4'],
    ['back on the first page stays there', ['h'], '1/4'],
  ])('%s', async (_name, keys, indicator) => {
    const { app } = await reading();
    await app.press(...keys);
    const frame = await app.waitForFrame((f) => titleLine(f).endsWith(indicator));
    expect(frame).toContain(`Pod phases, part ${indicator[0]}`);
    expect(frame).toContain(`Body of pod-phases, part ${indicator[0]}.`);
  });

  it('saves each page reached, with every page seen, and remembers it as the last visit', async () => {
    const { app, options } = await reading();
    await app.press('l');
    await app.waitForFrame((f) => f.includes('2/4'));
    await vi.waitFor(() => expect(options.onLessonProgress).toHaveBeenLastCalledWith('pod-phases', { page: 'p2', pagesSeen: ['p1', 'p2'] }));
    expect(options.onLessonProgress).toHaveBeenCalledWith('pod-phases', { page: 'p1', pagesSeen: ['p1'] });
    await vi.waitFor(() => expect(options.onVisit).toHaveBeenLastCalledWith({ screen: 'lesson', id: 'pod-phases', page: 'p2' }));
    await app.press('h');
    await app.waitForFrame((f) => f.includes('1/4'));
    await vi.waitFor(() => expect(options.onLessonProgress).toHaveBeenLastCalledWith('pod-phases', { page: 'p1', pagesSeen: ['p1', 'p2'] }));
  });
});

describe('resuming', () => {
  const saved = { 'pod-phases': { page: 'p3', pagesSeen: ['p1', 'p2', 'p3'], done: false } };

  it.each<[string, Partial<AppOptions>, string[], string]>([
    ['opening from the list goes to the saved page', { initialScreen: { screen: 'lessons', id: 'pod-phases' }, lessonProgress: saved }, [KEY.enter], '3/4'],
    ['Continue goes to the last visited page', { initialScreen: undefined, lastVisited: { screen: 'lesson', id: 'pod-phases', page: 'p2' }, lessonProgress: saved }, [KEY.enter], '2/4'],
    ['podlab lesson ID goes to the saved page', { lessonProgress: saved }, [], '3/4'],
    ['a page saved by number in an older save', { lessonProgress: { 'pod-phases': { page: 1 } } }, [], '2/4'],
    ['a finished lesson opens at its start, to be read again', { initialScreen: { screen: 'lesson', id: 'pod-basics' }, lessonProgress: { 'pod-basics': { page: 'p4', done: true } } }, [], '1/4'],
  ])('%s', async (_name, overrides, keys, indicator) => {
    const options = appOptions({ initialScreen: { screen: 'lesson', id: 'pod-phases' }, ...overrides });
    const app = renderOn(<App {...options} />);
    await app.waitForFrame((f) => f.includes('podlab'));
    await app.press(...keys);
    await app.waitForFrame((f) => titleLine(f).endsWith(indicator));
  });

  it('leaving a lesson and opening it again comes back to the same page, and the list marks it started', async () => {
    const { app } = await reading();
    await app.press('l', 'l');
    await app.waitForFrame((f) => f.includes('3/4'));
    await app.press(KEY.escape);
    const list = await app.waitForFrame((f) => f.includes('Lessons: 2 of 18 done'));
    expect(list).toMatch(/› ◦ Pod phases/);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => titleLine(f).endsWith('3/4'));
  });
});

describe('finishing a lesson', () => {
  it('next on the last page marks it done and says so; the list and the progress count show it', async () => {
    const { app, options } = await reading({ lessonProgress: { 'pod-phases': { page: 'p4', pagesSeen: ['p1', 'p2', 'p3', 'p4'] } } }, '4/4');
    expect(app.lastFrame()).toContain('Space: finish the lesson');
    await app.press(' ');
    const done = await app.waitForFrame((f) => f.includes('marked as done'));
    expect(done).toContain('Next lesson: Container states');
    await vi.waitFor(() => expect(options.onLessonProgress).toHaveBeenLastCalledWith('pod-phases', { page: 'p4', pagesSeen: ['p1', 'p2', 'p3', 'p4'], done: true }));
    expect(vi.mocked(options.onLessonProgress).mock.calls.filter(([, p]) => p.done)).toHaveLength(1);
    await app.press(KEY.escape);
    const list = await app.waitForFrame((f) => f.includes('Lessons: 3 of 18 done'));
    expect(list).toMatch(/› ✓ Pod phases/);
  });

  it('then offers the next lesson not done, and opens it above the list', async () => {
    const { app } = await reading({ initialScreen: { screen: 'lesson', id: 'pod-basics' } }, '1/4');
    await app.press('l', 'l', 'l', 'l');
    await app.waitForFrame((f) => f.includes('Next lesson: Pod phases'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Pod phases, part 1'));
    await app.press(KEY.escape);
    const list = await app.waitForFrame((f) => f.includes('Lessons:'));
    // Opened, so started.
    expect(list).toMatch(/› ◦ Pod phases/);
  });

  it('with every other lesson done, says so and goes back to the list', async () => {
    const lessons = LESSONS.map((l) => ({ ...l, done: l.id !== 'pod-phases' }));
    const { app } = await reading({ lessons, lessonProgress: { 'pod-phases': { page: 'p4' } } }, '4/4');
    await app.press(' ');
    await app.waitForFrame((f) => f.includes('Every lesson is done.'));
    await app.press('h');
    await app.waitForFrame((f) => titleLine(f).endsWith('4/4'));
    await app.press(' ', KEY.enter);
    await app.waitForFrame((f) => f.includes('Lessons: 18 of 18 done'));
  });
});

describe('languages', () => {
  it('t switches the lesson to the other language on the same page, and saves the choice', async () => {
    const { app, options } = await reading();
    await app.press('l', 't');
    const ko = await app.waitForFrame((f) => f.includes('Pod 단계(phase) 2부'));
    expect(ko.split('\n')[0]).toContain('podlab › 레슨 › Pod 단계(phase)');
    expect(ko).toContain('pod-phases 본문, 2부.');
    expect(ko).toContain('Space: 다음 쪽');
    await vi.waitFor(() => expect(options.onLangChange).toHaveBeenCalledWith('ko'));
    await app.press('t');
    await app.waitForFrame((f) => f.includes('Pod phases, part 2'));
  });

  it('the help lists the reader keys in the language on screen', async () => {
    const { app } = await reading({ lang: 'ko' });
    await app.press('?');
    const help = await app.waitForFrame((f) => f.includes('이 화면에서 쓰는 키'));
    for (const text of ['이전 쪽', '한 화면씩 스크롤', '다른 언어로 읽기', '레슨 목록으로']) expect(help).toContain(text);
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('1/4'));
  });
});

/** A lesson with a 30-line manifest on its first page and 25 paragraphs on its second. */
const LONG: Lesson = {
  ...fakeLesson(LESSONS[2]!),
  pages: [
    { id: 'manifest', title: { en: 'A long manifest', ko: '긴 매니페스트' }, body: [{ kind: 'code', lang: 'yaml', source: Array.from({ length: 30 }, (_, i) => `key${i + 1}: v`).join('\n') } satisfies Block] },
    { id: 'prose', title: { en: 'Long prose', ko: '긴 글' }, body: Array.from({ length: 25 }, (_, i) => ({ kind: 'text' as const, text: { en: `Paragraph ${i + 1}.`, ko: `${i + 1}번 문단.` } })) },
  ],
};
const loadLong = async (): Promise<LessonLoad> => ({ kind: 'ok', lesson: LONG });

describe('scrolling at 60x20', () => {
  it('j and k scroll a long code block inside its box', async () => {
    const { app } = await reading({ loadLesson: loadLong }, '1/2', [60, 20]);
    expect(app.lastFrame()).toContain('lines 1-10 of 30');
    expect(app.lastFrame()).not.toContain('key11');
    await app.press('j', 'j', KEY.down);
    const frame = await app.waitForFrame((f) => f.includes('lines 4-13 of 30'));
    expect(frame).toContain('│ key13: v');
    expect(frame).not.toContain('│ key3: v ');
    expect(measure(frame).lines).toBe(19);
    await app.press('k');
    await app.waitForFrame((f) => f.includes('lines 3-12 of 30'));
  });

  it('a page taller than the screen scrolls, with where it is on the status line', async () => {
    const { app } = await reading({ loadLesson: loadLong, initialScreen: { screen: 'lesson', id: 'pod-phases', page: 'prose' } }, '2/2', [60, 20]);
    expect(app.lastFrame()).toContain('lines 1-14 of 49 (more below)');
    await app.press('j', KEY.down);
    await app.waitForFrame((f) => f.includes('lines 3-16 of 49'));
    await app.press(KEY.pageDown);
    await app.waitForFrame((f) => f.includes('lines 16-29 of 49'));
    await app.press('G');
    const end = await app.waitForFrame((f) => f.includes('lines 36-49 of 49'));
    expect(end).toContain('Paragraph 25.');
    expect(end).not.toContain('(more below)');
    expect(measure(end).lines).toBe(19);
    await app.press(KEY.pageUp, 'g');
    await app.waitForFrame((f) => f.includes('lines 1-14 of 49'));
  });
});

describe('shipped lessons at 60x20', () => {
  it.each([
    ['en', 'pod-basics'], ['ko', 'pod-basics'], ['en', 'workload-controllers'], ['ko', 'workload-controllers'],
  ] as const)('%s %s: every page fits in 19 lines of 60 columns, and resizing lays it out again', async (lang, id) => {
    const loaded = await shippedLesson(id);
    const pages = loaded.kind === 'ok' ? loaded.lesson.pages.length : 0;
    const { app } = await reading({ lang, initialScreen: { screen: 'lesson', id }, loadLesson: async () => loaded }, `1/${pages}`, [60, 20]);
    for (let n = 1; n <= pages; n++) {
      const frame = await app.waitForFrame((f) => titleLine(f).endsWith(`${n}/${pages}`));
      expect(measure(frame)).toMatchObject({ lines: 19 });
      expect(measure(frame).widest).toBeLessThanOrEqual(60);
      await app.press('G');
      expect(measure(app.lastFrame()).widest).toBeLessThanOrEqual(60);
      await app.press(' ');
    }
    await app.waitForFrame((f) => f.includes(lang === 'en' ? 'read this lesson to the end' : '완료로 표시'));
    await app.press('h');
    app.resize(100, 30);
    const big = await app.waitForFrame((f) => measure(f).lines === 29 && titleLine(f).includes(`${pages}/${pages}`));
    expect(measure(big).widest).toBeLessThanOrEqual(100);
  });
});

describe('the lesson file', () => {
  it('only the opened lesson is read, once, however often it is opened', async () => {
    const loadLesson = vi.fn(shippedLesson);
    const { app } = await reading({ initialScreen: { screen: 'lessons' }, loadLesson }, 'Lessons:');
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('1/5'));
    await app.press(' ', KEY.escape);
    await app.waitForFrame((f) => f.includes('Lessons:'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('2/5'));
    await app.press(KEY.escape, KEY.enter);
    await app.waitForFrame((f) => f.includes('2/5'));
    expect(loadLesson.mock.calls).toEqual([['pod-basics']]);
  });

  it.each<[string, AppOptions['loadLesson'], string]>([
    ['one that cannot be read shows its problems', async () => ({ kind: 'broken', problems: ['lessons/pod-phases.yaml:3:1: pages: Required'] }), 'lessons/pod-phases.yaml:3:1: pages: Required'],
    ['a failure to read it is shown, not thrown', () => Promise.reject(new Error('EACCES: permission denied')), 'EACCES: permission denied'],
    ['one that is gone says so', async () => ({ kind: 'missing' }), 'There is no lesson with the id "pod-phases"'],
  ])('%s', async (_name, loadLesson, shown) => {
    const { app } = await reading({ loadLesson }, shown);
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('Lessons:'));
  });
});
