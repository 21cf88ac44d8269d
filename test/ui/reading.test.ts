import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/ui/keys.js';
import { createAppReducer, initAppState, type AppState } from '../../src/ui/state/app-state.js';
import { topOf } from '../../src/ui/state/nav-state.js';
import type { AppOptions } from '../../src/ui/types.js';
import { appOptions, fakeLesson, LESSONS } from './fixtures.js';

const reduce = createAppReducer(LESSONS);
const start = (overrides: Partial<AppOptions> = {}) =>
  initAppState(appOptions({ initialScreen: { screen: 'lesson', id: 'pod-phases' }, ...overrides }), 20);
const run = (state: AppState, intents: readonly Intent[]) =>
  intents.reduce((s, intent) => reduce(s, { type: 'intent', intent, columns: 60, rows: 20 }), state);
const arrive = (state: AppState, id = 'pod-phases') =>
  reduce(state, { type: 'lessonFile', id, load: { kind: 'ok', lesson: fakeLesson(LESSONS.find((l) => l.id === id)!) } });
const where = (s: AppState) => s.stack.map((e) => (e.target.id ? `${e.target.screen}:${e.target.id}` : e.target.screen));

describe('reading in the app state', () => {
  it('the first page is seen once the file arrives: progress and last visit', () => {
    const waiting = start();
    expect(waiting.progress).toEqual({});
    const state = arrive(waiting);
    expect(state.progress['pod-phases']).toEqual({ page: 'p1', pagesSeen: ['p1'] });
    expect(state.lastVisited).toEqual({ screen: 'lesson', id: 'pod-phases', page: 'p1' });
  });

  it('each page reached is added to the pages seen, and keeps what was saved', () => {
    const state = run(arrive(start({ lessonProgress: { 'pod-phases': { page: 'p2', pagesSeen: ['p1', 'p2'], done: false } } })), ['right', 'left', 'left']);
    expect(state.progress['pod-phases']).toEqual({ page: 'p1', pagesSeen: ['p1', 'p2', 'p3'], done: false });
  });

  it('next past the last page marks the lesson done, and next again opens the next lesson above the list', () => {
    const finished = run(arrive(start()), ['right', 'right', 'right', 'right']);
    expect(finished.progress['pod-phases']?.done).toBe(true);
    expect(finished.reader?.isFinished).toBe(true);
    const next = run(finished, ['open']);
    expect(where(next)).toEqual(['home:lessons', 'lessons:container-states', 'lesson:container-states']);
    expect(next.reader).toMatchObject({ id: 'container-states', load: undefined });
  });

  it('a file that arrives after the learner left is kept, and used when the lesson opens again', () => {
    const left = run(start(), ['back']);
    const kept = arrive(left);
    expect(kept.reader?.load).toBeDefined();
    const again = run(kept, ['open']);
    expect(topOf(again).target).toEqual({ screen: 'lesson', id: 'pod-phases' });
    expect(again.reader?.load?.kind).toBe('ok');
  });

  it('t switches the language while reading, and only there', () => {
    expect(run(arrive(start()), ['lang']).lang).toBe('ko');
    expect(run(start({ initialScreen: { screen: 'lessons' } }), ['lang']).lang).toBe('en');
  });
});
