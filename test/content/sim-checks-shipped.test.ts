import { describe, expect, it } from 'vitest';
import { loadContent, shippedSource } from '../../src/content/index.js';
import { runSimChecks } from '../../src/content/sim-checks/index.js';

const content = await loadContent([shippedSource()]);
const result = runSimChecks(content, 'en');
const where = (e: { file: string; line: number; col: number }) => `${e.file.slice(e.file.search(/(lessons|quizzes)\//))}:${e.line}:${e.col}`;

/**
 * Disagreements between the shipped content and the simulator that are known and reported, as
 * `file:line:col` → the error's message. Empty: none today. An entry here is a bug to fix in the
 * content or the engine, never a place to park a new failure.
 */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {};

/** Checks the simulator cannot make yet on shipped content, as `file:line:col reason`. */
const KNOWN_SKIPS: readonly string[] = [];

describe('the simulator-backed checks on the shipped content', () => {
  it('find no disagreement between the content and the simulator', () => {
    expect(Object.fromEntries(result.errors.map((e) => [where(e), e.message]))).toEqual(KNOWN_DISAGREEMENTS);
  });

  it('skip only the known checks', () => {
    expect(result.skipped.map((s) => `${where(s)} ${s.reason}`)).toEqual(KNOWN_SKIPS);
  });

  it('look at every manifest, prediction, fix, command, drill and lab there is', () => {
    const predicts = content.questions.filter((q) => q.type === 'predict').length;
    expect(result.counts.predictions).toBeGreaterThan(predicts);
    expect(result.counts.commands).toBe(content.questions.filter((q) => q.type === 'command').length);
    expect(result.counts.drills).toBe(content.drills.length);
    expect(result.counts.labs).toBe(content.labs.length);
    expect(result.counts.repairs).toBeGreaterThan(content.questions.filter((q) => q.type === 'yaml').length);
    expect(result.counts.manifests).toBeGreaterThan(result.counts.predictions);
  });
});
