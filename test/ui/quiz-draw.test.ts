import { describe, expect, it } from 'vitest';
import { predictChoices, PREDICT_OPTIONS } from '../../src/ui/state/quiz-choices.js';
import { interviewSession, reviewPool, topicRows, topicsPool } from '../../src/ui/state/quiz-draw.js';
import { CARD, itemOf, MULTI, NOW, PREDICT, QUESTIONS, SINGLE, TEXT, TRUEFALSE } from './quiz-fixtures.js';
import type { Question } from '../../src/content/types.js';

const due = (minutes: number) => ({ due: new Date(NOW.getTime() + minutes * 60_000).toISOString() });

describe('the topic picker', () => {
  it('lists review, all, then topics in syllabus order with counts and due counts', () => {
    const cards = { 'q-single': due(-5), 'q-tf': due(60), 'q-multi': due(-1) };
    const answers = { 'q-tf': [{ at: NOW.toISOString(), correct: false }] };
    expect(topicRows(QUESTIONS, cards, answers, NOW)).toEqual([
      { kind: 'review', count: 3 },
      { kind: 'all', questions: 9, due: 2 },
      { kind: 'topic', topic: 'pod-basics', questions: 3, due: 1 },
      { kind: 'topic', topic: 'pod-phases', questions: 1, due: 0 },
      { kind: 'topic', topic: 'container-states', questions: 1, due: 0 },
      { kind: 'topic', topic: 'restart-policy-and-backoff', questions: 1, due: 0 },
      { kind: 'topic', topic: 'probes', questions: 2, due: 1 },
      { kind: 'topic', topic: 'kubectl-for-the-exam', questions: 1, due: 0 },
    ]);
  });

  it('has no review row when nothing is due or missed', () => {
    expect(topicRows(QUESTIONS, {}, {}, NOW)[0]).toEqual({ kind: 'all', questions: 9, due: 0 });
  });

  it('review: due cards, most overdue first, then questions last answered wrong', () => {
    const cards = { 'q-single': due(-5), 'q-multi': due(-60), 'q-text': due(30) };
    const answers = { 'q-text': [{ at: NOW.toISOString(), correct: false }], 'q-tf': [{ at: NOW.toISOString(), correct: true }] };
    expect(reviewPool(QUESTIONS, cards, answers, NOW).map((q) => q.id)).toEqual(['q-multi', 'q-single', 'q-text']);
  });

  it('practice pools several topics', () => {
    expect(topicsPool(QUESTIONS, ['probes', 'B4']).map((q) => q.id)).toEqual(['q-multi', 'q-text', 'q-yaml']);
  });
});

describe('interview sessions', () => {
  const cards: Question[] = [CARD, { ...CARD, id: 'c2' } as Question, { ...CARD, id: 'c3' } as Question, SINGLE];
  it.each<[string, Record<string, { due: string }>, number, string[], number]>([
    ['new cards when nothing was seen', {}, 10, ['c2', 'c3', 'q-card'], 0],
    ['due cards first, then new ones', { c3: due(-1) }, 10, ['c3', 'c2', 'q-card'], 1],
    ['cards scheduled for later are left out', { c3: due(60), c2: due(-1) }, 10, ['c2', 'q-card'], 1],
    ['the count holds, due cards first', { c3: due(-1), c2: due(-2) }, 2, ['c2', 'c3'], 2],
  ])('%s', (_name, saved, count, ids, dueCount) => {
    const { items, due: n } = interviewSession(cards, saved, NOW, 1, count);
    // New cards come in seeded order: only which ones is fixed; due ones lead in due order.
    expect(items.map((i) => i.question.id).sort()).toEqual([...ids].sort());
    expect(items.slice(0, n).map((i) => i.question.id)).toEqual(ids.slice(0, dueCount));
    expect(n).toBe(dueCount);
  });
});

describe('predict options', () => {
  const ask = (a: string, answer: string, id = `p-${a}-${answer}`) => ({ ...PREDICT, id, ask: a, answer }) as Question;
  it.each([
    ['status', 'CrashLoopBackOff'],
    ['status', 'Init:0/2'],
    ['ready', '1/2'],
    ['ready', '1/1'],
    ['restarts', '0'],
    ['restarts', '5'],
  ])('%s %s: the answer among four distinct options', (column, answer) => {
    const options = predictChoices([itemOf(ask(column, answer))], 3)[`p-${column}-${answer}`] ?? [];
    expect(options).toHaveLength(PREDICT_OPTIONS);
    expect(options).toContain(answer);
    expect(new Set(options).size).toBe(PREDICT_OPTIONS);
  });

  it('restart counts are in order', () => {
    const options = predictChoices([itemOf(ask('restarts', '3'))], 5)['p-restarts-3'] ?? [];
    expect(options.map(Number)).toEqual([...options.map(Number)].sort((a, b) => a - b));
  });

  it('the same seed gives the same options; only predict items get any', () => {
    const items = [SINGLE, PREDICT, MULTI, TRUEFALSE, TEXT].map(itemOf);
    expect(predictChoices(items, 11)).toEqual(predictChoices(items, 11));
    expect(Object.keys(predictChoices(items, 11))).toEqual(['q-predict']);
  });

  it('the answer does not always come first', () => {
    const places = new Set(Array.from({ length: 20 }, (_, seed) => (predictChoices([itemOf(PREDICT)], seed)['q-predict'] ?? []).indexOf('CrashLoopBackOff')));
    expect(places.size).toBeGreaterThan(1);
  });
});
