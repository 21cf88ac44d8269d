import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/types.js';
import { currentItem } from '../../src/quiz/index.js';
import { initQuizArea, type QuizArea } from '../../src/ui/state/quiz-area.js';
import { quizAreaInput } from '../../src/ui/state/quiz-input.js';
import { CARD, CONTENT, itemOf, NOW, quizProps, SINGLE, TEXT, TRUEFALSE, YAML } from './quiz-fixtures.js';

// Reads from the terminal on the quiz screen, straight through the reducer: keys typed faster
// than they are read arrive as one string and must act as if typed one by one.
const ENV = { lang: 'en' as const, columns: 60, rows: 20, lessons: [] };
const start = (questions: readonly Question[]) =>
  initQuizArea(quizProps({ content: CONTENT, start: { mode: 'quiz', items: questions.map(itemOf) } }));
const read = (area: QuizArea, ...reads: (string | [string, Partial<Key>])[]) =>
  reads.reduce((a, r) => {
    const [input, key] = typeof r === 'string' ? [r, {}] : r;
    return quizAreaInput(a, input, key, ENV).area;
  }, area);
const session = (area: QuizArea) => {
  if (area.run?.kind !== 'session') throw new Error('no session');
  return area.run.session;
};

describe('keys read together', () => {
  it.each<[string, readonly Question[], (string | [string, Partial<Key>])[], { index: number; phase: string; given: [string, boolean][] }]>([
    ['a move and Enter answer the choice moved to', [SINGLE, TEXT], ['j\r'], { index: 0, phase: 'feedback', given: [['q-single', true]] }],
    ['Enter twice answers and moves on', [SINGLE, TEXT], ['j\r\r'], { index: 1, phase: 'asking', given: [['q-single', true]] }],
    ['an answer typed with its Enter, then Enter', [TEXT, SINGLE], ['CrashLoopBackOff\r\r'], { index: 1, phase: 'asking', given: [['q-text', true]] }],
    ['two answers in one read', [TEXT, TRUEFALSE], ['Running\r\rj\r'], { index: 1, phase: 'feedback', given: [['q-text', false], ['q-tf', true]] }],
    ['a manifest pasted whole, then checked', [YAML], [['\u0015', {}], 'kind: Pod\rspec:\r  containers:\r    - image: nginx', ['s', { ctrl: true }]], { index: 0, phase: 'feedback', given: [['q-yaml', true]] }],
    ['keys typed before the app took the terminal (Enter as a line feed)', [CARD, SINGLE], ['\n1'], { index: 1, phase: 'asking', given: [['q-card', false]] }],
    ['a chunk with a key that means nothing where it lands counts for nothing', [SINGLE, TRUEFALSE], ['j\r\rx'], { index: 0, phase: 'asking', given: [] }],
    ['a chunk may end in a text field, which takes any letter', [SINGLE, TEXT], ['j\r\rx'], { index: 1, phase: 'asking', given: [['q-single', true]] }],
    ['a pasted manifest’s line breaks never check it', [YAML], [['u', { ctrl: true }], 'kind: Pod\r\r'], { index: 0, phase: 'asking', given: [] }],
  ])('%s', (_name, questions, reads, expected) => {
    const area = read(start(questions), ...reads);
    const s = session(area);
    expect({ index: s.index, phase: s.phase, given: area.given.map((g) => [g.question.id, g.grade.correct]) }).toEqual(expected);
  });
});

describe('answers given', () => {
  it('are counted in the history at the clock’s time, with the card moved on', () => {
    const area = read(start([SINGLE]), '\r');
    expect(area.given[0]?.at).toEqual(NOW);
    expect(area.history.answers['q-single']).toEqual([{ at: NOW.toISOString(), correct: false }]);
    // Again: back in a minute.
    expect(new Date(area.history.cards['q-single']?.due ?? 0).getTime() - NOW.getTime()).toBe(60_000);
    expect(area.history.activeDays.length).toBe(1);
  });

  it('a refused answer leaves the question as it is and says why', () => {
    const area = read(start([TEXT]), ['\r', { return: true }]);
    expect(area.run?.kind === 'session' && area.run.note).toEqual({ kind: 'problem', problem: 'empty' });
    expect(currentItem(session(area))?.question.id).toBe('q-text');
    expect(area.given).toEqual([]);
  });
});
