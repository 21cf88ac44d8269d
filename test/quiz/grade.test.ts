import { describe, expect, it } from 'vitest';
import { AnswerTypeError, canGrade, grade, type QuizAnswer } from '../../src/quiz/index.js';
import { card, command, multi, order, predictReady, predictRestarts, predictStatus, single, textQ, truefalse, yamlQ } from './fixtures.js';

describe('single', () => {
  it.each([
    ['b', true, []],
    ['a', false, ['a']],
    ['zz', false, ['zz']],
  ])('choice %s → correct %s, wrong picks %j', (choice, correct, wrongPicks) => {
    expect(grade(single, { type: 'single', choice })).toMatchObject({ correct, wrongPicks, rating: correct ? 'good' : 'again' });
  });
});

describe('multi: the exact set', () => {
  it.each([
    [['a', 'c'], true, [], []],
    [['c', 'a'], true, [], []],
    [['a', 'c', 'a'], true, [], []],
    [['a'], false, [], ['c']],
    [['a', 'b', 'c'], false, ['b'], []],
    [['b', 'd'], false, ['b', 'd'], ['a', 'c']],
    [[], false, [], ['a', 'c']],
  ])('%j → correct %s, wrong picks %j, missed %j', (choices, correct, wrongPicks, missed) => {
    expect(grade(multi, { type: 'multi', choices })).toMatchObject({ correct, wrongPicks, missed });
  });
});

describe('truefalse', () => {
  it.each([[false, true], [true, false]])('%s → correct %s', (value, correct) => {
    expect(grade(truefalse, { type: 'truefalse', value }).correct).toBe(correct);
  });
});

describe('order: the exact sequence, with how many steps are in place', () => {
  it.each([
    [['s1', 's2', 's3', 's4'], true, 4],
    [['s2', 's1', 's3', 's4'], false, 2],
    [['s4', 's3', 's2', 's1'], false, 0],
    [['s1', 's2', 's3'], false, 3],
    [['s1', 's2', 's3', 's4', 's4'], false, 4],
  ])('%j → correct %s, %i in place', (steps, correct, inPlace) => {
    expect(grade(order, { type: 'order', steps })).toMatchObject({ correct, inPlace, total: 4 });
  });
});

describe('text: any accepted answer after NFC, case folding, spaces and quotes', () => {
  const nfd = '재시작 대기'.normalize('NFD');
  it.each([
    ['CrashLoopBackOff', true],
    ['crashloopbackoff', true],
    ['  CRASHLOOPBACKOFF  ', true],
    ['"CrashLoopBackOff"', true],
    ['`CrashLoopBackOff`', true],
    ['```CrashLoopBackOff```', true],
    ["'CrashLoopBackOff'", true],
    ['\u201cCrashLoopBackOff\u201d', true],
    ['back-off\nrestarting', true],
    ['back-off \t  restarting', true],
    ['back-off\u00a0restarting', true],
    ['Crash\u200bLoopBackOff', true],
    ['재시작 대기', true],
    [nfd, true],
    ['재시작\u3000대기', true],
    ['「재시작 대기」', true],
    ['300', true],
    ['CrashLoop', false],
    ['CrashLoopBackOff.', false],
    ['', false],
    ['   ', false],
    ['""', false],
  ])('%j → %s', (given, correct) => {
    expect(grade(textQ, { type: 'text', text: given }).correct).toBe(correct);
  });
});

describe('command', () => {
  it.each([
    ['kubectl run web --image=nginx:1.25 --labels=tier=front', true],
    ['k run web --labels tier=front --image nginx:1.25', true],
    ['kubectl run web --image=nginx:1.25', false],
    ['', false],
  ])('without a judge, the spelling fallback: %j → %s', (text, correct) => {
    expect(grade(command, { type: 'command', text }).correct).toBe(correct);
  });

  it('with a judge, the judge decides and its reason is kept', () => {
    const seen: string[] = [];
    const judges = { command: (answer: string, q: typeof command) => (seen.push(`${answer}|${q.id}`), { correct: true, why: 'it ran' }) };
    expect(grade(command, { type: 'command', text: 'anything' }, judges)).toMatchObject({ correct: true, why: 'it ran', rating: 'good' });
    expect(seen).toEqual(['anything|q-command']);
  });
});

describe('yaml', () => {
  it('is judged by the injected judge only', () => {
    const judges = { yaml: () => ({ correct: false, why: 'CrashLoopBackOff after 2m' }) };
    expect(grade(yamlQ, { type: 'yaml', text: 'kind: Pod' }, judges)).toMatchObject({ correct: false, why: 'CrashLoopBackOff after 2m', rating: 'again' });
  });

  it('cannot be graded without its judge, and sessions can tell beforehand', () => {
    expect(canGrade(yamlQ, {})).toBe(false);
    expect(canGrade(yamlQ, { yaml: () => ({ correct: true }) })).toBe(true);
    expect(canGrade(single, {})).toBe(true);
    expect(() => grade(yamlQ, { type: 'yaml', text: 'kind: Pod' })).toThrow(AnswerTypeError);
  });
});

describe('predict: the column value, spelled as the learner likes', () => {
  it.each([
    [predictStatus, 'CrashLoopBackOff', true],
    [predictStatus, 'crashloopbackoff', true],
    [predictStatus, 'Crash Loop Back Off', true],
    [predictStatus, '"CrashLoopBackOff"', true],
    [predictStatus, 'Error', false],
    [predictStatus, '', false],
    [predictRestarts, '3', true],
    [predictRestarts, ' 3 ', true],
    [predictRestarts, '３', true],
    [predictRestarts, '3 (2m ago)', true],
    [predictRestarts, '03', true],
    [predictRestarts, 'three', false],
    [predictRestarts, '4', false],
    [predictReady, '1/2', true],
    [predictReady, '1 / 2', true],
    [predictReady, '2/2', false],
  ])('%# %j → %s', (question, text, correct) => {
    expect(grade(question, { type: 'predict', text }).correct).toBe(correct);
  });

  it('an injected judge replaces the column comparison', () => {
    expect(grade(predictStatus, { type: 'predict', text: 'x' }, { predict: () => ({ correct: true }) }).correct).toBe(true);
  });
});

describe('card: self-graded', () => {
  it.each([['again', false], ['hard', true], ['good', true], ['easy', true]] as const)('%s → correct %s, rating kept', (rating, correct) => {
    expect(grade(card, { type: 'card', rating })).toMatchObject({ correct, rating });
  });
});

describe('misuse', () => {
  it.each<[string, QuizAnswer]>([
    ['single', { type: 'multi', choices: ['b'] }],
    ['card', { type: 'text', text: 'x' }],
  ])('an answer of another type for a %s question throws', (type, answer) => {
    const question = type === 'single' ? single : card;
    expect(() => grade(question, answer)).toThrow(/is \w+, the answer is/);
  });
});
