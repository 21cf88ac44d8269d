import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of podlab's own package.json, found by walking up from this module's file.
 * Note: fileURLToPath, never URL.pathname (which breaks on spaces and Hangul in paths), and
 * never cwd (npx runs us from anywhere).
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('podlab: cannot find its package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The shipped lesson and quiz folders. */
export function shippedContentDirs(): { lessons: string; quizzes: string } {
  const root = packageRoot();
  return { lessons: join(root, 'lessons'), quizzes: join(root, 'quizzes') };
}
