// The guide: a step is done when its goal is met, after an accepted command or as the clock runs;
// `ran` starts over with each step; met steps chain. Then every shipped lab, played in the lab
// engine as a learner plays it in the app.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, shippedSource } from '../../../src/content/index.js';
import { DEFAULT_WITHIN_S } from '../../../src/content/sim-checks/labs.js';
import type { LabScenario, LabStep } from '../../../src/content/types.js';
import { parseManifestText } from '../../../src/manifest/read.js';
import { fileEnv } from '../../../src/practice/files.js';
import { advanceGuide, currentStep, type GuideNews } from '../../../src/practice/lab/lab-guide.js';
import { advanceLab, labNow, type LabLive } from '../../../src/practice/lab/lab-live.js';
import { runLabLine, type LabEnv } from '../../../src/practice/lab/lab-line.js';
import { tokenize } from '../../../src/sim/kubectl/index.js';
import { CRASH_LAB, ENV, look, open, podRow, waitFor } from './fixtures.js';

describe('advanceGuide', () => {
  it('has nothing to do in the free lab', () => {
    const lab = open();
    expect(advanceGuide(lab, ['get', 'pods'])).toBeUndefined();
    expect(lab.ran).toEqual([]);
  });

  it('moves only when the goal is met', () => {
    const lab = open(CRASH_LAB);
    expect(advanceGuide(lab, ['describe', 'pod', 'crash'])).toBeUndefined();
    expect(advanceGuide(lab)).toBeUndefined();
    expect(lab.step).toBe(0);
    expect(lab.ran).toEqual([['describe', 'pod', 'crash']]);
    expect(advanceGuide(lab, ['get', 'po', '-o', 'wide'])).toEqual({ done: [1], isFinished: false });
    expect(currentStep(lab)).toBe(CRASH_LAB.steps[1]);
  });

  it('starts `ran` over with each step: one command does not finish two steps', () => {
    const lab = open(CRASH_LAB);
    expect(advanceGuide(lab, ['get', 'pods'])).toEqual({ done: [1], isFinished: false });
    expect(lab.ran).toEqual([]);
    expect(advanceGuide(lab)).toBeUndefined();
    expect(advanceGuide(lab, ['get', 'pods'])).toEqual({ done: [2], isFinished: false });
  });

  it('starts the hints over with each step', () => {
    const lab = open(CRASH_LAB);
    lab.hints = 2;
    advanceGuide(lab, ['get', 'pods']);
    expect(lab.hints).toBe(0);
  });

  it('chains through every goal met at once, then reports the last step', () => {
    const lab = open(CRASH_LAB);
    advanceGuide(lab, ['get', 'pods']);
    advanceGuide(lab, ['get', 'pods']);
    // The crash loop is a while away; the restart policy (step 4) is Always from the start.
    expect(advanceGuide(lab)).toBeUndefined();
    let news: GuideNews | undefined;
    const at = waitFor(lab, () => (news = advanceGuide(lab)) !== undefined, 120_000);
    expect(at).toBeDefined();
    expect(podRow(lab, 'crash')?.[2]).toBe('CrashLoopBackOff');
    expect(news).toEqual({ done: [3, 4], isFinished: false });
    expect(advanceGuide(lab, ['logs', 'crash', '-p'])).toEqual({ done: [5], isFinished: true });
    expect(currentStep(lab)).toBeUndefined();
    expect(advanceGuide(lab, ['logs', 'crash', '-p'])).toBeUndefined();
  });
});

