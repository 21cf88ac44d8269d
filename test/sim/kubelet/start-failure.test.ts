// A container whose command does not exist in its image: created, but never started.
import { describe, expect, it } from 'vitest';
import { getObjectEvents } from '../../../src/sim/index.js';
import { cluster, lastRow, pod, run } from '../engine/helpers.js';

const missing = (policy: string) => `apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  restartPolicy: ${policy}
  containers:
  - {name: app, image: "busybox:1.36", command: ["/app/run.sh"]}
`;

const RUNTIME = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: '
  + 'unable to start container process: exec: "/app/run.sh": stat /app/run.sh: no such file or directory: unknown';

describe('start failure (StartContainer fails)', () => {
  it.each([
    ['Always', 'RunContainerError', 'Running'],
    ['OnFailure', 'RunContainerError', 'Running'],
    ['Never', 'StartError', 'Failed'],
  ])('restartPolicy %s: STATUS %s right after the attempt, phase %s', (policy, status, phase) => {
    const s = run(cluster(missing(policy)), 3_000);
    expect(lastRow(s, 'app')).toMatchObject({ ready: '0/1', status, restarts: 0 });
    const cs = pod(s, 'app')!.status!.containerStatuses![0];
    const terminated = { reason: 'StartError', exitCode: 128, message: RUNTIME };
    if (policy === 'Never') expect(cs.state?.terminated).toMatchObject(terminated);
    else expect(cs).toMatchObject({ state: { waiting: { reason: 'RunContainerError', message: RUNTIME } }, lastState: { terminated } });
    const later = run(s, 4_000);
    expect(pod(later, 'app')!.status!.phase).toBe(phase);
  });

  it('records Created and `Error: <runtime message>`, never Started', () => {
    const s = run(cluster(missing('Always')), 20_000);
    const events = getObjectEvents(s, 'pod/app', 'default');
    expect(events.map((e) => e.reason)).not.toContain('Started');
    expect(events.find((e) => e.reason === 'Failed')).toMatchObject({ type: 'Warning', message: `Error: ${RUNTIME}` });
    expect(events.find((e) => e.reason === 'Created')).toBeDefined();
  });
});
