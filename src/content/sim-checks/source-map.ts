/**
 * From a place inside an embedded manifest to the place in its content file. The loader's
 * `locate` gives the position of a `|` block's indicator; the manifest's line k (1-based) is the
 * file's line `indicator + k`, and its columns are shifted by the block's indentation, which only
 * the file's own text tells (YAML takes it from the first non-empty line of the block).
 * An explicit indentation indicator (`|2`) is not followed; content does not use one.
 */
import { readFileSync } from 'node:fs';
import type { SourcePos } from '../types.js';

/** Reads a content file's text, or undefined when it cannot (the mapping then falls back). */
export type ReadText = (file: string) => string | undefined;

/** Reads from disk, each file once per checker run. */
export function cachedReader(): ReadText {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(file, 'utf8'));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
}

/** Turns a manifest-relative position (1-based) into a content-file position. */
export type PlaceInFile = (line: number, col: number) => SourcePos;

/**
 * How positions in the manifest held by the field at `at` map into the file. When the value is
 * not a `|` block (a quoted string, say), or the file cannot be read, every place maps to
 * the field itself: still the right item, if not the exact character.
 */
export function manifestPlacer(at: SourcePos, readText: ReadText): PlaceInFile {
  const fallback: PlaceInFile = () => at;
  const text = readText(at.file);
  if (text === undefined) return fallback;
  const lines = text.split(/\r?\n/);
  const indicator = lines[at.line - 1]?.[at.col - 1];
  // Note: a folded `>` block joins lines, so only a literal `|` block keeps the manifest's lines.
  if (indicator !== '|') return fallback;
  const first = lines.slice(at.line).find((l) => l.trim() !== '');
  const indent = first === undefined ? 0 : first.length - first.trimStart().length;
  return (line, col) => ({ file: at.file, line: at.line + line, col: indent + col });
}
