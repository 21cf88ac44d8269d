import { describe, expect, it } from 'vitest';
import { fitHints, hintsOf, keysOf } from '../../src/ui/screen-keys.js';
import { uiText } from '../../src/ui/messages.js';
import { spread, truncate, widthOf, wrap } from '../../src/ui/text.js';
import { SCREEN_IDS } from '../../src/ui/types.js';

describe('widthOf', () => {
  it.each([
    ['abc', 3],
    ['레슨', 4],
    ['Pod 기초', 8],
    ['✓', 1],
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(widthOf(text)).toBe(width);
  });
});

describe('truncate', () => {
  it.each([
    ['fits as it is', 'hello', 5, 'hello'],
    ['cuts with an ellipsis', 'hello world', 8, 'hello w…'],
    ['cuts Hangul on a whole syllable', '재시작 정책과 백오프', 9, '재시작 …'],
    ['never splits a wide character', '한국어', 4, '한…'],
    ['nothing for no room', 'abc', 0, ''],
  ])('%s', (_name, text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
    expect(widthOf(truncate(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('wrap', () => {
  it.each([
    ['breaks at spaces', 'one two three four', 9, ['one two', 'three', 'four']],
    ['measures Hangul as two columns', '레슨 본문 보기는 아직 준비 중', 10, ['레슨 본문', '보기는', '아직 준비', '중']],
    ['breaks a word longer than the line', '/home/사용자/progress.json', 12, ['/home/사용자', '/progress.js', 'on']],
    ['keeps explicit newlines', 'a\nb', 10, ['a', 'b']],
    ['never starts a line with a space', 'aaaa   bbbb', 4, ['aaaa', 'bbbb']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});

describe('spread', () => {
  it.each([
    ['puts the right part flush right', 'Lessons', '3/18', 20, 'Lessons         3/18'],
    ['cuts the left part first', 'A very long lesson title', '10 min', 20, 'A very long … 10 min'],
    ['fills Hangul to the exact width', '레슨', '10분', 12, '레슨    10분'],
  ])('%s', (_name, left, right, width, expected) => {
    expect(spread(left, right, width)).toBe(expected);
    expect(widthOf(spread(left, right, width))).toBe(width);
  });
});

describe('footer hints', () => {
  const hints = [
    { keys: 'j/k', hint: 'move', rank: 3 },
    { keys: 'Enter', hint: 'open', rank: 2 },
    { keys: 'q', hint: 'quit', rank: 1 },
    { keys: '?', hint: 'help', rank: 0 },
  ];

  it.each([
    [80, 'j/k move   Enter open   q quit   ? help'],
    [30, 'Enter open   q quit   ? help'],
    [20, 'q quit   ? help'],
    [5, '? help'],
  ])('at %i columns: %j', (width, text) => {
    expect(fitHints(hints, width)).toBe(text);
  });

  it.each(SCREEN_IDS)('every screen of %s offers ? in the footer and in the help', (screen) => {
    expect(hintsOf(screen, uiText('en')).some((h) => h.keys === '?')).toBe(true);
    expect(keysOf(screen).some((k) => k.keys === '?')).toBe(true);
  });
});
