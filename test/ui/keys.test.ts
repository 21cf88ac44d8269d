import { describe, expect, it } from 'vitest';
import { toIntent, toIntents } from '../../src/ui/keys.js';

describe('toIntent', () => {
  it.each([
    ['', { upArrow: true }, 'up'],
    ['k', {}, 'up'],
    ['', { downArrow: true }, 'down'],
    ['j', {}, 'down'],
    ['', { leftArrow: true }, 'left'],
    ['h', {}, 'left'],
    ['', { rightArrow: true }, 'right'],
    ['l', {}, 'right'],
    ['', { pageUp: true }, 'pageUp'],
    ['', { pageDown: true }, 'pageDown'],
    ['', { home: true }, 'first'],
    ['g', {}, 'first'],
    ['', { end: true }, 'last'],
    ['G', { shift: true }, 'last'],
    ['', { return: true }, 'enter'],
    [' ', {}, 'open'],
    // Ink reports Escape with meta set as well
    ['', { escape: true, meta: true }, 'back'],
    ['', { delete: true }, 'back'],
    ['', { backspace: true }, 'back'],
    ['q', {}, 'leave'],
    ['?', {}, 'help'],
    ['c', { ctrl: true }, 'quit'],
  ] as const)('%j with %j is %s', (input, key, intent) => {
    expect(toIntent(input, key)).toBe(intent);
  });

  it.each([
    ['x', {}],
    ['Q', { shift: true }],
    ['j', { ctrl: true }],
    ['k', { meta: true }],
    ['ㅓ', {}],
    ['jj', {}],
    ['', { tab: true }],
  ] as const)('%j with %j means nothing', (input, key) => {
    expect(toIntent(input, key)).toBeUndefined();
  });
});

describe('toIntents', () => {
  it.each([
    ['one key', 'j', {}, ['down']],
    ['a held key read as one chunk', 'jjj', {}, ['down', 'down', 'down']],
    ['command keys typed fast', 'jk\r', {}, ['down', 'up', 'enter']],
    ['pasted text, even with command keys in it', 'quick', {}, []],
    ['composed Hangul', '한글', {}, []],
    ['an arrow', '', { downArrow: true }, ['down']],
    ['a key that means nothing', 'x', {}, []],
  ] as const)('%s', (_name, input, key, intents) => {
    expect(toIntents(input, key)).toEqual(intents);
  });
});
