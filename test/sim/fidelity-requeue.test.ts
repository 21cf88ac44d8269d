// The scheduling queue gives a Pending pod another try when something that may let it fit
// changes (the pod's own tolerations, a node, a pod that goes away), after the pod's backoff,
// and every 5 minutes regardless; each failed try counts in the FailedScheduling event.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { getObjectEvents, init, runUntil, type SimState } from '../../src/sim/index.js';
import { engineCluster, type EngineSession } from '../../src/sim/kubectl/engine-adapter.js';
import { runKubectl } from '../../src/sim/kubectl/execute/index.js';
import type { ExecEnv } from '../../src/sim/kubectl/index.js';
import { act, cluster, createCmd, loadObjects, pod, run, START } from './engine/helpers.js';

const TOLERATION = `  tolerations:
  - key: node-role.kubernetes.io/control-plane
    operator: Exists
    effect: NoSchedule
`;

/** A pod that only the (tainted) control-plane node matches. */
const cpPod = (tolerate: boolean) => `apiVersion: v1
kind: Pod
metadata:
  name: cp
spec:
  nodeSelector:
    node-role.kubernetes.io/control-plane: ""
${tolerate ? TOLERATION : ''}  containers:
  - name: app
    image: nginx:1.27
`;

const withFile = (yaml: string): ExecEnv => ({ readManifests: () => ({ ok: true, documents: parseAllDocuments(yaml).map((d) => d.toJS()) }) });

/** The scheduler's events of a pod, with their counts. */
const counts = (s: SimState, name: string) => getObjectEvents(s, `pod/${name}`, 'default')
  .filter((e) => e.source === 'default-scheduler').map((e) => `${e.reason} x${e.count}`);

const applyCmd = (yaml: string) => ({ kind: 'apply' as const, object: loadObjects(yaml)[0], admit: true });

describe('a Pending pod updated in place is tried again', () => {
  it('kubectl apply adding the toleration schedules it within seconds', () => {
    const s: EngineSession = { state: init({ objects: [], startEpochMs: START }, 1), commands: [] };
    const c = engineCluster(s);
    expect(runKubectl(['apply', '-f', 'cp.yaml'], c, withFile(cpPod(false))).exitCode).toBe(0);
    [s.state] = runUntil(s.state, 30_000);
    expect(runKubectl(['get', 'pod', 'cp', '-o', 'jsonpath={.status.phase}'], c, {}).stdout).toBe('Pending');
    expect(runKubectl(['apply', '-f', 'cp.yaml'], c, withFile(cpPod(true)))).toMatchObject({ stdout: 'pod/cp configured\n', exitCode: 0 });
    [s.state] = runUntil(s.state, 35_000);
    expect(runKubectl(['get', 'pod', 'cp', '-o', 'jsonpath={.spec.nodeName}'], c, {}).stdout).toBe('controlplane');
    expect(counts(s.state, 'cp')).toEqual(['FailedScheduling x1', 'Scheduled x1']);
  });

  it('waits out the backoff of its last attempt (1 s after the first failure)', () => {
    let s = cluster(cpPod(false));
    s = run(s, 400);
    [s] = act(s, applyCmd(cpPod(true)));
    s = run(s, 999);
    expect(pod(s, 'cp')!.spec.nodeName).toBeUndefined();
    s = run(s, 1000);
    expect(pod(s, 'cp')!.spec.nodeName).toBe('controlplane');
  });

  it('an update that does not touch what rejected it leaves it alone', () => {
    let s = run(cluster(cpPod(false)), 30_000);
    [s] = act(s, { kind: 'label', ref: { kind: 'Pod', name: 'cp' }, changes: { tier: 'db' } });
    s = run(s, 60_000);
    expect(counts(s, 'cp')).toEqual(['FailedScheduling x1']);
  });
});

const NODE_SELECTOR_POD = `apiVersion: v1
kind: Pod
metadata:
  name: ssd
spec:
  nodeSelector:
    disk: ssd
  containers:
  - name: app
    image: nginx:1.27
`;

