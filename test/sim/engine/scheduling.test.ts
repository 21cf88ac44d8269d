import { describe, expect, it } from 'vitest';
import { getObjectEvents } from '../../../src/sim/index.js';
import { act, cluster, createCmd, lastRow, pod, podYaml, run } from './helpers.js';

const cpuPod = (name: string, cpu: string, extra = '') => podYaml(name, `  - name: app
    image: nginx:1.27
    resources: {requests: {cpu: "${cpu}"}}
`, extra);

const NODE = `apiVersion: v1
kind: Node
metadata: {name: big, labels: {kubernetes.io/hostname: big}}
status:
  capacity: {cpu: "8", memory: 16Gi, pods: "110"}
  allocatable: {cpu: "8", memory: 16Gi, pods: "110"}
`;

describe('scheduling', () => {
  it('keeps an unschedulable pod Pending with the FailedScheduling message in its condition', () => {
    const s = run(cluster(cpuPod('big', '3')), 30_000);
    const p = pod(s, 'big')!;
    const cond = p.status!.conditions!.find((c) => c.type === 'PodScheduled')!;
    expect(cond).toMatchObject({ status: 'False', reason: 'Unschedulable' });
    expect(cond.message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
    expect(getObjectEvents(s, 'pod/big', 'default').map((e) => [e.reason, e.count])).toEqual([['FailedScheduling', 1]]);
  });

  it('retries when a node is added (between the 5-minute flushes, at 330 s and 660 s)', () => {
    let s = run(cluster(cpuPod('big', '3')), 600_000);
    expect(getObjectEvents(s, 'pod/big', 'default')[0].count).toBe(2);
    [s] = act(s, createCmd(NODE));
    s = run(s, 620_000);
    expect(pod(s, 'big')!.spec.nodeName).toBe('big');
    expect(lastRow(s, 'big')).toMatchObject({ status: 'Running' });
  });

  it('retries when a deleted pod has gone and freed its node', () => {
    const manifest = [cpuPod('a', '1500m'), cpuPod('b', '1500m'), cpuPod('c', '1500m')].join('---\n');
    let s = run(cluster(manifest), 20_000);
    expect(pod(s, 'c')!.spec.nodeName).toBeUndefined();
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: 'a' } });
    // nginx stops on SIGTERM at once; until then its requests still count.
    s = run(s, 40_000);
    expect(pod(s, 'c')!.spec.nodeName).toBeDefined();
    expect(getObjectEvents(s, 'pod/c', 'default').map((e) => e.reason)).toContain('Scheduled');
  });

  it('fails a pod that names a node without room (kubelet admission, OutOfcpu)', () => {
    const s = run(cluster(cpuPod('pinned', '3', '  nodeName: node01\n')), 5_000);
    const p = pod(s, 'pinned')!;
    expect(p.status).toMatchObject({ phase: 'Failed', reason: 'OutOfcpu' });
    expect(p.status!.message).toBe('Pod was rejected: Node didn\'t have enough resource: cpu, requested: 3000, used: 0, capacity: 2000');
    expect(lastRow(s, 'pinned')).toMatchObject({ ready: '0/1', status: 'OutOfcpu' });
    expect(getObjectEvents(s, 'pod/pinned', 'default').map((e) => `${e.type} ${e.reason}`)).toEqual(['Warning OutOfcpu']);
  });
});
