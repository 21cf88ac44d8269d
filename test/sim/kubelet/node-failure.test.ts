import { describe, expect, it } from 'vitest';
import { getObject, getObjectEvents } from '../../../src/sim/index.js';
import { act, cluster, lastRow, pod, podYaml, run } from '../engine/helpers.js';

const WEB = podYaml('web', `  - name: nginx
    image: nginx:1.27
`, '  nodeName: node01\n');

describe('node failure', () => {
  it('marks the node Unknown 50 s after its last heartbeat, then evicts its pods after 300 s', () => {
    let s = run(cluster(WEB), 62_000);
    [s] = act(s, { kind: 'fault', fault: { type: 'nodeDown', node: 'node01' } });
    // Last heartbeat at 60 s; the controller looks every 5 s and acts once 50 s have passed.
    s = run(s, 110_000);
    expect(getObject(s, 'Node', undefined, 'node01')!.status!.conditions!.find((c) => c.type === 'Ready')!.status).toBe('True');
    s = run(s, 115_000);
    const node = getObject(s, 'Node', undefined, 'node01')!;
    expect(node.status!.conditions!.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
    });
    expect(node.spec!.taints!.map((t) => `${t.key}:${t.effect}`)).toEqual([
      'node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute',
    ]);
    expect(pod(s, 'web')!.status!.conditions!.find((c) => c.type === 'Ready')!.status).toBe('False');
    // The kubelet cannot update container statuses: the row still says Running 1/1.
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running' });
    s = run(s, 414_000);
    expect(pod(s, 'web')!.metadata.deletionTimestamp).toBeUndefined();
    s = run(s, 415_000);
    const p = pod(s, 'web')!;
    expect(p.metadata.deletionTimestamp).toBeDefined();
    expect(p.status!.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ reason: 'DeletionByTaintManager' });
    expect(lastRow(s, 'web')).toMatchObject({ status: 'Terminating' });
    expect(getObjectEvents(s, 'pod/web', 'default').map((e) => e.reason)).toEqual(expect.arrayContaining(['NodeNotReady', 'TaintManagerEviction']));
  });

  it('finishes the deletion when the kubelet comes back', () => {
    let s = run(cluster(WEB), 10_000);
    [s] = act(s, { kind: 'fault', fault: { type: 'nodeDown', node: 'node01' } });
    s = run(s, 400_000);
    [s] = act(s, { kind: 'fault', fault: { type: 'nodeUp', node: 'node01' } });
    s = run(s, 405_000);
    expect(pod(s, 'web')).toBeUndefined();
  });
});
