// Scripts are parsed and compiled once per process: a loop that runs `$(date)` or a trap that
// fires again reuses the chunk compiled the first time. Across processes, the same script
// compiled at the same chunk index gives the same chunks, so those are kept too: a container
// that restarts (a crash loop) runs the script it ran before.

import type { SyntaxError } from './ast.js';
import { compile, type Instr } from './compile.js';
import type { Machine } from './machine-types.js';
import { parseScript } from './parse.js';

/** The chunks a script adds when compiled after `base` chunks, and its entry chunk. */
interface Compiled {
  readonly added: readonly Instr[][];
  readonly entry: number;
}

/**
 * Compiled scripts by chunk index and text. Compiled code is never changed once made (it is
 * shared by the copies of a process, proc/clone.ts), and `compile` reads nothing but the tree
 * and the number of chunks before it, so nothing invalidates an entry; the table is emptied
 * when it grows large.
 */
const COMPILED = new Map<string, Compiled | SyntaxError>();
const COMPILED_MAX = 1024;

function compiledAt(key: string, src: string, script: boolean, base: number): Compiled | SyntaxError {
  const memoKey = `${base}:${key}`;
  const hit = COMPILED.get(memoKey);
  if (hit) return hit;
  const parsed = parseScript(src);
  let made: Compiled | SyntaxError;
  if (!parsed.ok) made = parsed.error;
  else {
    // Only the count of earlier chunks matters to `compile`: it appends after them.
    const chunks: Instr[][] = [];
    chunks.length = base;
    const entry = compile(parsed.node, chunks, script);
    made = { added: chunks.slice(base), entry };
  }
  if (COMPILED.size >= COMPILED_MAX) COMPILED.clear();
  COMPILED.set(memoKey, made);
  return made;
}

/** The entry chunk of `src` in the machine's chunks, or its syntax error. */
export function compileText(m: Machine, src: string, script: boolean): number | SyntaxError {
  const key = (script ? 'S:' : 'N:') + src;
  const hit = m.compiled[key];
  if (hit !== undefined) return hit;
  const made = compiledAt(key, src, script, m.chunks.length);
  if (!('entry' in made)) return made;
  // New lists rather than appending: compiled code is shared, by reference, with the copies of
  // the process a step started from (proc/clone.ts), which must not change.
  m.chunks = [...m.chunks, ...made.added];
  m.compiled = { ...m.compiled, [key]: made.entry };
  return made.entry;
}
