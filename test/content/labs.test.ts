import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimChecks } from '../../src/content/sim-checks/index.js';
import { loadPack, removePacks } from './helpers.js';

afterAll(removePacks);

/** A lab that plays through: crash loop, `ran` describe, delete + create, jsonpath after set image. */
const LAB = readFileSync(new URL('../fixtures/labs/labs.yaml', import.meta.url), 'utf8');

/** The fixture with `from` (which must be there) replaced. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
  return text.replace(from, to);
}

/** `line:col` of the first `marker` at or after `after` in `text`, shifted `shift` columns. */
function pos(text: string, marker: string, after = '', shift = 0): string {
  const i = text.indexOf(marker, Math.max(0, text.indexOf(after)));
  if (i < 0) throw new Error(`no ${marker} in the text`);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1 + shift}`;
}

const NO_STEPS = LAB.replace(/ {4}steps:\n[\s\S]*?(?= {4}outro:)/, '    steps: []\n');

const where = (e: { line: number; col: number }) => `${e.line}:${e.col}`;

describe('loading labs', () => {
  it('loads a lab with its steps, goals, solutions and durations', async () => {
    const { content } = await loadPack({ 'quizzes/labs/one.yaml': LAB });
    expect(content.errors).toEqual([]);
    expect(content.stats).toMatchObject({ labs: 1, drills: 0, missingTranslations: 0 });
    const [lab] = content.labs;
    expect(lab).toMatchObject({ id: 'lab-fixture-good', syllabus: 'C1', minutes: 5, title: { en: 'Fix a crashing Pod', ko: '죽는 Pod 고치기' } });
    expect(lab.steps.map((s) => s.until.kind)).toEqual(['pod', 'ran', 'pod', 'jsonpath']);
    expect(lab.steps[1]).toMatchObject({ until: { kind: 'ran', command: 'describe pod web' }, hint: { en: 'Use describe.' } });
    expect(lab.steps[2].within).toBe(60);
    expect(lab.steps[2].solution).toMatchObject({ commands: ['kubectl delete pod web --now'], manifest: expect.stringContaining('sleep') });
    expect(lab.steps[3].until).toEqual({ kind: 'jsonpath', resource: 'pod/web', path: '{.spec.containers[0].image}', expect: 'busybox:1.37' });
  });

  const CASES: readonly { name: string; text: string; at: string; code: string; says: string }[] = [
    {
      name: '`after` in a pod goal', code: 'unknown-key', says: '`after` has no place in a lab step goal (labs[0].steps[0].until.expect.after)',
      text: edit(LAB, 'status: CrashLoopBackOff}', 'status: CrashLoopBackOff, after: 30s}'), at: pos(LAB, 'CrashLoopBackOff}', '', 18),
    },
    { name: 'an unknown goal kind', code: 'bad-enum', says: 'did you mean `ran`?', text: edit(LAB, 'kind: ran,', 'kind: rna,'), at: pos(LAB, 'ran,') },
    {
      name: 'a field of another goal kind', code: 'unknown-key', says: 'kind: jsonpath',
      text: edit(LAB, 'command: describe pod web}', 'command: describe pod web, path: x}'), at: pos(LAB, 'describe pod web}', '', 18),
    },
    {
      name: 'a step without a solution', code: 'missing-field', says: '`solution`',
      text: edit(LAB, '        solution:\n          commands: ["kubectl get pods"]\n', ''), at: pos(LAB, 'text: {en: Watch'),
    },
    { name: 'an empty solution', code: 'missing-field', says: 'neither `commands` nor `manifest`', text: edit(LAB, '        solution:\n          commands: ["k describe po web"]\n', '        solution: {}\n'), at: pos(LAB, 'solution:', 'Use describe', 10) },
    { name: 'a lab id without `lab-`', code: 'bad-value', says: 'starts with `lab-`', text: edit(LAB, 'id: lab-fixture-good', 'id: fixture-good'), at: pos(LAB, 'lab-fixture-good') },
    { name: 'a bad `within`', code: 'bad-value', says: '`soon` is not a duration', text: edit(LAB, 'within: 1m', 'within: soon'), at: pos(LAB, '1m') },
    { name: 'no steps', code: 'bad-count', says: 'at least 1', text: NO_STEPS, at: pos(NO_STEPS, '[]') },
    { name: 'a step text without Korean', code: 'missing-translation', says: 'no ko text', text: edit(LAB, '{en: Look at it., ko: 살펴보세요.}', '{en: Look at it.}'), at: pos(LAB, '{en: Look at it.') },
  ];

  it.each(CASES)('reports $name at file:line:col', async ({ text, at, code, says }) => {
    const { content } = await loadPack({ 'quizzes/labs/one.yaml': text });
    expect(content.errors.map((e) => [e.file.endsWith('quizzes/labs/one.yaml'), where(e), e.code])).toEqual([[true, at, code]]);
    expect(`${content.errors[0].message} ${content.errors[0].hint}`).toContain(says);
  });

  it('counts a missing translation in a lab', async () => {
    const { content } = await loadPack({ 'quizzes/labs/one.yaml': edit(LAB, '{en: Done., ko: 끝났습니다.}', '{ko: 끝났습니다.}') });
    expect(content.stats.missingTranslations).toBe(1);
  });

  it('refuses a lab id used in another file', async () => {
    const { content } = await loadPack({ 'quizzes/labs/a.yaml': LAB, 'quizzes/labs/b.yaml': LAB });
    expect(content.labs).toHaveLength(1);
    expect(content.errors.map((e) => [e.file.slice(-6), where(e), e.code])).toEqual([['b.yaml', pos(LAB, 'lab-fixture-good'), 'duplicate-id']]);
  });
});

describe('proving labs in the simulator', () => {
  const check = async (text: string) => {
    const { content } = await loadPack({ 'quizzes/labs/one.yaml': text });
    expect(content.errors).toEqual([]);
    return runSimChecks(content, 'en');
  };

  it('passes a lab whose solutions reach every goal (commands run before the manifest)', async () => {
    const result = await check(LAB);
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.counts).toMatchObject({ labs: 1, manifests: 2 });
  });

  const MET = edit(LAB, '{pod: web, status: CrashLoopBackOff}', '{pod: web}');
  const SLOW = edit(LAB, 'within: 1m', 'within: 0s');
  const RAN = edit(LAB, 'command: describe pod web', 'command: logs web');
  const APPLY_ONLY = edit(LAB, '          commands: ["kubectl delete pod web --now"]\n', '');
  const line = (command: string) => edit(LAB, '"kubectl get pods"', JSON.stringify(command));
  const BAD: readonly { name: string; text: string; at: string; says: string }[] = [
    { name: 'a goal already met when its step starts', text: MET, at: pos(MET, 'text: {en: Watch'), says: 'step 1: its goal is already met when the step starts (at 0s)' },
    {
      name: 'a goal not met within `within`', text: SLOW, at: pos(SLOW, 'text: {en: Fix it.'),
      says: 'step 3: the goal is not met within 0s of the solution: STATUS is ',
    },
    { name: 'a ran goal no solution command satisfies', text: RAN, at: pos(RAN, 'text: {en: Look at it.'), says: 'step 2: no command of its solution satisfies `ran: logs web`' },
    {
      name: 'a manifest applied over an immutable field (no delete first)', text: APPLY_ONLY, at: pos(APPLY_ONLY, 'manifest: |', 'Fix it.', 10),
      says: 'The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields',
    },
    { name: 'a line that is not kubectl', text: line('clock x60'), at: pos(LAB, '"kubectl get pods"'), says: 'must be a kubectl command: `clock x60`' },
    { name: 'a line that needs a shell', text: line('kubectl get pods > /tmp/out'), at: pos(LAB, '"kubectl get pods"'), says: 'cannot use a shell or read a file' },
    { name: 'a line that reads a file', text: line('kubectl apply -f web.yaml'), at: pos(LAB, '"kubectl get pods"'), says: 'cannot use a shell or read a file' },
    { name: 'kubectl edit', text: line('kubectl edit pod web'), at: pos(LAB, '"kubectl get pods"'), says: '`kubectl edit` cannot be in a solution' },
  ];

  it.each(BAD)('reports $name at its step', async ({ text, at, says }) => {
    const result = await check(text);
    expect(result.errors.map((e) => [where(e), e.code])).toEqual([[at, expect.stringMatching(/^sim-(lab|command)$/)]]);
    expect(result.errors[0].message).toContain(says);
  });

  it('goes on after an unmet `ran` goal, and stops at a goal never met', async () => {
    const text = edit(edit(RAN, 'within: 1m', 'within: 0s'), 'app=busybox:1.37', 'app=busybox:1.36');
    const result = await check(text);
    expect(result.errors.map(where)).toEqual([pos(text, 'text: {en: Look at it.'), pos(text, 'text: {en: Fix it.')]);
  });

  it('checks the last step too', async () => {
    const text = edit(LAB, 'app=busybox:1.37', 'app=busybox:1.36');
    const result = await check(text);
    expect(result.errors.map((e) => [where(e), e.message])).toEqual([[
      pos(text, 'text: {en: Check the image.'),
      'step 4: the goal is not met within 120s of the solution: {.spec.containers[0].image} of pod/web is `busybox:1.36`, not `busybox:1.37`',
    ]]);
  });

  it('refuses a setup whose Scenario declares images', async () => {
    const scenario = `      ---
      apiVersion: podlab.dev/v1
      kind: Scenario
      metadata:
        name: extra
      images:
        - image: shop/app:1.0
          behavior:
            listen:
              - port: 8080
    steps:`;
    const result = await check(edit(LAB, '    steps:', scenario));
    expect(result.errors.map((e) => [where(e), e.code])).toEqual([[pos(LAB, '|', 'setup:'), 'sim-lab']]);
    expect(result.errors[0].message).toContain('shop/app:1.0');
  });

  it('speaks Korean', async () => {
    const { content } = await loadPack({ 'quizzes/labs/one.yaml': edit(LAB, 'command: describe pod web', 'command: logs web') });
    expect(runSimChecks(content, 'ko').errors.map((e) => e.message)).toEqual(['2단계: 모범 답안의 어떤 명령도 `ran: logs web` 목표를 만족하지 않습니다']);
  });
});
