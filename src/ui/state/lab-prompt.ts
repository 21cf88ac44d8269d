/**
 * The lab's prompt: one line of text with a cursor (the quiz's editor, single-line), the
 * commands entered before, recalled with Up and Down as a shell does, and the keys that act on
 * it. Pure: the screen runs what Enter submits and asks for completions.
 */
import type { Key } from 'ink';
import { createEditor, editorText, graphemes, reduceEditor, type Editor } from './quiz-editor.js';

/** The most commands kept for Up/Down. */
export const MAX_HISTORY = 500;

export interface LabPrompt {
  readonly editor: Editor;
  /** Oldest first. */
  readonly history: readonly string[];
  /** The history entry on the line while browsing (an index into `history`), else undefined. */
  readonly recall?: number;
  /** What was typed before browsing started, put back after the newest entry. */
  readonly draft: string;
}

export const emptyPrompt = (history: readonly string[] = []): LabPrompt => ({ editor: createEditor('', false), history, draft: '' });

/** The line as typed. */
export const promptText = (p: LabPrompt): string => editorText(p.editor);

/** The cursor as a string index (the editor counts graphemes). */
export const promptCursor = (p: LabPrompt): number => graphemes(promptText(p)).slice(0, p.editor.col).join('').length;

function withText(p: LabPrompt, text: string, cursor = text.length): LabPrompt {
  const editor = createEditor(text, false);
  return { ...p, editor: { ...editor, col: graphemes(text.slice(0, cursor)).length } };
}

/** The line replaced by a completion. */
export const completed = (p: LabPrompt, line: string, cursor: number): LabPrompt => ({ ...withText(p, line, cursor), recall: undefined });

/** Enter: the line goes into the history (not twice in a row, not when blank) and the prompt empties. */
export function submit(p: LabPrompt): { readonly prompt: LabPrompt; readonly line: string } {
  const line = promptText(p).trim();
  const last = p.history[p.history.length - 1];
  const history = line === '' || line === last ? p.history : [...p.history, line].slice(-MAX_HISTORY);
  return { prompt: emptyPrompt(history), line };
}

function recall(p: LabPrompt, by: -1 | 1): LabPrompt {
  const from = p.recall ?? p.history.length;
  const to = from + by;
  if (to < 0 || to > p.history.length) return p;
  const draft = p.recall === undefined ? promptText(p) : p.draft;
  if (to === p.history.length) return { ...withText(p, draft), recall: undefined, draft: '' };
  return { ...withText(p, p.history[to] ?? ''), recall: to, draft };
}

/** What a key does at the prompt; keys the prompt does not use come back as `other`. */
export type PromptKey =
  | { readonly kind: 'edited'; readonly prompt: LabPrompt }
  | { readonly kind: 'submit' }
  | { readonly kind: 'complete' }
  | { readonly kind: 'other' };

/** A piece of a chunk: text to type, or Tab or Enter. */
export type ChunkPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'tab' } | { readonly kind: 'enter' };

/**
 * A chunk read from the terminal, split at its Tabs and line breaks: keys typed faster than they
 * are read, or pasted lines, arrive as one string (`k get po\t`, `k get pods\r`). The caller
 * types, completes and submits the pieces in order. Undefined when the chunk has none of them.
 */
export function splitChunk(input: string): readonly ChunkPart[] | undefined {
  if (input.length < 2 || !/[\t\r\n]/.test(input)) return undefined;
  return input.split(/(\t|\r\n?|\n)/).filter((piece) => piece !== '').map((piece): ChunkPart =>
    piece === '\t' ? { kind: 'tab' } : /^[\r\n]/.test(piece) ? { kind: 'enter' } : { kind: 'text', text: piece });
}

/** Keys that edit the line: typing, Backspace, arrows, Home/End, Ctrl+A/E/U/W, Up/Down for history. */
export function promptKey(p: LabPrompt, input: string, key: Partial<Key>): PromptKey {
  const edit = (editor: Editor): PromptKey => ({ kind: 'edited', prompt: { ...p, editor } });
  if (key.return) return { kind: 'submit' };
  if (key.tab) return { kind: 'complete' };
  if (key.upArrow) return { kind: 'edited', prompt: recall(p, -1) };
  if (key.downArrow) return { kind: 'edited', prompt: recall(p, 1) };
  if (key.leftArrow) return edit(reduceEditor(p.editor, { type: 'move', to: 'left' }));
  if (key.rightArrow) return edit(reduceEditor(p.editor, { type: 'move', to: 'right' }));
  if (key.home || (key.ctrl && input === 'a')) return edit(reduceEditor(p.editor, { type: 'move', to: 'home' }));
  if (key.end || (key.ctrl && input === 'e')) return edit(reduceEditor(p.editor, { type: 'move', to: 'end' }));
  // Note: most terminals send Backspace as DEL, which Ink reports as `delete` (ink#634).
  if (key.backspace || key.delete) return edit(reduceEditor(p.editor, { type: 'erase' }));
  if (key.ctrl && input === 'u') return { kind: 'edited', prompt: withText(p, promptText(p).slice(promptCursor(p)), 0) };
  if (key.ctrl && input === 'w') {
    const text = promptText(p);
    const cursor = promptCursor(p);
    const start = text.slice(0, cursor).replace(/\S+\s*$/, '').length;
    return { kind: 'edited', prompt: withText(p, text.slice(0, start) + text.slice(cursor), start) };
  }
  if (key.ctrl || key.meta || key.escape || key.pageUp || key.pageDown || input === '') return { kind: 'other' };
  return edit(reduceEditor(p.editor, { type: 'insert', text: input }));
}
