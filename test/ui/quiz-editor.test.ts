import { describe, expect, it } from 'vitest';
import { createEditor, editorText, isBlank, reduceEditor, type Editor, type EditorAction } from '../../src/ui/state/quiz-editor.js';

const run = (editor: Editor, actions: readonly EditorAction[]) => actions.reduce(reduceEditor, editor);
const insert = (text: string): EditorAction => ({ type: 'insert', text });
const erase: EditorAction = { type: 'erase' };
const move = (to: 'left' | 'right' | 'up' | 'down' | 'home' | 'end'): EditorAction => ({ type: 'move', to });
/** The text with `|` where the caret is. */
const shown = (e: Editor) => e.lines.map((l, r) => {
  if (r !== e.row) return l;
  const chars = [...new Intl.Segmenter().segment(l)].map((s) => s.segment);
  return [...chars.slice(0, e.col), '|', ...chars.slice(e.col)].join('');
}).join('\n');

describe('one-line field', () => {
  const line = createEditor('', false);
  it.each<[string, EditorAction[], string]>([
    ['typed keys', [insert('k'), insert('u'), insert('b')], 'kub|'],
    ['pasted text arrives whole', [insert('kubectl get pods')], 'kubectl get pods|'],
    ['a pasted line break becomes a space', [insert('get\r\npods')], 'get pods|'],
    ['composed Hangul, one input per syllable', [insert('재'), insert('시작')], '재시작|'],
    ['Backspace erases one syllable', [insert('재시작'), erase], '재시|'],
    ['Backspace erases one emoji, not half of it', [insert('ok👍🏽'), erase], 'ok|'],
    ['decomposed jamo are composed (NFC)', [insert('\u1100\u1161')], '가|'],
    ['control characters are dropped', [insert('a\u0007b')], 'ab|'],
    ['typing in the middle', [insert('kubectl pods'), move('left'), move('left'), move('left'), move('left'), insert('get ')], 'kubectl get |pods'],
    ['Home and End', [insert('abc'), move('home'), insert('>'), move('end'), insert('<')], '>abc<|'],
    ['Backspace at the start does nothing', [erase], '|'],
    ['Enter does nothing in one line', [insert('a'), { type: 'newline' }], 'a|'],
    ['clear', [insert('abc'), { type: 'clear' }], '|'],
  ])('%s', (_name, actions, expected) => {
    expect(shown(run(line, actions))).toBe(expected);
  });
});

describe('manifest field', () => {
  const starter = createEditor('kind: Pod\nspec:\n  containers: []\n', true);
  it.each<[string, EditorAction[], string]>([
    ['starts at the top of the starter', [], '|kind: Pod\nspec:\n  containers: []\n'],
    ['Enter keeps the indent of the line above', [move('down'), move('down'), move('end'), { type: 'newline' }, insert('- x')], 'kind: Pod\nspec:\n  containers: []\n  - x|\n'],
    ['a pasted manifest keeps its own indentation', [{ type: 'clear' }, insert('a:\r  b: 1\r  c: 2')], 'a:\n  b: 1\n  c: 2|'],
    ['Backspace at a line start joins it to the line above', [move('down'), erase], 'kind: Pod|spec:\n  containers: []\n'],
    ['down onto a shorter line stops at its end', [move('end'), move('down')], 'kind: Pod\nspec:|\n  containers: []\n'],
    ['up keeps the column on a long enough line', [move('down'), move('down'), move('right'), move('right'), move('right'), move('up'), move('up')], 'kin|d: Pod\nspec:\n  containers: []\n'],
    ['right at a line end goes to the next line', [move('end'), move('right')], 'kind: Pod\n|spec:\n  containers: []\n'],
  ])('%s', (_name, actions, expected) => {
    expect(shown(run(starter, actions))).toBe(expected);
  });

  it('gives back the text as typed', () => {
    expect(editorText(run(createEditor('', true), [insert('a:\n  b: 1')]))).toBe('a:\n  b: 1');
  });

  it.each([['', true], ['  \n\t', true], ['x', false]])('isBlank(%j) is %s', (text, blank) => {
    expect(isBlank(createEditor(text, true))).toBe(blank);
  });
});
