import { describe, expect, it } from 'vitest';
import {
  answerWith, currentItem, sessionReducer, startSession, summarizeSession, type Grade, type SessionItem, type SessionState,
} from '../../src/quiz/index.js';
import { card, multi, order, single, textQ, truefalse } from './fixtures.js';

const items: SessionItem[] = [
  { question: single, order: ['a', 'b', 'c', 'd'] },
  { question: truefalse, order: [] },
  { question: textQ, order: [] },
];
const right: Grade = { correct: true, rating: 'good', wrongPicks: [], missed: [] };

describe('sessionReducer', () => {
  it('asks, shows feedback, moves on, and ends after the last item', () => {
    let s = startSession(items);
    expect([s.phase, s.index, currentItem(s)?.question.id]).toEqual(['asking', 0, 'q-single']);
    s = sessionReducer(s, { type: 'answer', answer: { type: 'single', choice: 'b' }, grade: right });
    expect([s.phase, s.index, s.outcomes.length]).toEqual(['feedback', 0, 1]);
    s = sessionReducer(s, { type: 'next' });
    expect([s.phase, s.index]).toEqual(['asking', 1]);
    s = sessionReducer(s, { type: 'skip' });
    expect([s.phase, s.index, s.outcomes[1]]).toEqual(['asking', 2, { kind: 'skipped', questionId: 'q-tf' }]);
    s = answerWith(s, { type: 'text', text: 'nope' });
    s = sessionReducer(s, { type: 'next' });
    expect([s.phase, s.index, s.hasQuit, currentItem(s)]).toEqual(['done', 3, false, undefined]);
  });

  it.each<[string, SessionState, Parameters<typeof sessionReducer>[1]]>([
    ['next while asking', startSession(items), { type: 'next' }],
    ['an answer of the wrong type', startSession(items), { type: 'answer', answer: { type: 'text', text: 'b' }, grade: right }],
    ['a second answer during feedback', sessionReducer(startSession(items), { type: 'answer', answer: { type: 'single', choice: 'a' }, grade: right }),
      { type: 'answer', answer: { type: 'single', choice: 'b' }, grade: right }],
    ['skip during feedback', sessionReducer(startSession(items), { type: 'answer', answer: { type: 'single', choice: 'a' }, grade: right }), { type: 'skip' }],
    ['anything once done', sessionReducer(startSession(items), { type: 'quit' }), { type: 'skip' }],
    ['quit once done', sessionReducer(startSession(items), { type: 'quit' }), { type: 'quit' }],
  ])('ignores %s', (_what, state, action) => {
    expect(sessionReducer(state, action)).toBe(state);
  });

  it('quits early and keeps what was answered', () => {
    let s = answerWith(startSession(items), { type: 'single', choice: 'b' });
    s = sessionReducer(s, { type: 'quit' });
    expect([s.phase, s.hasQuit, s.outcomes.length]).toEqual(['done', true, 1]);
  });

  it('an empty session is done at once', () => {
    expect(startSession([]).phase).toBe('done');
  });

  it('answerWith grades with the core and the given judges', () => {
    const s = answerWith(startSession(items), { type: 'single', choice: 'c' });
    expect(s.outcomes[0]).toMatchObject({ kind: 'answered', questionId: 'q-single', grade: { correct: false, wrongPicks: ['c'] } });
  });
});

describe('summarizeSession', () => {
  it('scores by topic and lists what to review with lesson links, once each', () => {
    const all: SessionItem[] = [
      { question: single, order: ['a', 'b', 'c', 'd'] },
      { question: { ...single, id: 'q-single-2' }, order: ['a', 'b', 'c', 'd'] },
      { question: multi, order: ['a', 'b', 'c', 'd'] },
      { question: order, order: ['s2', 's1', 's3', 's4'] },
      { question: card, order: [] },
      { question: textQ, order: [] },
    ];
    let s = startSession(all);
    const answers = [
      { type: 'single', choice: 'a' },
      { type: 'single', choice: 'c' },
      { type: 'multi', choices: ['a', 'c'] },
      { type: 'order', steps: ['s2', 's1', 's3', 's4'] },
      { type: 'card', rating: 'again' },
    ] as const;
    for (const answer of answers) s = sessionReducer(answerWith(s, answer), { type: 'next' });
    s = sessionReducer(s, { type: 'skip' });
    expect(summarizeSession(s)).toEqual({
      total: 6, answered: 5, correct: 1, skipped: 1,
      byTopic: [
        { topic: 'pod-basics', answered: 3, correct: 0 },
        { topic: 'probes', answered: 1, correct: 1 },
        { topic: 'restart-policy-and-backoff', answered: 1, correct: 0 },
      ],
      review: [
        { topic: 'pod-basics', questionIds: ['q-single', 'q-single-2', 'q-card'], lessons: [{ id: 'pod-basics', page: 'shared' }, { id: 'pod-basics' }] },
        { topic: 'restart-policy-and-backoff', questionIds: ['q-order'], lessons: [{ id: 'restart-policy-and-backoff' }] },
      ],
    });
  });
});
