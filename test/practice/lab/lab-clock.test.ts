// `clock` at the lab's prompt: pause, play, the speeds, and jumps that move the cluster.
import { describe, expect, it } from 'vitest';
import { labNow, type LabLive } from '../../../src/practice/lab/lab-live.js';
import { runLabLine, type LabReply } from '../../../src/practice/lab/lab-line.js';
import { LAB_MESSAGES } from '../../../src/practice/lab/messages.js';
import { ENV, open, podRow, run, wait } from './fixtures.js';

const M = LAB_MESSAGES.en;
const line = (lab: LabLive, l: string): LabReply => runLabLine(lab, l, ENV);

describe('clock', () => {
  it('prints the cluster time and whether it plays', () => {
    const lab = open();
    wait(lab, 90_000);
    expect(line(lab, 'clock').out).toEqual([{ text: 'cluster time 1m30s, playing at x1', tone: 'good' }]);
  });

  it.each<[string, boolean, number]>([
    ['clock pause', true, 1],
    ['clock stop', true, 1],
    ['clock x10', false, 10],
    ['clock 10x', false, 10],
    ['clock x60', false, 60],
    ['clock ×60', false, 60],
    ['clock 60', false, 60],
  ])('%s', (l, isPaused, speed) => {
    const lab = open();
    const r = line(lab, l);
    expect({ isPaused: lab.isPaused, speed: lab.speed }).toEqual({ isPaused, speed });
    expect(r.out[0]?.tone).toBe('good');
    expect(r.out[0]?.text).toContain(isPaused ? 'paused' : `playing at x${speed}`);
  });

  it.each(['clock play', 'clock x1', 'clock resume'])('%s plays again after a pause', (l) => {
    const lab = open();
    line(lab, 'clock pause');
    line(lab, l);
    expect(lab.isPaused).toBe(false);
  });

  it('jumps ahead with +DURATION and the cluster moves with it, paused or not', () => {
    const lab = open();
    run(lab, 'kubectl run web --image=nginx:1.25');
    line(lab, 'clock pause');
    expect(line(lab, 'clock +5m').out).toEqual([{ text: 'moved ahead 5m: cluster time 5m0s', tone: 'good' }]);
    expect(labNow(lab)).toBe(300_000);
    expect(podRow(lab, 'web')?.slice(1, 5)).toEqual(['1/1', 'Running', '0', '5m']);
    expect(lab.isPaused).toBe(true);
  });

  it.each(['clock x7', 'clock x0', 'clock fast', 'clock +0s', 'clock +soon', 'clock +', 'clock pause now', 'clock -5m'])('%s: the usage, and nothing changes', (l) => {
    const lab = open();
    const r = line(lab, l);
    expect(r.out).toEqual([{ text: M.clockUsage, tone: 'error' }]);
    expect({ now: labNow(lab), isPaused: lab.isPaused, speed: lab.speed }).toEqual({ now: 0, isPaused: false, speed: 1 });
  });
});
