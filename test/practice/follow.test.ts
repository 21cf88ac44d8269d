// `get -w`, `logs -f` and a waiting delete in a terminal: they run as the wall clock moves (each
// tick of the fake clock is 200 ms) until done or Ctrl+C; without a terminal they stop at once.
import { describe, expect, it } from 'vitest';
import { harness } from './helpers.js';

describe('following in a terminal', () => {
  it('prints a row whenever the pod changes, until Ctrl+C (exit 130)', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    const r = await h.kubectl('get pods -w', { isLive: true, onTick: (n) => n >= 150 });
    expect(r.code).toBe(130);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    const statuses = lines.slice(1, -1).map((l) => l.split(/\s+/)[2]).filter((s, i, all) => s !== all[i - 1]);
    expect(statuses).toEqual(['Pending', 'ContainerCreating', 'Running']);
    expect(lines.at(-1)).toBe('');
  });

  it('shows what another terminal does meanwhile', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    h.wall.ms += 60_000;
    let deleted = false;
    const r = await h.kubectl('get pods -w', {
      isLive: true,
      onTick: async (n) => {
        if (n === 5 && !deleted) deleted = (await h.kubectl('delete pod web --wait=false')).code === 0;
        return n >= 100;
      },
    });
    expect(deleted).toBe(true);
    expect(r.out).toMatch(/\nweb\s+1\/1\s+Terminating\s+0\s+\d+s\n/);
  });

  it('follows new log lines', async () => {
    const h = harness();
    await h.kubectl('run ticker --image=busybox -- sh -c "i=0; while true; do echo tick $i; i=$((i+1)); sleep 1; done"');
    h.wall.ms += 10_000;
    const before = (await h.kubectl('logs ticker')).out.split('\n').length;
    const r = await h.kubectl('logs -f ticker', { isLive: true, onTick: (n) => n >= 25 });
    expect(r.code).toBe(130);
    expect(r.out.split('\n').length).toBeGreaterThanOrEqual(before + 4);
  });

  it('waits for a deleted Pod to go, in real time', async () => {
    const h = harness();
    await h.kubectl('run sleeper --image=busybox -- sleep 3600');
    h.wall.ms += 30_000;
    const start = h.wall.ms;
    const r = await h.kubectl('delete pod sleeper', { isLive: true });
    expect(r).toMatchObject({ code: 0, out: 'pod "sleeper" deleted\n' });
    expect(h.wall.ms - start).toBeGreaterThanOrEqual(30_000);
    expect(h.wall.ms - start).toBeLessThan(32_000);
    expect((await h.clock()).out).toContain('(age 1m0s)');
  });

  it('stops waiting on Ctrl+C, the Pod still going', async () => {
    const h = harness();
    await h.kubectl('run sleeper --image=busybox -- sleep 3600');
    h.wall.ms += 30_000;
    expect((await h.kubectl('delete pod sleeper', { isLive: true, onTick: (n) => n >= 5 })).code).toBe(130);
    expect((await h.kubectl('get pods')).out).toContain('Terminating');
  });
});

describe('following without a terminal', () => {
  it.each([['get pods -w'], ['logs -f web']])('%s prints what exists and stops', async (words) => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    h.wall.ms += 60_000;
    const r = await h.kubectl(words, { onTick: () => { throw new Error('must not tick'); } });
    expect(r.code).toBe(0);
  });
});
