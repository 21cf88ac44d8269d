/**
 * The text field of text, command and yaml questions: one line, or many for a manifest. The
 * cursor counts graphemes, so a Hangul syllable or an emoji is one step and one Backspace.
 * Input arrives as the terminal sends it: composed Hangul and pasted text as one string.
 */
import { assertNever } from '../../util/assert-never.js';

export interface Editor {
  /** Never empty. */
  readonly lines: readonly string[];
  readonly row: number;
  /** Graphemes before the cursor on its line. */
  readonly col: number;
  readonly isMultiline: boolean;
}

export type EditorAction =
  /** Typed or pasted text; in a multi-line field a line break in it starts a new line as is. */
  | { readonly type: 'insert'; readonly text: string }
  /** Enter in a multi-line field: a new line indented like the one the cursor is on. */
  | { readonly type: 'newline' }
  | { readonly type: 'erase' }
  | { readonly type: 'move'; readonly to: 'left' | 'right' | 'up' | 'down' | 'home' | 'end' }
  | { readonly type: 'clear' };

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A line's graphemes. */
export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** A field holding `text`, the cursor at its start. */
export function createEditor(text: string, isMultiline: boolean): Editor {
  const clean = text.normalize('NFC').replace(/\r\n?/g, '\n');
  const lines = isMultiline ? clean.split('\n') : [clean.replace(/\n/g, ' ')];
  return { lines, row: 0, col: 0, isMultiline };
}

/** The whole text, lines joined by `\n`. */
export function editorText(editor: Editor): string {
  return editor.lines.join('\n');
}

/** Whether nothing but blanks has been typed. */
export function isBlank(editor: Editor): boolean {
  return editor.lines.every((l) => l.trim() === '');
}

function replaceLines(editor: Editor, from: number, to: number, lines: readonly string[]): readonly string[] {
  return [...editor.lines.slice(0, from), ...lines, ...editor.lines.slice(to)];
}

function insert(editor: Editor, text: string): Editor {
  // Control characters other than line breaks mean nothing in an answer.
  const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  const pieces = editor.isMultiline ? clean.split('\n') : [clean.replace(/\n/g, ' ')];
  const current = graphemes(editor.lines[editor.row] ?? '');
  const before = current.slice(0, editor.col).join('');
  const after = current.slice(editor.col).join('');
  const first = (before + pieces[0]).normalize('NFC');
  if (pieces.length === 1) {
    // Note: NFC may join the cursor's left neighbour with the new text (decomposed Hangul jamo),
    // so the cursor is counted again rather than moved by the pieces' length.
    const lines = replaceLines(editor, editor.row, editor.row + 1, [(first + after).normalize('NFC')]);
    return { ...editor, lines, col: graphemes(first).length };
  }
  const last = pieces[pieces.length - 1].normalize('NFC');
  const middle = pieces.slice(1, -1).map((p) => p.normalize('NFC'));
  const lines = replaceLines(editor, editor.row, editor.row + 1, [first, ...middle, last + after]);
  return { ...editor, lines, row: editor.row + pieces.length - 1, col: graphemes(last).length };
}

function erase(editor: Editor): Editor {
  const { row, col } = editor;
  if (col > 0) {
    const current = graphemes(editor.lines[row] ?? '');
    const lines = replaceLines(editor, row, row + 1, [[...current.slice(0, col - 1), ...current.slice(col)].join('')]);
    return { ...editor, lines, col: col - 1 };
  }
  if (row === 0) return editor;
  const above = editor.lines[row - 1] ?? '';
  const lines = replaceLines(editor, row - 1, row + 1, [above + (editor.lines[row] ?? '')]);
  return { ...editor, lines, row: row - 1, col: graphemes(above).length };
}

function move(editor: Editor, to: Extract<EditorAction, { type: 'move' }>['to']): Editor {
  const length = (r: number) => graphemes(editor.lines[r] ?? '').length;
  const { row, col } = editor;
  switch (to) {
    case 'left':
      if (col > 0) return { ...editor, col: col - 1 };
      return row > 0 ? { ...editor, row: row - 1, col: length(row - 1) } : editor;
    case 'right':
      if (col < length(row)) return { ...editor, col: col + 1 };
      return row < editor.lines.length - 1 ? { ...editor, row: row + 1, col: 0 } : editor;
    case 'up':
      return row > 0 ? { ...editor, row: row - 1, col: Math.min(col, length(row - 1)) } : editor;
    case 'down':
      return row < editor.lines.length - 1 ? { ...editor, row: row + 1, col: Math.min(col, length(row + 1)) } : editor;
    case 'home':
      return { ...editor, col: 0 };
    case 'end':
      return { ...editor, col: length(row) };
    default:
      return assertNever(to);
  }
}

export function reduceEditor(editor: Editor, action: EditorAction): Editor {
  switch (action.type) {
    case 'insert':
      return action.text === '' ? editor : insert(editor, action.text);
    case 'newline': {
      if (!editor.isMultiline) return editor;
      const indent = /^\s*/.exec(editor.lines[editor.row] ?? '')?.[0] ?? '';
      return insert(editor, '\n' + indent);
    }
    case 'erase':
      return erase(editor);
    case 'move':
      return move(editor, action.to);
    case 'clear':
      return { ...editor, lines: [''], row: 0, col: 0 };
    default:
      return assertNever(action);
  }
}
