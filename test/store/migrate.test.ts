import { describe, expect, it } from 'vitest';
import { emptyData, migrate, parseStoreText } from '../../src/store/migrate.js';

const day = '2026-11-21T06:01:02.000Z';
const card = { due: day, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 1 };
const v1 = (extra: Record<string, unknown>) => ({ schemaVersion: 1, ...extra });

describe('migrate: accepted shapes', () => {
  it.each([
    ['the empty store', emptyData()],
    ['only a version: every section defaults to empty', v1({})],
    ['settings with lang', v1({ settings: { lang: 'ko' } })],
    ['settings a newer build added', v1({ settings: { theme: 'dark' } })],
    ['a lesson at a numbered page', v1({ lessons: { 'pod-basics': { page: 3, done: false, updatedAt: day } } })],
    ['a lesson at a page id with pages seen', v1({ lessons: { a: { page: 'probes', pagesSeen: [0, 'probes'], done: true, updatedAt: day } } })],
    ['answers with any JSON answer', v1({ answers: { q1: [{ at: day, correct: true, answer: { picked: [1, 2] } }] } })],
    ['an FSRS card with last_review', v1({ cards: { q1: { ...card, last_review: day } } })],
    ['an exam result with extra keys', v1({ exams: [{ at: day, score: 17, total: 20, passed: true, perTopic: { probes: 3 } }] })],
    ['lab state of any JSON value', v1({ lab: { state: { pods: [] }, savedAt: day } })],
    ['last visited', v1({ lastVisited: { screen: 'lesson', id: 'pod-basics', page: 2, at: day } })],
    ['active days', v1({ activeDays: ['2026-11-20', '2026-11-21'] })],
    ['unknown top-level keys (kept)', v1({ futureThing: 1 })],
  ])('%s', (_name, raw) => {
    const result = migrate(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.schemaVersion).toBe(1);
      expect(result.data).toMatchObject(raw as object);
      expect(Object.keys(result.data)).toEqual(expect.arrayContaining(Object.keys(emptyData())));
    }
  });
});

describe('migrate: rejected shapes name the field', () => {
  it.each([
    ['not an object', [], '(root)', 'object'],
    ['null', null, '(root)', 'object'],
    ['no schemaVersion', { settings: {} }, 'schemaVersion', 'schema-version'],
    ['schemaVersion 0', { schemaVersion: 0 }, 'schemaVersion', 'schema-version'],
    ['schemaVersion as text', { schemaVersion: '1' }, 'schemaVersion', 'schema-version'],
    ['schemaVersion 1.5', { schemaVersion: 1.5 }, 'schemaVersion', 'schema-version'],
    ['settings not an object', v1({ settings: 'ko' }), 'settings', 'object'],
    ['an unknown language', v1({ settings: { lang: 'fr' } }), 'settings.lang', 'lang'],
    ['lessons as a list', v1({ lessons: [] }), 'lessons', 'object'],
    ['a lesson without done', v1({ lessons: { a: { page: 1, updatedAt: day } } }), 'lessons.a.done', 'boolean'],
    ['a negative page', v1({ lessons: { a: { page: -1, done: false, updatedAt: day } } }), 'lessons.a.page', 'page'],
    ['a bad updatedAt', v1({ lessons: { a: { page: 1, done: false, updatedAt: 'yesterday' } } }), 'lessons.a.updatedAt', 'date'],
    ['answers not a list', v1({ answers: { q1: { at: day, correct: true } } }), 'answers.q1', 'array'],
    ['an answer without correct', v1({ answers: { q1: [{ at: day }] } }), 'answers.q1[0].correct', 'boolean'],
    ['an id that needs quoting', v1({ answers: { 'a.b': [{ at: 5, correct: true }] } }), 'answers["a.b"][0].at', 'date'],
    ['a card with a bad state', v1({ cards: { q1: { ...card, state: 7 } } }), 'cards.q1.state', 'card-state'],
    ['a card with a text stability', v1({ cards: { q1: { ...card, stability: '1' } } }), 'cards.q1.stability', 'number'],
    ['exams as an object', v1({ exams: {} }), 'exams', 'array'],
    ['an exam without a score', v1({ exams: [{ at: day, total: 20, passed: true }] }), 'exams[0].score', 'number'],
    ['lab without savedAt', v1({ lab: { state: {} } }), 'lab.savedAt', 'date'],
    ['last visited without a screen', v1({ lastVisited: { at: day } }), 'lastVisited.screen', 'string'],
    ['an active day with a time', v1({ activeDays: [day] }), 'activeDays[0]', 'day'],
  ])('%s', (_name, raw, field, expected) => {
    expect(migrate(raw)).toMatchObject({ ok: false, problem: 'invalid', field, expected });
  });

  it('says a newer schema is newer, not invalid', () => {
    expect(migrate({ schemaVersion: 2, whatever: [] })).toEqual({ ok: false, problem: 'newer', version: 2 });
  });

  it('does not modify its input', () => {
    const raw = { schemaVersion: 1 };
    migrate(raw);
    expect(raw).toEqual({ schemaVersion: 1 });
  });
});

describe('parseStoreText', () => {
  it.each([
    ['', 'empty'],
    ['  \n', 'empty'],
    ['{"schemaVersion": 1', 'bad-json'],
    ['[]', 'invalid'],
    ['{"schemaVersion": 3}', 'newer'],
  ])('%j → %s', (text, problem) => {
    expect(parseStoreText(text)).toMatchObject({ ok: false, problem });
  });

  it('accepts a byte order mark', () => {
    expect(parseStoreText('\uFEFF{"schemaVersion": 1}').ok).toBe(true);
  });
});
