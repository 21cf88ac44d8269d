/**
 * The shipped lab scenarios (quizzes/labs/), loaded and proven alone, one test per file, with
 * every problem shown as `file:line:col: message (hint)`. The whole content is loaded as context,
 * so a lab id that repeats another file's is still found. PODLAB_LABS=DIR checks another folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, shippedSource, type ContentError } from '../../src/content/index.js';
import { runSimChecks } from '../../src/content/sim-checks/index.js';

const dir = process.env.PODLAB_LABS ?? join(shippedSource().quizzes ?? 'quizzes', 'labs');
const files = (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []).filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => join(dir, e.name));
const content = await loadContent([{ quizzes: dir }], { context: [shippedSource()] });
const checked = runSimChecks(content, 'en');
const errors = [...content.errors, ...checked.errors];

const shown = (e: ContentError) => `${relative(process.cwd(), e.file)}:${e.line}:${e.col}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;

describe('the lab scenarios in quizzes/labs', () => {
  it('are there', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(content.labs.length).toBeGreaterThanOrEqual(files.length);
  });

  it.each(files.map((f) => relative(process.cwd(), f)))('%s loads, is fully translated and plays through in the simulator', (file) => {
    expect(errors.filter((e) => relative(process.cwd(), e.file) === file).map(shown)).toEqual([]);
    expect(checked.skipped.filter((s) => relative(process.cwd(), s.file) === file).map((s) => `${s.line}:${s.col} ${s.reason} ${s.detail}`)).toEqual([]);
  });
});
