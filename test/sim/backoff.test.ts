import { describe, expect, it } from 'vitest';
import { CRASH_LOOP_BACKOFF as P, isInBackOffSince, nextBackoff, type BackoffEntry } from '../../src/sim/kubelet/backoff.js';

// A container that crashes the moment it starts, restarted as soon as its backoff allows:
// k8s-semantics §5's timeline.
function ladder(crashes: number): { restartAt: number; waited: number }[] {
  let entry: BackoffEntry | undefined;
  let t = 0;
  const out = [];
  for (let i = 0; i < crashes; i++) {
    const finishedAt = t;
    let now = finishedAt;
    while (isInBackOffSince(P, entry, finishedAt, now)) now = finishedAt + entry!.backoff;
    entry = nextBackoff(P, entry, finishedAt, now);
    out.push({ restartAt: now, waited: now - finishedAt });
    t = now;
  }
  return out;
}

describe('CrashLoopBackOff ladder', () => {
  it('restarts the first crash at once, then waits 10 s doubling to the 300 s cap', () => {
    expect(ladder(9).map((r) => r.waited / 1000)).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('forgets the backoff after a run longer than 10 minutes', () => {
    let entry = nextBackoff(P, undefined, 0, 0);
    entry = nextBackoff(P, entry, 0, 10_000);
    entry = nextBackoff(P, entry, 10_000, 30_000); // 40 s now
    expect(entry.backoff).toBe(40_000);
    const finishedAt = 30_000 + 600_001; // ran 10 min and 1 ms
    expect(isInBackOffSince(P, entry, finishedAt, finishedAt)).toBe(false);
    expect(nextBackoff(P, entry, finishedAt, finishedAt).backoff).toBe(10_000);
  });

  it('keeps the backoff after a run of exactly 10 minutes', () => {
    const entry = { backoff: 40_000, lastUpdate: 0 };
    expect(isInBackOffSince(P, entry, 600_000, 600_000)).toBe(true);
    expect(nextBackoff(P, entry, 600_000, 640_000).backoff).toBe(80_000);
  });
});
