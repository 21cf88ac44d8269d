// `podlab kubectl replace --force -f`: the delete is printed, the old Pod goes (its grace period
// runs out), and only then is the new one created, at the cluster time kubectl would create it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harness, T0 } from './helpers.js';
import { SLEEPER } from '../fixtures/pods.js';

const created = '-o jsonpath={.metadata.creationTimestamp}';
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('podlab kubectl replace --force', () => {
  it('without a terminal: deleted, then replaced 30 s of cluster time later, and logged then', async () => {
    const h = harness();
    writeFileSync(join(h.home, 'pod.yaml'), SLEEPER);
    await h.kubectl('create -f pod.yaml');
    h.wall.ms += 60_000;
    const r = await h.kubectl('replace --force -f pod.yaml');
    expect(r).toMatchObject({ code: 0, out: 'pod "web" deleted\npod/web replaced\n', err: '' });
    // The clock moved on to the create, and a later process replays the create at that time.
    expect((await h.kubectl(`get pod web ${created}`)).out).toBe(iso(T0 + 90_000));
    expect((await h.clock()).out).toContain('(age 1m30s)');
  });

  it('in a terminal: the create waits, in real time, until the old Pod is gone', async () => {
    const h = harness();
    writeFileSync(join(h.home, 'pod.yaml'), SLEEPER);
    await h.kubectl('create -f pod.yaml');
    h.wall.ms += 60_000;
    const r = await h.kubectl('replace --force -f pod.yaml', { isLive: true });
    expect(r).toMatchObject({ code: 0, out: 'pod "web" deleted\npod/web replaced\n' });
    const at = Date.parse((await h.kubectl(`get pod web ${created}`)).out);
    expect(at).toBeGreaterThanOrEqual(T0 + 90_000);
    expect(at).toBeLessThan(T0 + 92_000);
  });

  it('in a terminal: Ctrl+C while waiting leaves the Pod deleted and creates nothing', async () => {
    const h = harness();
    writeFileSync(join(h.home, 'pod.yaml'), SLEEPER);
    await h.kubectl('create -f pod.yaml');
    h.wall.ms += 60_000;
    const r = await h.kubectl('replace --force -f pod.yaml', { isLive: true, onTick: (n) => n === 3 });
    expect(r).toMatchObject({ code: 130, out: 'pod "web" deleted\n' });
    h.wall.ms += 60_000;
    expect((await h.kubectl('get pod web')).code).toBe(1);
  });
});