describe('the guide at the prompt', () => {
  it('counts an accepted kubectl line, in either spelling, and says which step it finished', () => {
    const lab = open(CRASH_LAB);
    expect(runLabLine(lab, 'k get po', ENV).guide).toEqual({ done: [1], isFinished: false });
    expect(runLabLine(lab, 'kubectl get pods -o wide', ENV).guide).toEqual({ done: [2], isFinished: false });
  });

  it('does not count a command kubectl refused', () => {
    const lab = open(CRASH_LAB);
    expect(runLabLine(lab, 'kubectl get pods nope', ENV).guide).toBeUndefined();
    expect(lab.step).toBe(0);
    expect(lab.ran).toEqual([]);
  });

  it.each(['clock', 'help', 'hint', 'fault kill crash', 'kubectl get pods | head'])('does not count `%s`', (line) => {
    const lab = open(CRASH_LAB);
    expect(runLabLine(lab, line, ENV).guide).toBeUndefined();
    expect(lab.step).toBe(0);
  });

  it('counts a command whose output went to a file', () => {
    const lab = open(CRASH_LAB);
    expect(runLabLine(lab, 'kubectl get pods > pods.txt', ENV).guide).toEqual({ done: [1], isFinished: false });
  });
});

// Every shipped lab, as the app plays it: opened fresh, each step's solution typed at the prompt
// (its manifest saved to a file and applied with `kubectl apply -f FILE`), then the clock running
// a second at a time, the guide judged after each, as the Lab screen's clock does.
const SHIPPED = (await loadContent([{ quizzes: join(shippedSource().quizzes ?? 'quizzes', 'labs') }])).labs;
const home = mkdtempSync(join(tmpdir(), 'podlab-lab-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const FILES: LabEnv = { lang: 'en', cwd: home, files: fileEnv({ cwd: home, parse: parseManifestText }) };

/**
 * After `kubectl delete`, kubectl waits until the objects it deleted are gone before the prompt
 * returns; the lab's prompt returns at once, so the learner waits for the panel to show them gone.
 */
function awaitDeleted(lab: LabLive, line: string, printed: readonly string[], limitMs: number): void {
  const tokens = tokenize(line);
  if (!tokens.ok) return;
  const words = tokens.words;
  const ns = words.flatMap((w, i) => (w === '-n' || w === '--namespace' ? ['-n', words[i + 1] ?? ''] : []));
  const deleted = printed.flatMap((p) => {
    const m = /^(\S+) "([^"]+)" deleted/.exec(p);
    return m ? [`get ${m[1]} ${m[2]} ${ns.join(' ')}`] : [];
  });
  waitFor(lab, () => deleted.every((get) => look(lab, get).exitCode !== 0), limitMs);
}

/** Plays step `i` from where the lab stands; what was typed and printed, for the failure message. */
function play(lab: LabLive, step: LabStep, i: number): string[] {
  const shown: string[] = [];
  const within = (step.within ?? DEFAULT_WITHIN_S) * 1000;
  const type = (line: string): readonly string[] => {
    const printed = runLabLine(lab, line, FILES).out.map((o) => o.text);
    shown.push(`[${labNow(lab) / 1000}s] $ ${line}`, ...printed.map((p) => `  ${p}`));
    return printed;
  };
  for (const line of step.solution.commands ?? []) awaitDeleted(lab, line, type(line), within);
  if (step.solution.manifest !== undefined) {
    const file = `${lab.id}-step-${i + 1}.yaml`;
    writeFileSync(join(home, file), step.solution.manifest);
    type(`kubectl apply -f ${file}`);
  }
  const limit = labNow(lab) + within;
  while (lab.step === i && labNow(lab) < limit) {
    advanceLab(lab, labNow(lab) + 1000);
    advanceGuide(lab);
  }
  return shown;
}

describe('every shipped lab can be finished at the Lab prompt', () => {
  it('the shipped labs are there', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(12);
  });

  it.each(SHIPPED.map((s): [string, LabScenario] => [s.id, s]))('%s', (_, scenario) => {
    const lab = open(scenario);
    for (const [i, step] of scenario.steps.entries()) {
      expect(lab.step, `step ${i + 1} was skipped: its goal was met before it started`).toBe(i);
      const shown = play(lab, step, i);
      expect(lab.step, `step ${i + 1} not done within ${step.within ?? DEFAULT_WITHIN_S}s of its solution:\n${shown.join('\n')}\n${look(lab, 'get pods -o wide').stdout}`).toBeGreaterThan(i);
    }
    expect(currentStep(lab)).toBeUndefined();
  });
});
