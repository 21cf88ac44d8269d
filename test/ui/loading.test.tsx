import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import type { Lang } from '../../src/i18n/index.js';
import type { AppOptions, LastVisited } from '../../src/ui/types.js';
import { appOptions, LESSONS } from './fixtures.js';
import { KEY, renderOn, unmountAll } from './helpers.js';

afterEach(unmountAll);

/** What each language shows before and after the lessons arrive. */
const TEXT = {
  en: {
    continueLoading: 'Loading lessons…',
    lessonsHintLoading: 'Read the lessons, module by module. Loading lessons…',
    listLoading: 'Loading lessons…',
    next: 'Start the next lesson you have not finished: Pod phases',
    lessonsHint: 'Read the lessons, module by module (2 of 18 done).',
    listTitle: 'Lessons: 2 of 18 done',
    first: 'What a Pod is',
    lessonsHeader: 'podlab › Lessons',
    phasesHeader: 'podlab › Lessons › Pod phases',
    probesHeader: 'podlab › Lessons › Liveness, readiness and startup probes',
    progressLoading: 'Lessons done: 2 (loading lessons…)',
    progressLoaded: 'Lessons done: 2 of 18',
  },
  ko: {
    continueLoading: '레슨을 불러오는 중…',
    lessonsHintLoading: '모듈별로 레슨을 읽습니다. 레슨을 불러오는 중…',
    listLoading: '레슨을 불러오는 중…',
    next: '아직 끝내지 않은 다음 레슨: Pod 단계(phase)',
    lessonsHint: '모듈별로 레슨을 읽습니다 (18개 중 2개 완료).',
    listTitle: '레슨: 18개 중 2개 완료',
    first: 'Pod란 무엇인가',
    lessonsHeader: 'podlab › 레슨',
    phasesHeader: 'podlab › 레슨 › Pod 단계(phase)',
    probesHeader: 'podlab › 레슨 › liveness, readiness, startup 프로브',
    progressLoading: '완료한 레슨: 2개 (레슨 목록을 불러오는 중…)',
    progressLoaded: '완료한 레슨: 18개 중 2개',
  },
} as const;
const LANGS = ['en', 'ko'] as const;

/** The line with the selection marker, below the header. */
const selectedLine = (frame: string) => frame.split('\n').slice(1).find((l) => l.includes('›')) ?? '';

/** The app as it opens before the lessons are read, and a way to hand them over later. */
async function whileLoading(lang: Lang, overrides: Partial<AppOptions> = {}) {
  const options = appOptions({ lang, lessons: [], isLoadingLessons: true, ...overrides });
  const loading = { ...options, progress: { ...options.progress, lessons: { done: 2, total: 0 } } };
  const app = renderOn(<App {...loading} />);
  await app.waitForFrame((f) => f.includes('podlab'));
  const arrive = (more: Partial<AppOptions> = {}) =>
    app.instance.rerender(<App {...options} lessons={LESSONS} isLoadingLessons={false} {...more} />);
  return { app, arrive };
}

