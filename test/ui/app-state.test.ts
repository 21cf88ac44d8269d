import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/ui/keys.js';
import { createAppReducer, initAppState, type AppState } from '../../src/ui/state/app-state.js';
import { HOME_MENU } from '../../src/ui/state/entries.js';
import { lessonRows } from '../../src/ui/state/lesson-rows.js';
import { topOf } from '../../src/ui/state/nav-state.js';
import type { AppOptions } from '../../src/ui/types.js';
import { appOptions, LESSONS } from './fixtures.js';

const ROWS = 20;
const reduce = createAppReducer(LESSONS);
const start = (overrides: Partial<AppOptions> = {}) => initAppState(appOptions(overrides), ROWS);
const run = (state: AppState, intents: readonly Intent[], lessons = LESSONS) => {
  const reducer = lessons === LESSONS ? reduce : createAppReducer(lessons);
  return intents.reduce((s, intent) => reducer(s, { type: 'intent', intent, columns: 80, rows: ROWS }), state);
};
const where = (s: AppState) => s.stack.map((e) => (e.target.id ? `${e.target.screen}:${e.target.id}` : e.target.screen));
/** What is selected on the screen on top: a menu item or a lesson id. */
const selected = (s: AppState) => {
  const top = topOf(s);
  if (top.target.screen === 'home') return HOME_MENU[top.list.selected];
  const row = lessonRows(LESSONS)[top.list.selected];
  return row?.kind === 'lesson' ? row.lesson.id : undefined;
};
const allDone = LESSONS.map((l) => ({ ...l, done: true }));

describe('navigation by intents', () => {
  it.each<[string, Partial<AppOptions>, Intent[], string[]]>([
    ['Enter on Lessons opens the list', {}, ['down', 'open'], ['home', 'lessons']],
    ['Enter on Lab opens the lab', {}, ['down', 'down', 'open'], ['home', 'lab']],
    ['Enter on Settings opens settings', {}, ['last', 'open'], ['home', 'settings']],
    ['Enter on a lesson opens it above the list', {}, ['down', 'open', 'down', 'down', 'open'], ['home', 'lessons', 'lesson:pod-phases']],
    ['Esc goes back one screen', {}, ['down', 'open', 'open', 'back'], ['home', 'lessons']],
    ['q goes back one screen', {}, ['down', 'open', 'leave'], ['home']],
    ['Continue without a last visit opens the first lesson not done', {}, ['open'], ['home', 'lessons:pod-phases', 'lesson:pod-phases']],
    ['Continue returns to the last lesson', { lastVisited: { screen: 'lesson', id: 'probes', page: 2 } }, ['open'], ['home', 'lessons:probes', 'lesson:probes']],
    ['Continue returns to another screen', { lastVisited: { screen: 'progress' } }, ['open'], ['home', 'progress']],
    ['Continue stays home when there is nothing', { lessons: allDone }, ['open'], ['home']],
    ['keys sent together act on the screen each one reaches', {}, ['down', 'open', 'down', 'open', 'back', 'last', 'open'], ['home', 'lessons', 'lesson:kubectl-for-the-exam']],
    ['the initial lesson sits above the list', { initialScreen: { screen: 'lesson', id: 'probes' } }, [], ['home:lessons', 'lessons:probes', 'lesson:probes']],
    ['the initial screen goes back home', { initialScreen: { screen: 'progress' } }, ['back'], ['home:progress']],
  ])('%s', (_name, overrides, intents, stack) => {
    const state = run(start(overrides), intents, overrides.lessons);
    expect(where(state)).toEqual(stack);
  });

  it('Esc from a lesson returns to the list at that lesson', () => {
    const state = run(start({ initialScreen: { screen: 'lesson', id: 'probes' } }), ['back']);
    expect(selected(state)).toBe('probes');
  });

  it('coming back home keeps the item that was opened selected', () => {
    expect(selected(run(start(), ['down', 'down', 'down', 'open', 'back']))).toBe('quiz');
    expect(selected(run(start({ initialScreen: { screen: 'settings' } }), ['back']))).toBe('settings');
  });

  it('q on the home screen quits, Esc does not', () => {
    expect(run(start(), ['back']).isDone).toBe(false);
    expect(run(start(), ['leave']).isDone).toBe(true);
    expect(run(start(), ['down', 'open', 'quit']).isDone).toBe(true);
  });
});

describe('overlays', () => {
  it.each<[string, Partial<AppOptions>, Intent[], string, string[]]>([
    ['? opens the help', {}, ['help'], 'help', ['home']],
    ['keys under the help do nothing', {}, ['help', 'down', 'open'], 'help', ['home']],
    ['? closes the help', {}, ['help', 'help'], 'none', ['home']],
    ['Esc closes the help without going back', {}, ['down', 'open', 'help', 'back'], 'none', ['home', 'lessons']],
    ['notices are up at start', { notices: ['moved'] }, [], 'notices', ['home']],
    ['the key that dismisses the notices does nothing else', { notices: ['moved'] }, ['open'], 'none', ['home']],
  ])('%s', (_name, overrides, intents, overlay, stack) => {
    const state = run(start(overrides), intents);
    expect(state.overlay).toBe(overlay);
    expect(where(state)).toEqual(stack);
  });

  it('dismissNotices closes the notices only', () => {
    const state = reduce(start({ notices: ['moved'] }), { type: 'dismissNotices' });
    expect(state.overlay).toBe('none');
    expect(reduce(run(state, ['help']), { type: 'dismissNotices' }).overlay).toBe('help');
  });
});

