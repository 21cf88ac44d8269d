// The lab's prompt line: editing keys, history as a shell keeps it, and chunks of typed or pasted
// input split at their Tabs and line breaks.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import {
  completed, emptyPrompt, MAX_HISTORY, promptCursor, promptKey, promptText, splitChunk, submit, type LabPrompt, type PromptKey,
} from '../../src/ui/state/lab-prompt.js';

/** The prompt after a key; fails when the key did not edit it. */
function press(p: LabPrompt, input: string, key: Partial<Key> = {}): LabPrompt {
  const k = promptKey(p, input, key);
  if (k.kind !== 'edited') throw new Error(`the key did not edit the line: ${k.kind}`);
  return k.prompt;
}

/** Types `text` one character (code point) at a time, as keys arrive. */
const type = (p: LabPrompt, text: string): LabPrompt => [...text].reduce((q, ch) => press(q, ch), p);

const KEYS: Readonly<Record<string, [string, Partial<Key>]>> = {
  left: ['', { leftArrow: true }],
  right: ['', { rightArrow: true }],
  home: ['', { home: true }],
  end: ['', { end: true }],
  ctrlA: ['a', { ctrl: true }],
  ctrlE: ['e', { ctrl: true }],
  ctrlU: ['u', { ctrl: true }],
  ctrlW: ['w', { ctrl: true }],
  backspace: ['', { backspace: true }],
  // Most terminals send Backspace as DEL, which Ink reports as `delete`.
  del: ['', { delete: true }],
  up: ['', { upArrow: true }],
  down: ['', { downArrow: true }],
};

const keys = (p: LabPrompt, ...names: string[]): LabPrompt => names.reduce((q, n) => press(q, ...KEYS[n]), p);

/** The line with `|` at the cursor. */
const shown = (p: LabPrompt): string => `${promptText(p).slice(0, promptCursor(p))}|${promptText(p).slice(promptCursor(p))}`;

const typed = (text: string) => type(emptyPrompt(), text);

/** A prompt after submitting each line in turn. */
const after = (...lines: string[]): LabPrompt => lines.reduce((p, l) => submit(type(p, l)).prompt, emptyPrompt());

describe('editing the line', () => {
  it.each<[string, string, string[], string]>([
    ['typing puts the cursor after the text', 'k get po', [], 'k get po|'],
    ['Backspace erases before the cursor', 'k get pox', ['backspace'], 'k get po|'],
    ['DEL (Backspace on most terminals) does too', 'k get pox', ['del'], 'k get po|'],
    ['Backspace at the start does nothing', 'ab', ['home', 'backspace'], '|ab'],
    ['Left and Right move', 'abc', ['left', 'left', 'right'], 'ab|c'],
    ['Left stops at the start', 'ab', ['left', 'left', 'left'], '|ab'],
    ['Right stops at the end', 'ab', ['right'], 'ab|'],
    ['Home and End', 'k get', ['home'], '|k get'],
    ['End', 'k get', ['home', 'end'], 'k get|'],
    ['Ctrl+A is Home', 'k get', ['ctrlA'], '|k get'],
    ['Ctrl+E is End', 'k get', ['ctrlA', 'ctrlE'], 'k get|'],
    ['Ctrl+U erases everything before the cursor', 'k get pods', ['left', 'left', 'left', 'left', 'ctrlU'], '|pods'],
    ['Ctrl+U at the end empties the line', 'k get pods', ['ctrlU'], '|'],
    ['Ctrl+W erases the word before the cursor and the blanks after it', 'k get pods  ', ['ctrlW'], 'k get |'],
    ['Ctrl+W in the middle keeps what follows', 'k get pods', ['left', 'left', 'left', 'left', 'left', 'ctrlW'], 'k | pods'],
    ['Ctrl+W twice erases two words', 'kubectl get pods', ['ctrlW', 'ctrlW'], 'kubectl |'],
    ['Ctrl+W at the start does nothing', 'k get', ['home', 'ctrlW'], '|k get'],
  ])('%s', (_, text, names, expected) => {
    expect(shown(keys(typed(text), ...names))).toBe(expected);
  });

  it('inserts at the cursor', () => {
    expect(shown(type(keys(typed('k get pods'), 'left', 'left', 'left', 'left', 'left'), ' -A'))).toBe('k get -A| pods');
  });

  it('takes pasted text as one piece', () => {
    expect(shown(press(typed('k '), 'get pods -o wide'))).toBe('k get pods -o wide|');
  });

  it('counts a Hangul syllable as one step and one Backspace', () => {
    const p = typed('k describe pod 웹서버');
    expect(shown(keys(p, 'left'))).toBe('k describe pod 웹서|버');
    expect(shown(keys(p, 'left', 'backspace'))).toBe('k describe pod 웹|버');
  });

  it('joins decomposed Hangul jamo into syllables, as the terminal composes them', () => {
    const p = type(emptyPrompt(), '한'.normalize('NFD'));
    expect(promptText(p)).toBe('한');
    expect(shown(keys(p, 'left'))).toBe('|한');
  });

  it('counts an emoji as one step, and the cursor as a string index', () => {
    const p = keys(typed('a👍b'), 'left');
    expect(promptCursor(p)).toBe(3);
    expect(shown(keys(p, 'backspace'))).toBe('a|b');
  });
});

