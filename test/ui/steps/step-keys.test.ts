import { describe, expect, it } from 'vitest';
import type { StepMode } from '../../../src/ui/state/step-state.js';
import { stepKeys } from '../../../src/ui/step-keys.js';
import { choiceOfKey, predictionProblem } from '../../../src/ui/steps/prediction.js';

describe('stepKeys', () => {
  it.each<[StepMode, string, object, unknown[]]>([
    ['choose', 'R', { shift: true }, [{ text: 'R' }]],
    ['choose', 'Init:0/1', {}, [{ text: 'Init:0/1' }]],
    ['choose', '3\r', {}, [{ text: '3' }, 'submit']],
    ['choose', '', { return: true }, ['submit']],
    ['choose', '', { escape: true, meta: true }, ['close']],
    ['choose', '', { delete: true }, ['erase']],
    ['choose', 'ab\x7fc', {}, [{ text: 'ab' }, 'erase', { text: 'c' }]],
    ['choose', '', { downArrow: true }, ['nextChoice']],
    ['choose', '', { upArrow: true }, ['prevChoice']],
    ['choose', '', { pageDown: true }, ['pageDown']],
    ['choose', '', { leftArrow: true }, []],
    ['choose', 'q', {}, [{ text: 'q' }]],
    ['type', '한글', {}, [{ text: '한글' }]],
    ['type', 'c', { ctrl: true }, ['quit']],
    ['type', 'u', { ctrl: true }, []],
    ['observe', 'l', {}, ['nextChange']],
    ['observe', 'h', {}, ['prevChange']],
    ['observe', '', { rightArrow: true }, ['nextChange']],
    ['observe', '', { leftArrow: true, shift: true }, ['back10']],
    ['observe', 'L', { shift: true }, ['forward10']],
    ['observe', ',.', {}, ['back1', 'forward1']],
    ['observe', 'a', {}, ['toAt']],
    ['observe', 'g', {}, ['first']],
    ['observe', '', { end: true }, ['last']],
    ['observe', 'q', {}, ['close']],
    ['observe', '', { return: true }, ['close']],
    ['observe', 't', {}, ['lang']],
    ['observe', '?', {}, ['help']],
    ['observe', 'lx', {}, []],
    ['fix', '', { return: true }, ['edit']],
    ['fix', 'e', {}, ['edit']],
    ['fix', 'r', {}, ['reset']],
    ['fix', 'jk', {}, ['down', 'up']],
    ['fix', 'j\r', {}, ['down', 'edit']],
    ['fix', '', { escape: true }, ['close']],
    ['busy', 'l', {}, []],
    ['busy', '', { escape: true }, ['close']],
    ['busy', 'c', { ctrl: true }, ['quit']],
  ])('%s: %j with %j', (mode, input, key, keys) => {
    expect(stepKeys(mode, input, key)).toEqual(keys);
  });
});

describe('predictions', () => {
  it.each([
    ['status', '', 'empty'],
    ['status', '   ', 'empty'],
    ['status', 'Init:0/2', undefined],
    ['restarts', '3', undefined],
    ['restarts', '３', undefined],
    ['restarts', 'three', 'number'],
    ['restarts', '-1', 'number'],
    ['ready', '1/2', undefined],
    ['ready', '1 / 2', undefined],
    ['ready', '1', 'ready'],
  ] as const)('%s %j: %s', (ask, text, problem) => {
    expect(predictionProblem(ask, text)).toBe(problem);
  });

  it.each([['1', 0], ['9', 8], ['0', 9], ['a', undefined], ['12', undefined]] as const)('key %s picks choice %s', (key, index) => {
    expect(choiceOfKey(key)).toBe(index);
  });
});
