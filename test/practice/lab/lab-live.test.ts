// A lab in memory: opened fresh from a scenario's setup, its timed actions brought in as the clock
// passes them, and saved (labRunOf) then rebuilt (readLabRun, openLab) into the same cluster.
import { describe, expect, it } from 'vitest';
import type { LabScenario } from '../../../src/content/types.js';
import { currentStep } from '../../../src/practice/lab/lab-guide.js';
import { advanceLab, labNow, labRunOf, openLab, type LabLive } from '../../../src/practice/lab/lab-live.js';
import { eventLines } from '../../../src/practice/lab/lab-panels.js';
import { readLabRun, type LabRun } from '../../../src/practice/lab/lab-run.js';
import { CRASH_LAB, CRASH_POD, look, open, podRow, run, wait, WALL } from './fixtures.js';

const LATER = `${CRASH_POD}---
apiVersion: podlab.dev/v1
kind: Scenario
metadata:
  name: later
actions:
- at: 30s
  kubectl: kubectl run late --image=nginx:1.25
- at: 40s
  fault:
    type: nodeDown
    node: node02
`;

const TIMED: LabScenario = { ...CRASH_LAB, id: 'lab-timed', setup: LATER };

/** The cluster as the learner sees it: pods, nodes and events. */
const seen = (lab: LabLive) => [look(lab, 'get pods -o wide').stdout, look(lab, 'get nodes').stdout, eventLines(lab).rows.join('\n')].join('\n');

/** What the store does with a run: JSON out, JSON in, read back. */
const stored = (lab: LabLive): LabRun | undefined => readLabRun(JSON.parse(JSON.stringify(labRunOf(lab))));

