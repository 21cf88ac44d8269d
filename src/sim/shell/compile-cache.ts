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
  const chunk = compile(parsed.node, m.chunks, script);
  m.compiled[key] = chunk;
  return chunk;
}
