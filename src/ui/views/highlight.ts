/**
 * Syntax colours for code blocks, one line at a time: YAML keys, values, comments and list
 * dashes each get their own tone; shell gets its comments dimmed. Lines are split into spans and
 * never changed, so the text on screen is exactly the source.
 */
import type { CodeLang } from '../../content/types.js';
import { assertNever } from '../../util/assert-never.js';
import type { Span } from './line.js';

/** Where a `#` comment starts: at the line start or after a blank, outside quotes; or -1. */
function commentStart(text: string): number {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      // Note: a quote only opens a string where a YAML scalar can start, not inside `it's`.
      if (i === 0 || /[\s:[{,-]/.test(text[i - 1] ?? '')) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      return i;
    }
  }
  return -1;
}

/** `key:` at the start of `text` (plain or quoted), followed by a blank or the line's end. */
const KEY = /^((?:"[^"]*"|'[^']*'|[^\s"'#{[][^:#]*?)):(?=\s|$)/;

/** The spans of what follows the indent and dashes: key, value, comment. */
function yamlRest(rest: string): Span[] {
  const spans: Span[] = [];
  const hash = commentStart(rest);
  const body = hash < 0 ? rest : rest.slice(0, hash);
  const comment = hash < 0 ? '' : rest.slice(hash);
  const key = KEY.exec(body);
  if (key?.[1] !== undefined) {
    spans.push({ text: key[1], tone: 'codeKey' }, { text: ':' });
    const value = body.slice(key[0].length);
    if (value) spans.push({ text: value, tone: 'codeValue' });
  } else if (body) {
    // A list item's scalar, a block scalar's line or a document marker: a value all the same.
    spans.push({ text: body, tone: /^---\s*$|^\.\.\.\s*$/.test(body) ? 'codeDash' : 'codeValue' });
  }
  if (comment) spans.push({ text: comment, tone: 'codeComment' });
  return spans;
}

/** One YAML line as spans. */
export function highlightYaml(line: string): Span[] {
  const m = /^(\s*)((?:-(?:\s+|$))*)(.*)$/.exec(line);
  const [, indent = '', dashes = '', rest = ''] = m ?? [];
  const spans: Span[] = [];
  if (indent) spans.push({ text: indent });
  if (dashes) spans.push({ text: dashes, tone: 'codeDash' });
  return [...spans, ...yamlRest(rest)];
}

/** One shell line as spans: comments dimmed, the rest as typed. */
export function highlightShell(line: string): Span[] {
  const hash = commentStart(line);
  if (hash < 0) return line ? [{ text: line }] : [];
  const spans: Span[] = [];
  if (hash > 0) spans.push({ text: line.slice(0, hash) });
  return [...spans, { text: line.slice(hash), tone: 'codeComment' }];
}

/** A line of code in a language as spans. */
export function highlight(lang: CodeLang, line: string): Span[] {
  switch (lang) {
    case 'yaml':
      return highlightYaml(line);
    case 'shell':
      return highlightShell(line);
    case 'text':
      return line ? [{ text: line }] : [];
    default:
      return assertNever(lang);
  }
}
