// The `exec` command: a Scenario's `kubectl exec POD -- CMD` changes the container's files.
import { describe, expect, it } from 'vitest';
import { getObjectEvents, init } from '../../../src/sim/index.js';
import { loadInput } from '../golden/harness.js';
import { act, cluster, lastRow, run, START } from './helpers.js';

const LIVE = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/healthy; sleep 600"]
    livenessProbe:
      exec: {command: ["cat", "/tmp/healthy"]}
      periodSeconds: 5
`;

const SCENARIO = `---
apiVersion: podlab.dev/v1
kind: Scenario
metadata: {name: break-it}
actions:
- at: 30s
  kubectl: kubectl exec web -- rm /tmp/healthy
`;

describe('exec command', () => {
  it('a Scenario removes the file the liveness probe reads: the container is restarted', () => {
    const s = run(init({ ...loadInput(LIVE + SCENARIO), startEpochMs: START }, 1), 29_000);
    expect(getObjectEvents(s, 'pod/web', 'default').map((e) => e.reason)).not.toContain('Unhealthy');
    const later = run(s, 120_000);
    const unhealthy = getObjectEvents(later, 'pod/web', 'default').filter((e) => e.reason === 'Unhealthy');
    expect(unhealthy[0]?.message).toMatch(/^Liveness probe failed: cat: (can't open '\/tmp\/healthy'|\/tmp\/healthy): No such file or directory/);
    expect(lastRow(later, 'web')!.restarts).toBe(1);
  });

  it.each([
    [{ pod: 'nope' }, 'NotFound', 'pods "nope" not found'],
    [{ pod: 'web', container: 'sidecar' }, 'BadRequest', 'container sidecar is not valid for pod web'],
  ])('refuses %j', (target, reason, message) => {
    const s = run(cluster(LIVE), 10_000);
    const [, , outcome] = act(s, { kind: 'exec', target, command: ['true'] });
    expect(outcome).toMatchObject({ ok: false, error: { reason }, message });
  });
});