describe('keys the prompt does not edit with', () => {
  it.each<[string, string, Partial<Key>, PromptKey['kind']]>([
    ['Enter', '\r', { return: true }, 'submit'],
    ['Tab', '\t', { tab: true }, 'complete'],
    ['Esc', '', { escape: true }, 'other'],
    ['PgUp', '', { pageUp: true }, 'other'],
    ['PgDn', '', { pageDown: true }, 'other'],
    ['Ctrl+T', 't', { ctrl: true }, 'other'],
    ['Ctrl+C', 'c', { ctrl: true }, 'other'],
    ['Alt+B', 'b', { meta: true }, 'other'],
    ['nothing', '', {}, 'other'],
  ])('%s', (_, input, key, kind) => {
    expect(promptKey(typed('k get'), input, key).kind).toBe(kind);
  });
});

describe('submit', () => {
  it('hands over the line trimmed, keeps it in the history and empties the prompt', () => {
    const { prompt, line } = submit(typed('  k get pods  '));
    expect(line).toBe('k get pods');
    expect(prompt.history).toEqual(['k get pods']);
    expect(shown(prompt)).toBe('|');
  });

  it('does not keep a blank line', () => {
    const { prompt, line } = submit(type(after('k get pods'), '   '));
    expect(line).toBe('');
    expect(prompt.history).toEqual(['k get pods']);
  });

  it('does not keep a line twice in a row, but does keep it again later', () => {
    expect(after('k get pods', 'k get pods', 'clock', 'k get pods').history).toEqual(['k get pods', 'clock', 'k get pods']);
  });

  it(`keeps the newest ${MAX_HISTORY} lines`, () => {
    let p = emptyPrompt();
    for (let i = 0; i < MAX_HISTORY + 20; i++) p = submit(type(p, `k get pod p${i}`)).prompt;
    expect(p.history.length).toBe(MAX_HISTORY);
    expect(p.history[0]).toBe('k get pod p20');
    expect(p.history.at(-1)).toBe(`k get pod p${MAX_HISTORY + 19}`);
  });

  it('starts from a history it is given', () => {
    expect(shown(keys(emptyPrompt(['clock', 'help']), 'up'))).toBe('help|');
  });
});