describe('cluster changes move unschedulable pods back, after their backoff', () => {
  it('a node label that now matches', () => {
    let s = run(cluster(NODE_SELECTOR_POD), 20_000);
    [s] = act(s, { kind: 'label', ref: { kind: 'Node', name: 'node02' }, changes: { disk: 'ssd' } });
    s = run(s, 21_000);
    expect(pod(s, 'ssd')!.spec.nodeName).toBe('node02');
  });

  it('the second failure (the 5-minute flush at 330 s) backs off 2 s: a change at 331.5 s is tried at 332 s', () => {
    let s = run(cluster(NODE_SELECTOR_POD), 331_500);
    expect(counts(s, 'ssd')).toEqual(['FailedScheduling x2']);
    [s] = act(s, { kind: 'label', ref: { kind: 'Node', name: 'node02' }, changes: { disk: 'ssd' } });
    s = run(s, 331_999);
    expect(pod(s, 'ssd')!.spec.nodeName).toBeUndefined();
    s = run(s, 332_000);
    expect(pod(s, 'ssd')!.spec.nodeName).toBe('node02');
  });
});

describe('pods left unschedulable for over 5 minutes are flushed back (30 s flush period)', () => {
  it.each([
    [329_000, 1],
    [330_000, 2],
    [659_000, 2],
    [660_000, 3],
    [3_600_000, 11],
  ])('at %i ms the FailedScheduling count is %i', (t, count) => {
    const s = run(cluster(cpPod(false)), t);
    expect(counts(s, 'cp')).toEqual([`FailedScheduling x${count}`]);
  });

  it('kubectl describe shows the count over the time since the first failure', () => {
    const s: EngineSession = { state: init({ objects: loadObjects(cpPod(false)), startEpochMs: START }, 1), commands: [] };
    [s.state] = runUntil(s.state, 340_000);
    const out = runKubectl(['describe', 'pod', 'cp'], engineCluster(s), {}).stdout;
    expect(out).toMatch(/Warning {2}FailedScheduling {2}10s \(x2 over 5m40s\) {2}default-scheduler {2}0\/3 nodes are available/);
  });

  it('costs timers, not polling: a day of one Pending pod fires a few hundred of them', () => {
    const s = run(cluster(cpPod(false)), 86_400_000);
    expect(counts(s, 'cp')).toEqual(['FailedScheduling x262']);
    expect(s.queue.nextSeq).toBeLessThan(1_000);
  });
});

describe('a pod that goes away frees room (already modelled; now with backoff)', () => {
  const cpuPod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  terminationGracePeriodSeconds: 0
  containers:
  - name: app
    image: nginx:1.27
    resources: {requests: {cpu: "1500m"}}
`;
  it('the Pending pod is scheduled once the deleted pod is gone', () => {
    let s = run(cluster([cpuPod('a'), cpuPod('b'), cpuPod('c')].join('---\n')), 20_000);
    expect(pod(s, 'c')!.spec.nodeName).toBeUndefined();
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: 'a' }, gracePeriodSeconds: 0, force: true });
    s = run(s, 20_001);
    expect(pod(s, 'c')!.spec.nodeName).toBeDefined();
  });

  it('a new node is tried after the backoff, not at once', () => {
    let s = run(cluster(cpuPod('big').replace('1500m', '3')), 500);
    [s] = act(s, createCmd(`apiVersion: v1
kind: Node
metadata: {name: big, labels: {kubernetes.io/hostname: big}}
status:
  capacity: {cpu: "8", memory: 16Gi, pods: "110"}
  allocatable: {cpu: "8", memory: 16Gi, pods: "110"}
`));
    s = run(s, 999);
    expect(pod(s, 'big')!.spec.nodeName).toBeUndefined();
    s = run(s, 1000);
    expect(pod(s, 'big')!.spec.nodeName).toBe('big');
  });
});
