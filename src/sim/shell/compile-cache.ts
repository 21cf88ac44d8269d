// Scripts are parsed and compiled once per process: a loop that runs `$(date)` or a trap that
// fires again reuses the chunk compiled the first time.

import type { SyntaxError } from './ast.js';
import { compile } from './compile.js';
import type { Machine } from './machine-types.js';
import { parseScript } from './parse.js';

/** The entry chunk of `src` in the machine's chunks, or its syntax error. */
export function compileText(m: Machine, src: string, script: boolean): number | SyntaxError {
  const key = (script ? 'S:' : 'N:') + src;
  const hit = m.compiled[key];
  if (hit !== undefined) return hit;
  const parsed = parseScript(src);
  if (!parsed.ok) return parsed.error;
  // New lists rather than appending: compiled code is shared, by reference, with the copies of
  // the process a step started from (proc/clone.ts), which must not change.
  const chunks = [...m.chunks];
  const chunk = compile(parsed.node, chunks, script);
  m.chunks = chunks;
  m.compiled = { ...m.compiled, [key]: chunk };
  return chunk;
}
