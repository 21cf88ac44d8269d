import { describe, expect, it } from 'vitest';
import { getObjectEvents, getWatchRows, init } from '../../../src/sim/index.js';
import { act, cluster, createCmd, lastRow, loadObjects, pod, run, START } from '../engine/helpers.js';

const rows = (s: ReturnType<typeof cluster>, name: string) =>
  getWatchRows(s).find((r) => r.name === name)!.rows.map((r) => `${r.ready} ${r.status} ${r.restarts}`);

const withInit = (policy: string) => `apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  restartPolicy: ${policy}
  initContainers:
  - {name: migrate, image: "busybox:1.36", command: ["sh", "-c", "echo migrating; exit 2"]}
  containers:
  - {name: app, image: "nginx:1.27"}
`;

describe('container lifecycle', () => {
  it('retries a failing init container with backoff (Init:Error, Init:CrashLoopBackOff)', () => {
    const s = run(cluster(withInit('Always')), 60_000);
    expect(rows(s, 'app').slice(0, 5)).toEqual(['0/1 Pending 0', '0/1 Init:0/1 0', '0/1 Init:Error 0', '0/1 Init:Error 1', '0/1 Init:CrashLoopBackOff 1']);
    expect(pod(s, 'app')!.status!.phase).toBe('Pending');
  });

  it('fails the pod when an init container fails under restartPolicy Never', () => {
    const s = run(cluster(withInit('Never')), 60_000);
    expect(lastRow(s, 'app')).toMatchObject({ ready: '0/1', status: 'Init:Error', restarts: 0 });
    expect(pod(s, 'app')!.status!.phase).toBe('Failed');
  });

  it('kills a container whose postStart hook fails', () => {
    const s = run(cluster(`apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  containers:
  - name: web
    image: nginx:1.27
    lifecycle: {postStart: {exec: {command: ["sh", "-c", "exit 1"]}}}
`), 30_000);
    const reasons = getObjectEvents(s, 'pod/app', 'default').map((e) => `${e.reason}: ${e.message}`);
    expect(reasons).toEqual(expect.arrayContaining(['FailedPostStartHook: PostStartHook failed', 'Killing: FailedPostStartHook']));
    expect(lastRow(s, 'app')!.restarts).toBeGreaterThan(0);
  });

  it('refuses to pull under imagePullPolicy Never (ErrImageNeverPull)', () => {
    const s = run(cluster('apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n  - {name: web, image: "nginx:1.27", imagePullPolicy: Never}\n'), 15_000);
    expect(lastRow(s, 'app')!.status).toBe('ErrImageNeverPull');
    expect(pod(s, 'app')!.status!.containerStatuses![0].state!.waiting!.message).toBe('Container image "nginx:1.27" is not present with pull policy of Never');
  });

  it('runs a Scenario fault at its time (kill a container)', () => {
    const objects = loadObjects('apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n  - {name: web, image: "nginx:1.27"}\n');
    const actions = [{ at: 20_000, command: { kind: 'fault' as const, fault: { type: 'killContainer' as const, target: { pod: 'app' } } } }];
    const s = run(init({ objects, scenario: { actions }, startEpochMs: START }, 1), 30_000);
    const cs = pod(s, 'app')!.status!.containerStatuses![0];
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState!.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
  });

  it('counts a ready sidecar in READY', () => {
    const s = run(cluster(`apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  initContainers:
  - {name: proxy, image: "nginx:1.27", restartPolicy: Always}
  containers:
  - {name: web, image: "nginx:1.27"}
`), 30_000);
    expect(lastRow(s, 'app')).toMatchObject({ ready: '2/2', status: 'Running' });
  });

  it('fails a pod past its activeDeadlineSeconds (DeadlineExceeded)', () => {
    const s = run(cluster('apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  activeDeadlineSeconds: 10\n  containers:\n  - {name: job, image: "nginx:1.27"}\n'), 20_000);
    expect(pod(s, 'app')!.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' });
    expect(getObjectEvents(s, 'pod/app', 'default').filter((e) => e.reason === 'DeadlineExceeded').map((e) => e.firstT)).toEqual([10_000]);
  });
});

describe('volumes', () => {
  it('waits in ContainerCreating while a ConfigMap volume is missing, then starts', () => {
    let s = run(cluster(`apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts: [{name: cfg, mountPath: /etc/app}]
  volumes:
  - name: cfg
    configMap: {name: app-config}
`), 20_000);
    expect(lastRow(s, 'app')!.status).toBe('ContainerCreating');
    const failed = getObjectEvents(s, 'pod/app', 'default').filter((e) => e.reason === 'FailedMount');
    expect(failed.map((e) => e.message)).toEqual(['MountVolume.SetUp failed for volume "cfg" : configmap "app-config" not found']);
    // At 0, 0.5, 1.5, 3.5, 7.5 and 15.5 s: the retry delay doubles from 500 ms.
    expect(failed[0].count).toBe(6);
    [s] = act(s, createCmd('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-config}\ndata: {a: b}\n'));
    s = run(s, 60_000);
    expect(lastRow(s, 'app')).toMatchObject({ ready: '1/1', status: 'Running' });
  });
});
