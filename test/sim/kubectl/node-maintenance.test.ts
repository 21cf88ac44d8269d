// kubectl cordon, uncordon and drain over the simulator engine: kubectl v1.32's words
// (staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go, pkg/drain/filters.go) and their effects.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { init, runUntil } from '../../../src/sim/index.js';
import { engineCluster, type EngineSession } from '../../../src/sim/kubectl/engine-adapter.js';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';
import type { ExecEnv } from '../../../src/sim/kubectl/index.js';
import { parseKubectl } from '../../../src/sim/kubectl/parse.js';

const START = Date.UTC(2025, 0, 1);

const WORKLOADS = `
apiVersion: v1
kind: Pod
metadata: {name: solo}
spec:
  containers: [{name: app, image: nginx:1.25}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.25}]
`;

const CACHE = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: cache}
spec:
  replicas: 1
  selector: {matchLabels: {app: cache}}
  template:
    metadata: {labels: {app: cache}}
    spec:
      containers: [{name: app, image: redis:7, volumeMounts: [{name: scratch, mountPath: /data}]}]
      volumes: [{name: scratch, emptyDir: {}}]
`;

const withFile = (yaml: string): ExecEnv => ({ readManifests: () => ({ ok: true, documents: parseAllDocuments(yaml).map((d) => d.toJS()) }) });

/** A cluster whose Pods all run on node01 (node02 was cordoned while they were scheduled). */
function onNode01(yaml = WORKLOADS) {
  const s: EngineSession = { state: init({ objects: [], startEpochMs: START }, 1), commands: [] };
  const cluster = engineCluster(s);
  /** One command line; a word with spaces (a jsonpath template) goes in as an array item. */
  const k = (line: string | readonly string[], env: ExecEnv = {}) => runKubectl(typeof line === 'string' ? line.split(' ') : line, cluster, env);
  expect(k('cordon node02').stdout).toBe('node/node02 cordoned\n');
  expect(k('apply -f pods.yaml', withFile(yaml)).exitCode).toBe(0);
  [s.state] = runUntil(s.state, 30_000);
  expect(k('uncordon node02').stdout).toBe('node/node02 uncordoned\n');
  const run = (ms: number) => { [s.state] = runUntil(s.state, s.state.now + ms); };
  const nodes = () => k(['get', 'pods', '-o', 'jsonpath={range .items[*]}{.metadata.name}={.spec.nodeName} {end}']).stdout.trim().split(' ');
  return { s, k, run, nodes };
}

describe('cordon and uncordon', () => {
  it('marks the node unschedulable, taints it, and says so once', () => {
    const { k } = onNode01();
    expect(k('cordon node01')).toMatchObject({ stdout: 'node/node01 cordoned\n', stderr: '', exitCode: 0 });
    expect(k('cordon node01')).toMatchObject({ stdout: 'node/node01 already cordoned\n', exitCode: 0 });
    expect(k('get node node01 -o jsonpath={.spec.unschedulable}').stdout).toBe('true');
    expect(k('get nodes').stdout).toMatch(/\nnode01 +Ready,SchedulingDisabled +<none>/);
    const described = k('describe node node01').stdout;
    expect(described).toContain('Taints:             node.kubernetes.io/unschedulable:NoSchedule\nUnschedulable:      true\n');
    expect(k('uncordon node01')).toMatchObject({ stdout: 'node/node01 uncordoned\n', exitCode: 0 });
    expect(k('uncordon node01')).toMatchObject({ stdout: 'node/node01 already uncordoned\n', exitCode: 0 });
    expect(k('get node node01 -o jsonpath={.spec.unschedulable}{.spec.taints}').stdout).toBe('');
    expect(k('describe node node01').stdout).toContain('Taints:             <none>\nUnschedulable:      false\n');
  });

  it('keeps running Pods where they are, and sends new ones elsewhere', () => {
    const { k, run, nodes } = onNode01();
    k('cordon node01');
    expect(k('run late --image=nginx:1.25').exitCode).toBe(0);
    run(30_000);
    expect(nodes().filter((n) => n.endsWith('=node01'))).toHaveLength(3);
    expect(nodes()).toContain('late=node02');
  });

  it('leaves a new Pod Pending while every worker is cordoned, until one is uncordoned', () => {
    const { k, run } = onNode01();
    k('cordon node01');
    k('cordon node02');
    k('run late --image=nginx:1.25');
    run(10_000);
    expect(k('get pod late -o jsonpath={.status.phase}').stdout).toBe('Pending');
    expect(k('describe pod late').stdout).toContain('2 node(s) were unschedulable');
    k('uncordon node02');
    run(30_000);
    expect(k(['get', 'pod', 'late', '-o', 'jsonpath={.spec.nodeName} {.status.phase}']).stdout).toBe('node02 Running');
  });

  it.each([
    ['client', 'node/node01 cordoned (dry run)\n'],
    ['server', 'node/node01 cordoned (server dry run)\n'],
  ])('--dry-run=%s prints and changes nothing', (mode, stdout) => {
    const { k } = onNode01();
    expect(k(`cordon node01 --dry-run=${mode}`).stdout).toBe(stdout);
    expect(k('get node node01 -o jsonpath={.spec.unschedulable}').stdout).toBe('');
  });

  it('cordons the nodes a selector picks, in name order', () => {
    const { k } = onNode01();
    expect(k('cordon -l kubernetes.io/os=linux').stdout)
      .toBe('node/controlplane cordoned\nnode/node01 cordoned\nnode/node02 cordoned\n');
    expect(k('uncordon --selector=kubernetes.io/hostname=node02').stdout).toBe('node/node02 uncordoned\n');
  });

  it('refuses a node that does not exist, before changing anything', () => {
    const { k } = onNode01();
    const r = k('cordon node01 node09');
    expect(r).toMatchObject({ stdout: '', stderr: 'Error from server (NotFound): nodes "node09" not found\n', exitCode: 1 });
    expect(r.hint).toContain('kubectl get nodes');
    expect(k('get node node01 -o jsonpath={.spec.unschedulable}').stdout).toBe('');
  });
});

describe('refused command lines', () => {
  it.each([
    [['cordon'], "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n"],
    [['uncordon'], "error: USAGE: uncordon NODE [flags]\nSee 'kubectl uncordon -h' for help and examples\n"],
    [['drain'], "error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n"],
    [['drain', 'node01', '-l', 'a=b'], "error: cannot specify both a node name and a --selector option\nSee 'kubectl drain -h' for help and examples\n"],
    [['drain', 'node01', '--timeout=5x'], 'error: invalid argument "5x" for "--timeout" flag: time: invalid duration "5x"\nSee \'kubectl drain --help\' for usage.\n'],
    [['cordon', 'node01', '--dry-run=maybe'], 'error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n'],
    [['drain', 'node01', '--pod-selector=a in b'], 'error: --pod-selector=<pod_selector> must be a valid label selector\n'],
    [['cordon', 'node01', '--force'], "error: unknown flag: --force\nSee 'kubectl cordon --help' for usage.\n"],
  ])('%j', (argv, stderr) => {
    expect(parseKubectl(argv)).toMatchObject({ ok: false, stderr, exitCode: 1 });
  });

  it('reads the drain flags learners use', () => {
    const r = parseKubectl(['drain', 'node01', '--ignore-daemonsets', '--delete-emptydir-data', '--force', '--grace-period=5', '--timeout=2m30s', '--dry-run=server']);
    expect(r).toMatchObject({ ok: true, request: { verb: 'drain', nodes: ['node01'], ignoreDaemonsets: true, deleteEmptyDirData: true, force: true, gracePeriod: 5, dryRun: 'server' } });
  });
});

describe('drain', () => {
  it('stops at a bare Pod: cordons, evicts nothing, and says which Pod and flag', () => {
    const { s, k } = onNode01();
    const before = s.commands.length;
    const r = k('drain node01 --ignore-daemonsets');
    expect(r.stdout).toBe('node/node01 cordoned\n');
    expect(r.stderr).toBe('error: unable to drain node "node01" due to error: cannot delete Pods that declare no controller (use --force to override): default/solo, continuing command...\n'
      + 'There are pending nodes to be drained:\n node01\n'
      + 'cannot delete Pods that declare no controller (use --force to override): default/solo\n');
    expect(r.exitCode).toBe(1);
    expect(r.hint).toContain('--force');
    expect(s.commands.slice(before).map((c) => c.kind)).toEqual(['replace']);
  });

  it('with --force evicts every Pod; the ReplicaSet re-creates its Pods on another node', () => {
    const { k, run, nodes } = onNode01();
    const web = nodes().filter((n) => n.startsWith('web-')).map((n) => n.split('=')[0]).sort();
    const r = k('drain node01 --ignore-daemonsets --force');
    expect(r.stdout).toBe(['node/node01 cordoned', 'evicting pod default/solo', ...web.map((w) => `evicting pod default/${w}`),
      'pod/solo evicted', ...web.map((w) => `pod/${w} evicted`), 'node/node01 drained', ''].join('\n'));
    expect(r.stderr).toBe('Warning: deleting Pods that declare no controller: default/solo\n');
    expect(r.waitFor?.map((w) => w.name)).toEqual(['solo', ...web]);
    run(60_000);
    const after = nodes();
    expect(after.some((n) => n.startsWith('solo='))).toBe(false);
    expect(after.filter((n) => n.startsWith('web-'))).toHaveLength(2);
    expect(after.every((n) => n.endsWith('=node02'))).toBe(true);
    expect(k('get deploy web -o jsonpath={.status.readyReplicas}').stdout).toBe('2');
  });

  it('needs --delete-emptydir-data for a Pod with an emptyDir volume', () => {
    const { k } = onNode01(CACHE);
    const pod = k('get pods -o jsonpath={.items[0].metadata.name}').stdout;
    expect(k('drain node01').stderr).toBe(`error: unable to drain node "node01" due to error: cannot delete Pods with local storage (use --delete-emptydir-data to override): default/${pod}, continuing command...\n`
      + `There are pending nodes to be drained:\n node01\ncannot delete Pods with local storage (use --delete-emptydir-data to override): default/${pod}\n`);
    expect(k('drain node01 --delete-emptydir-data')).toMatchObject({
      stdout: `node/node01 already cordoned\nevicting pod default/${pod}\npod/${pod} evicted\nnode/node01 drained\n`, stderr: '', exitCode: 0,
    });
  });

  it('evicts with the given --grace-period', () => {
    const { s, k } = onNode01();
    k('drain node01 --force --grace-period=5');
    expect(s.commands.filter((c) => c.kind === 'delete').map((c) => (c as { gracePeriodSeconds?: number }).gracePeriodSeconds)).toEqual([5, 5, 5]);
  });

  it.each([
    ['client', ' (dry run)'],
    ['server', ' (server dry run)'],
  ])('--dry-run=%s lists what it would evict and changes nothing', (mode, suffix) => {
    const { k, nodes } = onNode01();
    const before = nodes();
    const r = k(`drain node01 --force --dry-run=${mode}`);
    expect(r.stdout.split('\n')[0]).toBe(`node/node01 cordoned${suffix}`);
    expect(r.stdout).toContain(`evicting pod default/solo${suffix}\n`);
    expect(r.stdout).not.toContain('evicted');
    expect(r.stdout.endsWith(`node/node01 drained${suffix}\n`)).toBe(true);
    expect(r.waitFor).toBeUndefined();
    expect(nodes()).toEqual(before);
    expect(k('get node node01 -o jsonpath={.spec.unschedulable}').stdout).toBe('');
  });

  it('evicts only the Pods --pod-selector picks', () => {
    const { k } = onNode01();
    const r = k('drain node01 --pod-selector=app=web');
    expect(r.stdout).not.toContain('solo');
    expect(r.stdout.match(/^evicting pod default\/web-/gm)).toHaveLength(2);
    expect(r.exitCode).toBe(0);
  });

  it('drains an empty node at once', () => {
    const { k } = onNode01();
    expect(k('drain node02')).toMatchObject({ stdout: 'node/node02 cordoned\nnode/node02 drained\n', stderr: '', exitCode: 0 });
  });

  it('with a selector cordons every node first, then drains each and lists the ones left', () => {
    const { k } = onNode01();
    const r = k('drain -l kubernetes.io/os=linux');
    expect(r.stdout).toBe('node/controlplane cordoned\nnode/node01 cordoned\nnode/node02 cordoned\nnode/controlplane drained\nnode/node02 drained\n');
    expect(r.stderr).toMatch(/\nThere are pending nodes to be drained:\n node01\ncannot delete Pods that declare no controller \(use --force to override\): default\/solo\n$/);
  });
});
