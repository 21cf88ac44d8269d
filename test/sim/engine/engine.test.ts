import { describe, expect, it } from 'vitest';
import { getEvents, getPods, getWatchRows, runUntil } from '../../../src/sim/index.js';
import { cluster, lastRow, run } from './helpers.js';

const MANIFEST = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    livenessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 1}
    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 1}
---
apiVersion: v1
kind: Pod
metadata: {name: crash}
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "exit 1"]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  replicas: 2
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      containers:
      - name: app
        image: nginx:1.27
`;

function snapshot(seed: number, t: number): string {
  const s = run(cluster(MANIFEST, seed), t);
  return JSON.stringify({ pods: getPods(s), events: getEvents(s), rows: getWatchRows(s) });
}

describe('engine', () => {
  it('throws when time would move back', () => {
    const s = run(cluster(MANIFEST), 10_000);
    expect(() => runUntil(s, 9_999)).toThrow(/cannot move time back/);
  });

  it('gives identical results for the same input and seed', () => {
    expect(snapshot(7, 120_000)).toBe(snapshot(7, 120_000));
  });

  it('differs across seeds only in names, UIDs and tie-breaks', () => {
    const statuses = (seed: number) => {
      const s = run(cluster(MANIFEST, seed), 120_000);
      return getWatchRows(s).map((r) => r.rows.map((x) => `${x.t} ${x.ready} ${x.status} ${x.restarts}`).join(','));
    };
    expect(statuses(1)).toEqual(statuses(2));
    const names = (seed: number) => getPods(run(cluster(MANIFEST, seed), 1_000)).map((p) => p.metadata.name);
    expect(names(1)).not.toEqual(names(2));
  });

  it('runs 24 simulated hours of a probed pod and a crash loop', () => {
    const s = run(cluster(MANIFEST), 24 * 3_600_000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running', restarts: 0 });
    // After the 300 s cap: one restart per 5 minutes (plus start-up), so about 288 in a day.
    expect(lastRow(s, 'crash')!.restarts).toBeGreaterThan(280);
    expect(lastRow(s, 'crash')!.restarts).toBeLessThan(295);
  });

  it('returns the events that occurred during each call', () => {
    const s = cluster(MANIFEST);
    const [, first] = runUntil(s, 5_000);
    const [, second] = runUntil(s, 6_000);
    expect(first.map((e) => e.reason)).toContain('Scheduled');
    expect(second.every((e) => e.t > 5_000 && e.t <= 6_000)).toBe(true);
  });
});