describe('history with Up and Down', () => {
  const p = after('k get pods', 'k describe pod web', 'k logs web');

  it.each<[string, string[], string]>([
    ['Up recalls the newest line', ['up'], 'k logs web|'],
    ['Up again goes further back', ['up', 'up'], 'k describe pod web|'],
    ['Up stops at the oldest', ['up', 'up', 'up', 'up', 'up'], 'k get pods|'],
    ['Down comes forward again', ['up', 'up', 'down'], 'k logs web|'],
    ['Down past the newest gives back the empty line', ['up', 'down'], '|'],
    ['Down without browsing does nothing', ['down'], '|'],
  ])('%s', (_, names, expected) => {
    expect(shown(keys(p, ...names))).toBe(expected);
  });

  it('puts back what was being typed after the newest line', () => {
    const draft = type(p, 'k get no');
    expect(shown(keys(draft, 'up', 'up', 'up', 'down', 'down', 'down'))).toBe('k get no|');
    expect(shown(keys(draft, 'up', 'down', 'down'))).toBe('k get no|');
  });

  it('does nothing with no history', () => {
    expect(shown(keys(typed('k get'), 'up'))).toBe('k get|');
  });

  it('submits a recalled line as edited, and the history grows by it', () => {
    const edited = type(keys(p, 'up', 'up', 'ctrlW'), 'svc');
    const { line, prompt } = submit(edited);
    expect(line).toBe('k describe pod svc');
    expect(prompt.history.at(-1)).toBe('k describe pod svc');
    expect(prompt.recall).toBeUndefined();
  });
});

describe('completed', () => {
  it('puts the completed line and cursor on the prompt and stops browsing', () => {
    const c = completed(keys(after('k get pods'), 'up'), 'k get pods web -o wide', 'k get pods web'.length);
    expect(shown(c)).toBe('k get pods web| -o wide');
    expect(c.recall).toBeUndefined();
    expect(c.history).toEqual(['k get pods']);
  });

  it('counts the cursor in graphemes of Hangul text', () => {
    expect(shown(completed(emptyPrompt(), 'k logs 웹 -c 앱', 'k logs 웹'.length))).toBe('k logs 웹| -c 앱');
  });
});

describe('splitChunk', () => {
  it.each<[string, string, ReturnType<typeof splitChunk>]>([
    ['one key', 'k', undefined],
    ['plain typed or pasted text', 'k get pods', undefined],
    ['a lone Tab (Ink reports it as the Tab key)', '\t', undefined],
    ['a lone Enter', '\r', undefined],
    ['Hangul text', '웹서버', undefined],
    ['text then Tab', 'k get po\t', [{ kind: 'text', text: 'k get po' }, { kind: 'tab' }]],
    ['text then Enter', 'k get pods\r', [{ kind: 'text', text: 'k get pods' }, { kind: 'enter' }]],
    ['CRLF is one Enter', 'clock\r\n', [{ kind: 'text', text: 'clock' }, { kind: 'enter' }]],
    ['LF is an Enter', 'clock\n', [{ kind: 'text', text: 'clock' }, { kind: 'enter' }]],
    ['pasted lines', 'k get pods\nk get nodes\n', [
      { kind: 'text', text: 'k get pods' }, { kind: 'enter' }, { kind: 'text', text: 'k get nodes' }, { kind: 'enter' },
    ]],
    ['Tab in the middle', 'k g\tpo\t', [{ kind: 'text', text: 'k g' }, { kind: 'tab' }, { kind: 'text', text: 'po' }, { kind: 'tab' }]],
    ['two Enters', '\r\r', [{ kind: 'enter' }, { kind: 'enter' }]],
    ['Hangul then Enter', 'k logs 웹\r', [{ kind: 'text', text: 'k logs 웹' }, { kind: 'enter' }]],
  ])('%s', (_, input, expected) => {
    expect(splitChunk(input)).toEqual(expected);
  });

  it('types, completes and submits the pieces in order as the screen does', () => {
    let p = after('k get nodes');
    let submitted: string | undefined;
    // Tab here completes `po` to `pods ` (the screen asks completeLine).
    for (const part of splitChunk('k get po\tweb\r') ?? []) {
      if (part.kind === 'text') p = press(p, part.text);
      else if (part.kind === 'tab') p = completed(p, 'k get pods ', 'k get pods '.length);
      else ({ prompt: p, line: submitted } = submit(p));
    }
    expect(submitted).toBe('k get pods web');
    expect(p.history).toEqual(['k get nodes', 'k get pods web']);
  });
});