describe('settings and visits', () => {
  it.each<[Intent[], string]>([
    [['open'], 'ko'],
    [['right'], 'ko'],
    [['left'], 'ko'],
    [['open', 'open'], 'en'],
    [['down'], 'en'],
  ])('%j in Settings leaves the language %s', (intents, lang) => {
    expect(run(start({ initialScreen: { screen: 'settings' } }), intents).lang).toBe(lang);
  });

  it('opening a lesson becomes the last visit', () => {
    expect(run(start(), ['down', 'open', 'open']).lastVisited).toEqual({ screen: 'lesson', id: 'pod-basics' });
    expect(start({ initialScreen: { screen: 'lesson', id: 'probes' } }).lastVisited).toEqual({ screen: 'lesson', id: 'probes' });
  });

  it('opening other screens keeps the last visit', () => {
    const lastVisited = { screen: 'lesson', id: 'probes' };
    expect(run(start({ lastVisited }), ['down', 'down', 'open']).lastVisited).toBe(lastVisited);
  });
});

describe('lessons arriving after the first frame', () => {
  const loadingStart = (overrides: Partial<AppOptions> = {}) => start({ lessons: [], isLoadingLessons: true, ...overrides });
  const loaded = (s: AppState) => reduce(s, { type: 'lessonsLoaded', rows: ROWS });

  it.each<[string, Partial<AppOptions>, Intent[], typeof LESSONS, string[], string | undefined]>([
    ['Lessons opened while loading selects the first lesson', {}, ['down', 'open'], LESSONS, ['home', 'lessons'], 'pod-basics'],
    ['Lessons opened at a lesson selects it', { initialScreen: { screen: 'lessons', id: 'probes' } }, [], LESSONS, ['home:lessons', 'lessons:probes'], 'probes'],
    ['Continue while loading opens the next lesson once they arrive', {}, ['open'], LESSONS, ['home', 'lessons:pod-phases', 'lesson:pod-phases'], undefined],
    ['Continue to the last lesson opens it once they arrive', { lastVisited: { screen: 'lesson', id: 'probes' } }, ['open'], LESSONS, ['home', 'lessons:probes', 'lesson:probes'], undefined],
    ['Continue to another screen does not wait', { lastVisited: { screen: 'settings' } }, ['open'], LESSONS, ['home', 'settings'], undefined],
    ['Continue with every lesson done stays on the list', {}, ['open'], allDone, ['home', 'lessons'], 'pod-basics'],
    ['Esc before they arrive drops the pending Continue', {}, ['open', 'back'], LESSONS, ['home'], 'continue'],
    ['help over the pending Continue keeps it', {}, ['open', 'help'], LESSONS, ['home', 'lessons:pod-phases', 'lesson:pod-phases'], undefined],
  ])('%s', (_name, overrides, intents, lessons, stack, selection) => {
    const before = run(loadingStart(overrides), intents, []);
    const state = createAppReducer(lessons)(before, { type: 'lessonsLoaded', rows: ROWS });
    expect(where(state)).toEqual(stack);
    expect(state.isLoadingLessons).toBe(false);
    if (selection !== undefined) expect(selected(state)).toBe(selection);
  });

  it('arrives once: a second lessonsLoaded keeps the selection', () => {
    const state = run(loaded(run(loadingStart(), ['down', 'open'], [])), ['down', 'down']);
    expect(selected(state)).toBe('pod-phases');
    expect(loaded(state)).toBe(state);
  });
});

describe('notices passed later', () => {
  const notices = (s: AppState, list: AppOptions['notices']) => reduce(s, { type: 'notices', notices: list });

  it.each<[string, AppOptions['notices'], AppOptions['notices'][], string, AppOptions['notices']]>([
    ['new ones are put up', [], [['problems']], 'notices', ['problems']],
    ['only the ones not shown before', ['moved'], [['moved', 'problems']], 'notices', ['moved', 'problems']],
    ['the same again changes nothing', [], [['problems'], ['problems']], 'notices', ['problems']],
    ['an equal bilingual notice is the same notice', [], [[{ en: 'a', ko: '가' }], [{ en: 'a', ko: '가' }]], 'notices', [{ en: 'a', ko: '가' }]],
  ])('%s', (_name, atStart, later, overlay, shown) => {
    const state = later.reduce(notices, start({ notices: atStart }));
    expect(state.overlay).toBe(overlay);
    expect(state.notices).toEqual(shown);
  });

  it('once dismissed, passing them again does not bring them back; a new one comes alone', () => {
    const dismissed = reduce(start({ notices: ['moved'] }), { type: 'dismissNotices' });
    expect(notices(dismissed, ['moved'])).toBe(dismissed);
    const again = notices(dismissed, ['moved', 'problems']);
    expect(again.overlay).toBe('notices');
    expect(again.notices).toEqual(['problems']);
  });

  it('they cover the help and a screen opened meanwhile', () => {
    const state = notices(run(start(), ['down', 'open', 'help']), ['problems']);
    expect(state.overlay).toBe('notices');
    expect(where(state)).toEqual(['home', 'lessons']);
  });
});
