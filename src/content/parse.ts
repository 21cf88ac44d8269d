/**
 * YAML text → one parsed document, or errors with positions. Syntax errors, duplicate keys,
 * warnings (unknown tags are only warnings to the yaml package) and alias bombs all become
 * content errors here, so decoding only ever sees a clean document.
 */
import { isAlias, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { contentError, type ErrorCode, type Said } from './errors.js';
import type { ContentTranslate } from './messages.js';
import type { ContentError } from './types.js';

/** A clean document and the line table its positions resolve through. */
export interface ParsedText {
  readonly doc: Document.Parsed;
  readonly lc: LineCounter;
}

/** Note: yaml's own default is 100; content never needs more, and a bomb needs far more. */
const MAX_ALIAS_COUNT = 100;

export function parseText(file: string, text: string, t: ContentTranslate): { parsed?: ParsedText; errors: ContentError[] } {
  const lc = new LineCounter();
  const at = (offset: number) => ({ file, ...lc.linePos(offset) });
  const fail = (offset: number, code: ErrorCode, message: Said, hint?: Said) =>
    ({ errors: [contentError(t, offset < 0 ? { file, line: 1, col: 1 } : at(offset), code, message, hint)] });
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  } catch (e) {
    return fail(-1, 'parse-failed', { key: 'parseFailed', vars: { detail: errorText(e) } }, { key: 'parseFailedHint' });
  }
  if (docs.length === 0 || (docs.length === 1 && docs[0].contents === null && docs[0].errors.length === 0)) {
    return fail(-1, 'empty-file', { key: 'emptyFile' }, { key: 'emptyFileHint' });
  }
  const errors: ContentError[] = [];
  for (const doc of docs) {
    for (const problem of [...doc.errors, ...doc.warnings]) {
      const offset = problem.pos[0];
      errors.push(contentError(t, at(offset), ...describeProblem(problem.code, problem.message, text, offset)));
    }
  }
  if (errors.length > 0) return { errors };
  if (docs.length > 1) {
    return fail(docs[1].range[0], 'extra-document', { key: 'extraDocument' }, { key: 'extraDocumentHint' });
  }
  const [doc] = docs;
  const aliasProblem = checkAliases(doc);
  if (aliasProblem) return fail(aliasProblem.offset, aliasProblem.code, aliasProblem.message, aliasProblem.hint);
  return { parsed: { doc, lc }, errors: [] };
}

function describeProblem(code: string, message: string, text: string, offset: number): [ErrorCode, Said, Said] {
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(text.slice(offset));
    const name = key ? (key[1] ?? key[2] ?? key[3]) : '?';
    return ['duplicate-key', { key: 'duplicateKey', vars: { key: name } }, { key: 'duplicateKeyHint' }];
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /tag:\s*(\S+)/.exec(message)?.[1] ?? text.slice(offset).split(/\s/)[0];
    return ['unknown-tag', { key: 'unknownTag', vars: { tag } }, { key: 'unknownTagHint' }];
  }
  return ['syntax', { key: 'syntax', vars: { detail: message.split('\n')[0] } }, { key: 'syntaxHint' }];
}

interface AliasProblem {
  readonly offset: number;
  readonly code: ErrorCode;
  readonly message: Said;
  readonly hint: Said;
}

/**
 * Resolves every alias once through toJS with a hard limit. A billion-laughs document makes
 * yaml throw a plain ReferenceError; any other throw is caught too, so nothing escapes as a crash.
 */
function checkAliases(doc: Document.Parsed): AliasProblem | undefined {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return undefined;
  } catch (e) {
    const detail = errorText(e);
    const unresolved = /Unresolved alias[^:]*:\s*(\S+)/.exec(detail);
    if (unresolved) {
      const name = unresolved[1];
      const offset = firstAlias(doc, (source) => source === name);
      return { offset, code: 'bad-alias', message: { key: 'badAlias', vars: { name } }, hint: { key: 'badAliasHint', vars: { name } } };
    }
    if (/alias/i.test(detail)) {
      return { offset: firstAlias(doc, () => true), code: 'alias-bomb', message: { key: 'aliasBomb' }, hint: { key: 'aliasBombHint' } };
    }
    return { offset: -1, code: 'parse-failed', message: { key: 'parseFailed', vars: { detail } }, hint: { key: 'parseFailedHint' } };
  }
}

/** Offset of the first alias node that matches, or -1. */
function firstAlias(doc: Document.Parsed, isMatch: (source: string) => boolean): number {
  let offset = -1;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && isMatch(node.source) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
