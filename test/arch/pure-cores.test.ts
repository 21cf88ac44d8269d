import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/sim and src/quiz are pure: no I/O, no clock, no randomness, no UI, and they import only
// themselves (plus the tiny assert-never helper and, for quiz, the ts-fsrs scheduler).
const root = resolve(__dirname, '../..');
const CORES = ['src/sim', 'src/quiz'];
const ALLOWED_SHARED = ['src/util/assert-never.ts'];
const ALLOWED_PACKAGES: Record<string, string[]> = { 'src/sim': [], 'src/quiz': ['ts-fsrs'] };
const FORBIDDEN_CODE: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'reads the clock (Date.now)'],
  [/\bnew Date\s*\(\s*\)/, 'reads the clock (new Date())'],
  [/\bperformance\.now\s*\(/, 'reads the clock (performance.now)'],
  [/\bMath\.random\s*\(/, 'uses Math.random'],
  [/\bconsole\./, 'writes to the console'],
  [/\bprocess\.(env|exit|exitCode|stdout|stderr|stdin|argv|cwd|hrtime|nextTick|on|platform|memoryUsage)\b/, 'touches the process'],
  [/\b(setTimeout|setInterval|setImmediate)\s*\(/, 'uses timers'],
  [/\brequire\s*\(/, 'uses require'],
];

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** What is wrong with one core file, as readable lines. */
export function violations(file: string, text: string, core: string): string[] {
  const problems: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const specifiers = [...code.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2]);
  for (const spec of specifiers) {
    if (spec.startsWith('.')) {
      const target = relative(root, resolve(dirname(file), spec)).replace(/\.js$/, '.ts');
      if (!target.startsWith(core + '/') && !ALLOWED_SHARED.includes(target)) {
        problems.push(`imports ${spec} from outside ${core}`);
      }
    } else if (!ALLOWED_PACKAGES[core].includes(spec)) {
      problems.push(`imports package ${spec}`);
    }
  }
  for (const [pattern, what] of FORBIDDEN_CODE) if (pattern.test(code)) problems.push(what);
  return problems;
}

describe('pure cores', () => {
  for (const core of CORES) {
    it(`${core} has no I/O, clock, randomness or UI imports`, () => {
      const report = filesUnder(join(root, core)).flatMap((file) =>
        violations(file, readFileSync(file, 'utf8'), core).map((p) => `${relative(root, file)}: ${p}`),
      );
      expect(report).toEqual([]);
    });
  }

  it.each([
    ["import { readFileSync } from 'node:fs';", 'imports package node:fs'],
    ["import React from 'react';", 'imports package react'],
    ["import { x } from '../store/index.js';", 'imports ../store/index.js from outside src/sim'],
    ["const t = Date.now();", 'reads the clock (Date.now)'],
    ["const r = Math.random();", 'uses Math.random'],
    ["console.log('x');", 'writes to the console'],
    ["const home = process.env.HOME;", 'touches the process'],
    ["const m = await import('yaml');", 'imports package yaml'],
  ])('catches %s', (line, problem) => {
    expect(violations(join(root, 'src/sim/x.ts'), line, 'src/sim')).toContain(problem);
  });

  it('accepts imports inside the core and the shared helper', () => {
    const text = "import { a } from './quantity.js';\nimport { assertNever } from '../util/assert-never.js';\n// Date.now() in a comment";
    expect(violations(join(root, 'src/sim/x.ts'), text, 'src/sim')).toEqual([]);
  });
});
