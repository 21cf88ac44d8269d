// `replace --force` at the lab's prompt: the delete prints at once, the prompt waits while the
// clock runs, and the create happens (and is logged for the next opening) when kubectl would.
import { describe, expect, it } from 'vitest';
import { labNow, labRunOf } from '../../../src/practice/lab/lab-live.js';
import { runLabLine } from '../../../src/practice/lab/lab-line.js';
import { advanceWaiting } from '../../../src/practice/lab/lab-wait.js';
import { look, memoryEnv, open, text, wait, WALL } from './fixtures.js';
import { SLEEPER } from '../../fixtures/pods.js';

const FILES = memoryEnv({ 'pod.yaml': SLEEPER });

describe('replace --force in the lab', () => {
  it('waits out the 30 s grace period, then prints pod/web replaced and creates it then', () => {
    const lab = open();
    runLabLine(lab, 'kubectl create -f pod.yaml', FILES);
    wait(lab, 60_000);
    const reply = runLabLine(lab, 'kubectl replace --force -f pod.yaml', FILES);
    expect(text(reply)).toBe('pod "web" deleted');
    expect(reply.waitFor).toBeDefined();
    const waiting = { waitFor: reply.waitFor ?? [], ...(reply.then ? { then: reply.then } : {}) };
    // The screen's ticks, 2.3 s of cluster time each: not on kubectl's whole seconds.
    let done;
    for (let t = labNow(lab) + 2300; !done && t <= 120_000; t += 2300) done = advanceWaiting(lab, waiting, t);
    expect(done).toEqual([{ text: 'pod/web replaced', tone: 'plain' }]);
    expect(labNow(lab)).toBe(92_200);
    expect(look(lab, 'get pod web -o jsonpath={.metadata.creationTimestamp}').stdout).toBe(new Date(WALL + 90_000).toISOString().replace('.000Z', 'Z'));
    const logged = labRunOf(lab).log.filter((e) => 'command' in e).map((e) => ['command' in e ? e.command.kind : '', e.t]);
    expect(logged).toEqual([['create', 0], ['delete', 60_000], ['create', 90_000]]);
    // Opened again from the save, the new Pod is there, created at the same time.
    const again = open(undefined, labRunOf(lab));
    expect(look(again, 'get pod web -o jsonpath={.metadata.uid}').stdout).toBe(look(lab, 'get pod web -o jsonpath={.metadata.uid}').stdout);
  });

  it('keeps waiting while the old Pod is still there', () => {
    const lab = open();
    runLabLine(lab, 'kubectl create -f pod.yaml', FILES);
    wait(lab, 60_000);
    const reply = runLabLine(lab, 'kubectl replace --force -f pod.yaml', FILES);
    expect(advanceWaiting(lab, { waitFor: reply.waitFor ?? [], ...(reply.then ? { then: reply.then } : {}) }, 85_000)).toBeUndefined();
    expect(labNow(lab)).toBe(85_000);
    expect(look(lab, 'get pods').stdout).toContain('Terminating');
  });
});
