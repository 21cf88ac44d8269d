/** The kinds of content problem, and how one is built. */
import type { ContentMessageKey, ContentTranslate } from './messages.js';
import type { ContentError } from './types.js';

export const ERROR_CODES = [
  'unreadable', 'folder-missing', 'too-large', 'not-utf8', 'empty-file',
  'syntax', 'duplicate-key', 'unknown-tag', 'alias-bomb', 'bad-alias', 'parse-failed', 'extra-document',
  'unsupported-format', 'unknown-key', 'missing-field', 'wrong-type', 'bad-enum', 'bad-value', 'bad-count',
  'missing-translation', 'empty-text', 'duplicate-id', 'duplicate-value', 'dangling-ref',
  'file-name', 'module-mismatch', 'bad-block',
] as const;
/** Stable identifier of a kind of content problem; tests and tools match on it. */
export type ErrorCode = (typeof ERROR_CODES)[number];

type Vars = Readonly<Record<string, string | number>>;

/** A message key with its placeholders filled. */
export interface Said {
  readonly key: ContentMessageKey;
  readonly vars?: Vars;
}

/** Builds one error in the translator's language. */
export function contentError(
  t: ContentTranslate,
  at: { readonly file: string; readonly line: number; readonly col: number },
  code: ErrorCode,
  message: Said,
  hint?: Said,
): ContentError {
  const base = { file: at.file, line: at.line, col: at.col, code, message: t(message.key, message.vars) };
  return hint ? { ...base, hint: t(hint.key, hint.vars) } : base;
}

/** Quotes a list for a message: `a`, `b`, `c` (the first few, then an ellipsis). */
export function listOf(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).map((v) => '`' + v + '`');
  return shown.join(', ') + (values.length > max ? ', ...' : '');
}
