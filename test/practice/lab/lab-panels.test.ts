// The two live panels: `get pods -w` as it goes, and the newest events, as kubectl prints them.
import { describe, expect, it } from 'vitest';
import { eventLines, pollWatch, startWatch } from '../../../src/practice/lab/lab-panels.js';
import { CRASH_LAB, open, run, wait } from './fixtures.js';

describe('the pods panel', () => {
  it('has kubectl\'s header and no rows in an empty cluster', () => {
    const watch = startWatch(open());
    expect(watch.header).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(watch.rows).toEqual([]);
  });

  it('adds a line each time a pod changes, as `get pods -w` does, with one header', () => {
    const lab = open();
    const watch = startWatch(lab);
    run(lab, 'kubectl run web --image=nginx:1.25');
    // The screen polls after every command and on every tick of the clock.
    pollWatch(lab, watch);
    for (let i = 0; i < 30; i++) {
      wait(lab, 1000);
      pollWatch(lab, watch);
    }
    expect(watch.rows.map((r) => r.split(/\s+/).slice(0, 3).join(' '))).toEqual(['web 0/1 Pending', 'web 0/1 ContainerCreating', 'web 1/1 Running']);
  });

  it('keeps no more than the newest 200 lines', () => {
    const lab = open(CRASH_LAB);
    const watch = startWatch(lab);
    for (let i = 0; i < 40; i++) run(lab, `kubectl run p${i} --image=busybox:1.36 -- sh -c "exit 1"`);
    for (let t = 0; t < 600; t++) {
      wait(lab, 1000);
      pollWatch(lab, watch);
    }
    expect(watch.rows.length).toBe(200);
    expect(watch.rows.some((r) => r.startsWith('NAME '))).toBe(false);
  });
});

describe('the events panel', () => {
  it('has kubectl\'s header, and the newest event last', () => {
    const lab = open(CRASH_LAB);
    expect(eventLines(lab).rows).toEqual([]);
    wait(lab, 60_000);
    const events = eventLines(lab);
    expect(events.header).toMatch(/^LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE$/);
    expect(events.rows[0]).toMatch(/Scheduled\s+pod\/crash/);
    expect(events.rows.at(-1)).toMatch(/BackOff|Started|Created|Pulled/);
  });
});
