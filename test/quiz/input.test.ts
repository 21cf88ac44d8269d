import { describe, expect, it } from 'vitest';
import { readAnswer, readRating, type InputResult, type SessionItem } from '../../src/quiz/index.js';
import { card, command, multi, order, predictStatus, single, textQ, truefalse, yamlQ } from './fixtures.js';

// Options are shown in a shuffled order; numbers typed are positions on screen.
const shownSingle: SessionItem = { question: single, order: ['c', 'a', 'd', 'b'] };
const shownMulti: SessionItem = { question: multi, order: ['d', 'c', 'b', 'a'] };
const shownOrder: SessionItem = { question: order, order: ['s3', 's1', 's4', 's2'] };
const plain = (question: SessionItem['question']): SessionItem => ({ question, order: [] });

const answer = (a: object): InputResult => ({ kind: 'answer', answer: a } as InputResult);
const bad = (problem: object): InputResult => ({ kind: 'invalid', problem } as InputResult);

describe('readAnswer', () => {
  it.each<[string, SessionItem, string, InputResult]>([
    ['single', shownSingle, '4', answer({ type: 'single', choice: 'b' })],
    ['single', shownSingle, ' 2 ', answer({ type: 'single', choice: 'a' })],
    ['single', shownSingle, '２', answer({ type: 'single', choice: 'a' })],
    ['single', shownSingle, '5', bad({ kind: 'out-of-range', max: 4 })],
    ['single', shownSingle, '0', bad({ kind: 'out-of-range', max: 4 })],
    ['single', shownSingle, '1,3', bad({ kind: 'one-only' })],
    ['single', shownSingle, 'b', bad({ kind: 'not-a-number' })],
    ['multi', shownMulti, '1,3', answer({ type: 'multi', choices: ['d', 'b'] })],
    ['multi', shownMulti, '1 3', answer({ type: 'multi', choices: ['d', 'b'] })],
    ['multi', shownMulti, '1, 3', answer({ type: 'multi', choices: ['d', 'b'] })],
    ['multi', shownMulti, '1、3', answer({ type: 'multi', choices: ['d', 'b'] })],
    ['multi', shownMulti, '2 2 4', answer({ type: 'multi', choices: ['c', 'a'] })],
    ['multi', shownMulti, '1,9', bad({ kind: 'out-of-range', max: 4 })],
    ['multi', shownMulti, '1 and 3', bad({ kind: 'not-a-number' })],
    ['truefalse', plain(truefalse), 'true', answer({ type: 'truefalse', value: true })],
    ['truefalse', plain(truefalse), 'F', answer({ type: 'truefalse', value: false })],
    ['truefalse', plain(truefalse), 'yes', answer({ type: 'truefalse', value: true })],
    ['truefalse', plain(truefalse), 'no', answer({ type: 'truefalse', value: false })],
    ['truefalse', plain(truefalse), '1', answer({ type: 'truefalse', value: true })],
    ['truefalse', plain(truefalse), '2', answer({ type: 'truefalse', value: false })],
    ['truefalse', plain(truefalse), '예', answer({ type: 'truefalse', value: true })],
    ['truefalse', plain(truefalse), '아니오', answer({ type: 'truefalse', value: false })],
    ['truefalse', plain(truefalse), '참', answer({ type: 'truefalse', value: true })],
    ['truefalse', plain(truefalse), '거짓', answer({ type: 'truefalse', value: false })],
    ['truefalse', plain(truefalse), '거짓'.normalize('NFD'), answer({ type: 'truefalse', value: false })],
    ['truefalse', plain(truefalse), 'maybe', bad({ kind: 'not-true-false' })],
    ['order', shownOrder, '2 4 1 3', answer({ type: 'order', steps: ['s1', 's2', 's3', 's4'] })],
    ['order', shownOrder, '2,4,1,3', answer({ type: 'order', steps: ['s1', 's2', 's3', 's4'] })],
    ['order', shownOrder, '2413', answer({ type: 'order', steps: ['s1', 's2', 's3', 's4'] })],
    ['order', shownOrder, '2 4 1', bad({ kind: 'not-all-steps', count: 4 })],
    ['order', shownOrder, '2 2 1 3', bad({ kind: 'not-all-steps', count: 4 })],
    ['order', shownOrder, '2 4 1 5', bad({ kind: 'out-of-range', max: 4 })],
    ['text', plain(textQ), '  Back-off\u00a0restarting ', answer({ type: 'text', text: 'Back-off restarting' })],
    ['text', plain(textQ), '재시작 대기'.normalize('NFD'), answer({ type: 'text', text: '재시작 대기' })],
    ['command', plain(command), 'k get po', answer({ type: 'command', text: 'k get po' })],
    ['predict', plain(predictStatus), 'Running', answer({ type: 'predict', text: 'Running' })],
    ['yaml', plain(yamlQ), 'kind: Pod\nspec:\n  containers: []\n\n', answer({ type: 'yaml', text: 'kind: Pod\nspec:\n  containers: []\n' })],
    ['card', plain(card), '3', answer({ type: 'card', rating: 'good' })],
  ])('%s: %j', (_type, item, line, result) => {
    expect(readAnswer(item, line)).toEqual(result);
  });

  it.each([
    ['', 'skip'], ['   ', 'skip'], ['q', 'quit'], ['Q', 'quit'], ['quit', 'quit'], ['?', 'hint'],
  ])('%j means %s for every type', (line, kind) => {
    for (const item of [shownSingle, shownMulti, shownOrder, plain(truefalse), plain(textQ), plain(command), plain(yamlQ)]) {
      expect(readAnswer(item, line).kind).toBe(kind);
    }
  });
});

describe('readRating', () => {
  it.each([
    ['1', 'again'], ['2', 'hard'], ['3', 'good'], ['4', 'easy'], ['Good', 'good'], ['e', 'easy'], ['다시', 'again'], ['쉬움', 'easy'], ['４', 'easy'],
  ])('%j → %s', (line, rating) => {
    expect(readRating(line)).toEqual({ kind: 'answer', answer: { type: 'card', rating } });
  });

  it.each([['', 'skip'], ['q', 'quit'], ['5', 'invalid'], ['great', 'invalid']])('%j → %s', (line, kind) => {
    expect(readRating(line).kind).toBe(kind);
  });
});
