import { describe, expect, it } from 'vitest';
import { getObjectEvents, getWatchRows } from '../../../src/sim/index.js';
import { act, cluster, pod, podYaml, run } from '../engine/helpers.js';

const shell = (extra = '') => podYaml('sleeper', `  - name: shell
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
${extra}`);

function removedAt(s: ReturnType<typeof cluster>, name: string): number | undefined {
  return getWatchRows(s).find((r) => r.name === name)?.removedAt;
}

describe('deletion', () => {
  it.each([
    ['the default 30 s grace period (a shell as PID 1 ignores SIGTERM)', undefined, '', 40_000],
    ['--grace-period=5', 5, '', 15_000],
    ['a preStop sleep that ends before the grace period', undefined, '    lifecycle: {preStop: {sleep: {seconds: 5}}}\n', 40_000],
  ])('waits out %s', (_name, grace, extra, gone) => {
    let s = run(cluster(shell(extra)), 10_000);
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: 'sleeper' }, ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}) });
    s = run(s, gone - 1);
    expect(pod(s, 'sleeper')).toBeDefined();
    s = run(s, gone);
    expect(removedAt(s, 'sleeper')).toBe(gone);
  });

  it('lets a process that handles SIGTERM stop early (nginx)', () => {
    let s = run(cluster(podYaml('web', '  - {name: nginx, image: "nginx:1.27"}\n')), 10_000);
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: 'web' } });
    s = run(s, 12_000);
    expect(pod(s, 'web')).toBeUndefined();
    expect(getObjectEvents(s, 'pod/web', 'default').filter((e) => e.reason === 'Killing').map((e) => e.message)).toEqual(['Stopping container nginx']);
  });

  it('removes a pod that was never scheduled at once', () => {
    let s = run(cluster(podYaml('big', '  - {name: app, image: "nginx:1.27", resources: {requests: {cpu: "64"}}}\n')), 5_000);
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: 'big' } });
    expect(pod(s, 'big')).toBeUndefined();
  });

  it('stops sidecars after the regular containers', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: side}
spec:
  initContainers:
  - {name: proxy, image: "nginx:1.27", restartPolicy: Always}
  containers:
  - {name: app, image: "busybox:1.36", command: ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]}
`;
    let s = run(cluster(yaml), 20_000);
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: 'side' } });
    s = run(s, 30_000);
    const killing = getObjectEvents(s, 'pod/side', 'default').filter((e) => e.reason === 'Killing');
    expect(killing.map((e) => [e.message, e.firstT])).toEqual([['Stopping container app', 20_000], ['Stopping container proxy', 20_000]]);
    expect(pod(s, 'side')).toBeUndefined();
  });
});
