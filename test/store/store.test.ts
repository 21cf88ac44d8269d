import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { reviveCard } from '../../src/store/card.js';
import { openStore, StoreUsageError } from '../../src/store/store.js';
import { bytes, tempHome } from './helpers.js';

const clock = new Date(2026, 10, 21, 9, 30);
const now = () => clock;
const fresh = () => {
  const home = tempHome();
  return { ...home, store: openStore({ env: home.env, now }).store };
};
const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('the store', () => {
  it('creates nothing until the first change', () => {
    const { home, store } = fresh();
    expect(store.snapshot().answers).toEqual({});
    expect(readdirSync(home)).toEqual([]);
  });

  it('lives at PODLAB_HOME/progress.json and leaves no lock behind', () => {
    const { home, file, store } = fresh();
    store.setSetting('lang', 'ko');
    expect(store.path).toBe(file);
    expect(readdirSync(home)).toEqual(['progress.json']);
  });

  it('appends answers per question id, with `at` defaulting to now', () => {
    const { file, store } = fresh();
    store.recordAnswer('q1', { correct: false, answer: 'b' });
    store.recordAnswer('q1', { correct: true, answer: 'a', at: '2026-11-21T00:00:00.000Z' });
    expect(onDisk(file).answers.q1).toEqual([
      { correct: false, answer: 'b', at: clock.toISOString() },
      { correct: true, answer: 'a', at: '2026-11-21T00:00:00.000Z' },
    ]);
    expect(onDisk(file).activeDays).toEqual(['2026-11-21']);
  });

  it('saves an FSRS card that revives with real dates', () => {
    const { store } = fresh();
    const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
    const card = f.next(createEmptyCard(clock), clock, Rating.Good).card;
    store.setCard('q1', card);
    const revived = reviveCard(store.snapshot().cards.q1);
    expect(revived.due).toBeInstanceOf(Date);
    expect(revived).toEqual(card);
    expect(f.next(revived, clock, Rating.Good).card).toEqual(f.next(card, clock, Rating.Good).card);
  });

  it('merges lesson progress and remembers the pages seen', () => {
    const { store } = fresh();
    store.setLessonProgress('pod-basics', { page: 0 });
    store.setLessonProgress('pod-basics', { page: 'probes' });
    store.setLessonProgress('pod-basics', { done: true });
    expect(store.snapshot().lessons['pod-basics']).toEqual({
      page: 'probes', pagesSeen: [0, 'probes'], done: true, updatedAt: clock.toISOString(),
    });
  });

  it('sets and removes settings', () => {
    const { store } = fresh();
    store.setSetting('lang', 'ko');
    expect(store.snapshot().settings).toEqual({ lang: 'ko' });
    store.setSetting('lang', undefined);
    expect(store.snapshot().settings).toEqual({});
  });

  it('keeps exams, lab state and where the learner left off', () => {
    const { store } = fresh();
    store.addExamResult({ at: clock.toISOString(), score: 15, total: 20, passed: true });
    store.setLabState({ pods: ['web'] });
    store.setLastVisited({ screen: 'lesson', id: 'pod-basics', page: 2 });
    const data = store.snapshot();
    expect(data.exams).toHaveLength(1);
    expect(data.lab).toEqual({ state: { pods: ['web'] }, savedAt: clock.toISOString() });
    expect(data.lastVisited).toEqual({ screen: 'lesson', id: 'pod-basics', page: 2, at: clock.toISOString() });
    store.setLabState(null);
    store.setLastVisited(null);
    expect(store.snapshot()).not.toHaveProperty('lab');
    expect(store.snapshot()).not.toHaveProperty('lastVisited');
  });

  it('stores an id like __proto__ as a plain key', () => {
    const { file, store } = fresh();
    store.recordAnswer('__proto__', { correct: true });
    expect(Object.keys(onDisk(file).answers)).toEqual(['__proto__']);
  });

  it('reads fresh from disk: a second store sees the first one\'s changes', () => {
    const { env, store } = fresh();
    const other = openStore({ env, now }).store;
    store.recordAnswer('q1', { correct: true });
    expect(other.snapshot().answers.q1).toHaveLength(1);
  });

  it.each([
    ['a bad date', () => ({ at: 'soon', correct: true })],
    ['a non-JSON answer', () => ({ correct: true, answer: new Date() })],
  ])('refuses %s with StoreUsageError and leaves the file as it was', (_name, record) => {
    const { file, store } = fresh();
    store.recordAnswer('q0', { correct: true });
    const before = bytes(file);
    expect(() => store.recordAnswer('q1', record() as never)).toThrow(StoreUsageError);
    expect(bytes(file)).toEqual(before);
    expect(store.isReadOnly).toBe(false);
  });

  it('passes errors from an update function through untouched', () => {
    const { file, store } = fresh();
    const boom = new RangeError('boom');
    expect(() => store.update(() => { throw boom; })).toThrow(boom);
    expect(existsSync(file)).toBe(false);
    expect(store.isReadOnly).toBe(false);
  });

  it('refuses a mutator called inside update()', () => {
    const { store } = fresh();
    expect(() => store.update((d) => { store.setSetting('lang', 'en'); return d; })).toThrow(StoreUsageError);
  });
});