describe('before the lessons arrive', () => {
  it.each(LANGS)('%s: the home screen says they are loading, and fills in when they arrive', async (lang) => {
    const { app, arrive } = await whileLoading(lang);
    expect(app.lastFrame()).toContain(TEXT[lang].continueLoading);
    expect(selectedLine(app.lastFrame())).toContain(lang === 'en' ? 'Continue' : '이어서 하기');
    await app.press('j');
    await app.waitForFrame((f) => f.includes(TEXT[lang].lessonsHintLoading));
    arrive();
    await app.waitForFrame((f) => f.includes(TEXT[lang].lessonsHint));
    await app.press('k');
    await app.waitForFrame((f) => f.includes(TEXT[lang].next));
  });

  it.each(LANGS)('%s: Lessons opened while loading says so, then lists them with the first selected', async (lang) => {
    const { app, arrive } = await whileLoading(lang);
    await app.press('j', KEY.enter);
    const loadingFrame = await app.waitForFrame((f) => f.includes(TEXT[lang].listLoading) && f.includes(TEXT[lang].lessonsHeader));
    expect(loadingFrame).not.toContain(TEXT[lang].first);
    // Keys on the empty list change nothing and break nothing.
    await app.press('j', 'G', KEY.enter);
    arrive();
    const frame = await app.waitForFrame((f) => f.includes(TEXT[lang].listTitle));
    expect(selectedLine(frame)).toContain(TEXT[lang].first);
    await app.press('j');
    await app.waitForFrame((f) => selectedLine(f).includes(lang === 'en' ? 'From kubectl apply' : 'kubectl apply부터'));
  });

  it.each(LANGS)('%s: Continue chosen while loading waits on Lessons, then opens the next lesson', async (lang) => {
    const { app, arrive } = await whileLoading(lang);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes(TEXT[lang].listLoading) && f.includes(TEXT[lang].lessonsHeader));
    arrive();
    await app.waitForFrame((f) => f.split('\n')[0].includes(TEXT[lang].phasesHeader));
    await app.press(KEY.escape);
    const list = await app.waitForFrame((f) => f.includes(TEXT[lang].listTitle));
    expect(selectedLine(list)).toContain(lang === 'en' ? 'Pod phases' : 'Pod 단계(phase)');
  });

  it.each(LANGS)('%s: Continue returns to the last lesson once the lessons arrive', async (lang) => {
    const { app, arrive } = await whileLoading(lang, { lastVisited: { screen: 'lesson', id: 'probes' } });
    await app.press(KEY.enter);
    arrive();
    await app.waitForFrame((f) => f.split('\n')[0].includes(TEXT[lang].probesHeader));
  });

  it.each(LANGS)('%s: Continue to a screen that is not a lesson goes there at once', async (lang) => {
    const lastVisited: LastVisited = { screen: 'progress' };
    const { app, arrive } = await whileLoading(lang, { lastVisited });
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes(TEXT[lang].progressLoading));
    arrive();
    await app.waitForFrame((f) => f.includes(TEXT[lang].progressLoaded));
  });

  it('leaving the Lessons screen before they arrive drops the pending Continue', async () => {
    const { app, arrive } = await whileLoading('en');
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes(TEXT.en.lessonsHeader));
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('Settings'));
    arrive();
    const frame = await app.waitForFrame((f) => f.includes(TEXT.en.next));
    expect(frame.split('\n')[0]).not.toContain('›');
  });
});

describe('notices that arrive with the lessons', () => {
  const FIRST = { en: 'Your progress file was moved to /tmp/p.bak', ko: '진행 기록 파일을 /tmp/p.bak 으로 옮겼습니다' };
  const LATER = { en: '2 problem(s) in the lesson content', ko: '레슨 콘텐츠에 문제가 2개 있습니다' };

  it.each(LANGS)('%s: are put up over the screen, and only the new ones', async (lang) => {
    const { app, arrive } = await whileLoading(lang, { notices: [FIRST] });
    await app.waitForFrame((f) => f.includes(FIRST[lang]));
    await app.press('x');
    await app.press('j', KEY.enter);
    await app.waitForFrame((f) => f.includes(TEXT[lang].lessonsHeader));
    arrive({ notices: [FIRST, LATER] });
    const frame = await app.waitForFrame((f) => f.includes(LATER[lang]));
    expect(frame).not.toContain(FIRST[lang]);
    await app.press('x');
    const list = await app.waitForFrame((f) => f.includes(TEXT[lang].listTitle));
    expect(list).not.toContain(LATER[lang]);
  });

  it('do not come back once dismissed, however often they are passed again', async () => {
    const { app, arrive } = await whileLoading('en');
    arrive({ notices: [LATER] });
    await app.waitForFrame((f) => f.includes(LATER.en));
    await app.press('x');
    await app.waitForFrame((f) => f.includes(TEXT.en.next));
    arrive({ notices: [{ ...LATER }] });
    await app.press('j');
    const frame = await app.waitForFrame((f) => f.includes(TEXT.en.lessonsHint));
    expect(frame).not.toContain(LATER.en);
  });
});
