/**
 * Where a mapping key sits in a manifest. The manifest reader points at a field's value; an
 * unknown field is better shown at its key (as the content loader does for its own fields).
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { PathStep } from '../../sim/api/index.js';

/** 1-based line and column of the key at the end of `path` in document `index`, if it is there. */
export function keyPlace(text: string, index: number, path: readonly PathStep[]): { line: number; col: number } | undefined {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, version: '1.1' });
  if (!Array.isArray(docs)) return undefined;
  let node: unknown = docs[index]?.contents;
  for (const [i, step] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step));
      if (!pair) return undefined;
      if (i === path.length - 1) return isNode(pair.key) && pair.key.range ? lc.linePos(pair.key.range[0]) : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else return undefined;
  }
  return undefined;
}