describe('openLab fresh', () => {
  it('puts the setup in the cluster at t = 0, playing at x1 on the first step', () => {
    const lab = open(TIMED);
    expect(labNow(lab)).toBe(0);
    expect(podRow(lab, 'crash')?.slice(0, 3)).toEqual(['crash', '0/1', 'Pending']);
    expect(podRow(lab, 'late')).toBeUndefined();
    expect({ step: lab.step, isPaused: lab.isPaused, speed: lab.speed, hints: lab.hints, ran: lab.ran }).toEqual({ step: 0, isPaused: false, speed: 1, hints: 0, ran: [] });
    expect(lab.startEpochMs).toBe(WALL);
    expect(lab.pending.map((e) => e.t)).toEqual([30_000, 40_000]);
  });

  it('starts its cluster on a whole second of the wall clock', () => {
    const opened = openLab('sandbox', undefined, undefined, { wallMs: WALL + 1234, seed: 3 });
    expect(opened.ok && opened.lab.startEpochMs).toBe(WALL + 1000);
  });

  it('runs a scenario with the seed podlab validate proved it under, the free lab with a new one', () => {
    expect(open(TIMED).seed).toBe(1);
    expect(open().seed).toBe(3);
  });

  it('opens the free lab on the default nodes with no pods', () => {
    const lab = open();
    expect(look(lab, 'get pods').stderr).toBe('No resources found in default namespace.\n');
    expect(look(lab, 'get nodes').stdout).toMatch(/controlplane[\s\S]*node01[\s\S]*node02/);
    expect(currentStep(lab)).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['refused', 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: []}\n', 'refused'],
    ['unsimulated', 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec: {}\n', 'unsimulated'],
    ['images', 'apiVersion: podlab.dev/v1\nkind: Scenario\nmetadata: {name: s}\nimages:\n- image: shop/app:1.0\n  behavior:\n    listen:\n    - port: 8080\n', 'images'],
  ])('refuses a setup the practice cluster cannot take: %s', (_, setup, problem) => {
    const opened = openLab('lab-bad', { ...CRASH_LAB, setup }, undefined, { wallMs: WALL, seed: 3 });
    expect(opened.ok ? 'opened' : opened.problem).toBe(problem);
  });
});

describe('advanceLab', () => {
  it('brings a timed action in at its own time and logs it there', () => {
    const lab = open(TIMED);
    advanceLab(lab, 29_999);
    expect(podRow(lab, 'late')).toBeUndefined();
    expect(lab.live.added).toEqual([]);
    advanceLab(lab, 30_000);
    expect(podRow(lab, 'late')?.slice(0, 1)).toEqual(['late']);
    expect(lab.live.added.map((e) => e.t)).toEqual([30_000]);
    expect(lab.pending.map((e) => e.t)).toEqual([40_000]);
  });

  it('brings in every action it passes, each at its time, in order', () => {
    const lab = open(TIMED);
    advanceLab(lab, 200_000);
    expect(labNow(lab)).toBe(200_000);
    expect(lab.pending).toEqual([]);
    expect(lab.live.added.map((e) => [e.t, 'command' in e ? e.command.kind : 'exec'])).toEqual([[30_000, 'create'], [40_000, 'fault']]);
    // `late` was created at 30s, so at 200s its AGE is 170s; node02 stopped reporting at 40s.
    expect(podRow(lab, 'late')?.[4]).toBe('2m50s');
    expect(look(lab, 'get nodes').stdout).toMatch(/node02\s+NotReady/);
  });

  it('never moves the clock back', () => {
    const lab = open(TIMED);
    advanceLab(lab, 50_000);
    advanceLab(lab, 10_000);
    expect(labNow(lab)).toBe(50_000);
  });
});

describe('saving and reopening a lab', () => {
  /** A lab with some history: commands, a fault, a jump, the clock moved in uneven ticks. */
  function played(): LabLive {
    const lab = open(TIMED);
    for (let t = 0; t < 10_000; t += 2500) wait(lab, 2500);
    run(lab, 'kubectl run web --image=nginx:1.25');
    run(lab, 'kubectl label pod crash tier=batch');
    wait(lab, 7_321);
    run(lab, 'fault kill web');
    run(lab, 'clock +15s');
    wait(lab, 1_111);
    lab.step = 2;
    lab.speed = 10;
    return lab;
  }

  it('reproduces the same cluster: pods, nodes and events at the same time', () => {
    const lab = played();
    const back = stored(lab);
    expect(back).toBeDefined();
    const again = open(TIMED, back);
    expect(labNow(again)).toBe(labNow(lab));
    expect(seen(again)).toBe(seen(lab));
    expect(look(again, 'get pods --show-labels').stdout).toBe(look(lab, 'get pods --show-labels').stdout);
  });

  it('goes on the same way afterwards, the timed actions still to come included', () => {
    const lab = played();
    expect(lab.pending.length).toBeGreaterThan(0);
    const again = open(TIMED, stored(lab));
    for (const l of [lab, again]) advanceLab(l, 180_000);
    expect(again.pending).toEqual([]);
    expect(seen(again)).toBe(seen(lab));
  });

  it('keeps the step and the speed, and opens paused', () => {
    const again = open(TIMED, stored(played()));
    expect({ step: again.step, speed: again.speed, isPaused: again.isPaused }).toEqual({ step: 2, speed: 10, isPaused: true });
  });

  it('saves a copy: the clock moving on after labRunOf does not change what is being saved', () => {
    const lab = open(TIMED);
    const saved = labRunOf(lab);
    advanceLab(lab, 60_000);
    expect(saved.pending.map((e) => e.t)).toEqual([30_000, 40_000]);
    expect(saved.log.length).toBe(lab.baseLog.length);
    // Saved then, the lab reopens with the timed actions still to come.
    const again = open(TIMED, readLabRun(JSON.parse(JSON.stringify(saved))));
    advanceLab(again, 60_000);
    expect(seen(again)).toBe(seen(lab));
  });

  it.each([
    ['past the last step', 99, 5],
    ['exactly done', 5, 5],
    ['a step in between', 3, 3],
  ])('clamps a saved step %s to the scenario (%i → %i)', (_, step, expected) => {
    const saved = { ...labRunOf(open(CRASH_LAB)), step };
    const lab = open(CRASH_LAB, saved);
    expect(lab.step).toBe(expected);
    expect(currentStep(lab) === undefined).toBe(expected === CRASH_LAB.steps.length);
  });

  it('clamps any saved step of the free lab to 0 (it has no steps)', () => {
    expect(open(undefined, { ...labRunOf(open()), step: 4 }).step).toBe(0);
  });

  it('reports a saved log the engine refuses instead of throwing', () => {
    const good = labRunOf(open());
    const bad: LabRun = { ...good, log: [{ t: 0, command: { kind: 'nonsense' } as never }] };
    const opened = openLab('sandbox', undefined, bad, { wallMs: WALL, seed: 3 });
    expect(opened.ok ? 'opened' : opened.problem).toBe('replay');
  });
});

describe('readLabRun', () => {
  const good = {
    seed: 1, startEpochMs: WALL, nowMs: 5000, step: 1, speed: 10,
    log: [{ t: 0, command: { kind: 'delete', ref: { kind: 'Pod', namespace: 'default', name: 'x' } } }, { t: 2, exec: { namespace: 'default', pod: 'a', container: 'b', command: ['true'] } }],
    pending: [{ t: 9000, command: { kind: 'fault', fault: { type: 'nodeDown', node: 'node01' } } }],
  };

  it('reads a good run as it is', () => {
    expect(readLabRun(good)).toEqual(good);
  });

  it('keeps the typed history, dropping what is not a line and keeping the newest 200', () => {
    const lines = Array.from({ length: 250 }, (_, i) => `k get pods ${i}`);
    expect(readLabRun({ ...good, history: ['k get pods', 7, null, 'clock x60'] })?.history).toEqual(['k get pods', 'clock x60']);
    expect(readLabRun({ ...good, history: lines })?.history).toEqual(lines.slice(50));
    expect(readLabRun({ ...good, history: 'k get pods' })?.history).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'lab'],
    ['an array', [good]],
    ['no seed', { ...good, seed: undefined }],
    ['a negative seed', { ...good, seed: -1 }],
    ['a seed that is not a number', { ...good, seed: '1' }],
    ['an infinite nowMs', { ...good, nowMs: Infinity }],
    ['a NaN startEpochMs', { ...good, startEpochMs: Number.NaN }],
    ['a negative step', { ...good, step: -1 }],
    ['no step', { ...good, step: undefined }],
    ['a log that is not a list', { ...good, log: {} }],
    ['no pending', { ...good, pending: undefined }],
    ['a log entry without command or exec', { ...good, log: [{ t: 0 }] }],
    ['a log entry with a negative time', { ...good, log: [{ t: -5, command: {} }] }],
    ['a log entry whose command is a string', { ...good, log: [{ t: 0, command: 'delete' }] }],
    ['a log out of order', { ...good, log: [{ t: 5, command: {} }, { t: 4, command: {} }] }],
    ['pending out of order', { ...good, pending: [{ t: 9, command: {} }, { t: 8, command: {} }] }],
    ['a pending entry that is null', { ...good, pending: [null] }],
  ])('refuses %s', (_, value) => {
    expect(readLabRun(value)).toBeUndefined();
  });

  it.each<[string, unknown, number]>([
    ['an unknown speed as x1', 7, 1],
    ['no speed as x1', undefined, 1],
    ['x60 as it is', 60, 60],
  ])('reads %s', (_, speed, expected) => {
    expect(readLabRun({ ...good, speed })?.speed).toBe(expected);
  });

  it('reads a fractional step as the step it is in', () => {
    expect(readLabRun({ ...good, step: 2.7 })?.step).toBe(2);
  });
});
