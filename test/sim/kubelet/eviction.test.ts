import { describe, expect, it } from 'vitest';
import { getObject, getObjectEvents } from '../../../src/sim/index.js';
import { act, cluster, lastRow, pod, podYaml, run } from '../engine/helpers.js';

const hog = podYaml('hog', `  - name: stress
    image: polinux/stress
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "300M", "--vm-hang", "1"]
`, '  nodeName: node01\n');

const calm = podYaml('calm', `  - name: web
    image: nginx:1.27
    resources:
      requests: {memory: 512Mi}
      limits: {memory: 512Mi}
`, '  nodeName: node01\n');

describe('node-pressure eviction', () => {
  it('evicts the pod most over its memory request, with the kubelet\'s message', () => {
    let s = run(cluster([hog, calm].join('---\n')), 30_000);
    [s] = act(s, { kind: 'fault', fault: { type: 'memoryPressure', node: 'node01', availableBytes: 50 * 1024 * 1024 } });
    s = run(s, 40_000);
    const p = pod(s, 'hog')!;
    expect(p.status).toMatchObject({ phase: 'Failed', reason: 'Evicted' });
    expect(p.status!.message).toMatch(/^The node was low on resource: memory\. Threshold quantity: 100Mi, available: 50Mi\. Container stress was using \d+Ki, request is 0, has larger consumption of memory\. $/);
    expect(p.status!.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'TerminationByKubelet' });
    expect(getObjectEvents(s, 'pod/hog', 'default').map((e) => `${e.type} ${e.reason}`)).toContain('Warning Evicted');
    expect(pod(s, 'calm')!.status!.phase).toBe('Running');
    const node = getObject(s, 'Node', undefined, 'node01')!;
    expect(node.status!.conditions!.find((c) => c.type === 'MemoryPressure')).toMatchObject({ status: 'True', reason: 'KubeletHasInsufficientMemory' });
    expect(node.spec!.taints!.map((t) => t.key)).toContain('node.kubernetes.io/memory-pressure');
    expect(lastRow(s, 'hog')!.ready).toBe('0/1');
  });

  it('lifts MemoryPressure 5 minutes after the threshold was last met', () => {
    let s = run(cluster(hog), 30_000);
    [s] = act(s, { kind: 'fault', fault: { type: 'memoryPressure', node: 'node01' } });
    s = run(s, 40_000);
    const status = () => getObject(s, 'Node', undefined, 'node01')!.status!.conditions!.find((c) => c.type === 'MemoryPressure')!.status;
    s = run(s, 300_000);
    expect(status()).toBe('True');
    s = run(s, 400_000);
    expect(status()).toBe('False');
  });
});
