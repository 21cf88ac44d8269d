import { describe, expect, it } from 'vitest';
import { getObject, getPods, type SimCommand } from '../../../src/sim/index.js';
import { act, cluster, createCmd, lastRow, loadObjects, pod, run } from './helpers.js';

const WEB = `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers:
  - {name: nginx, image: "nginx:1.27"}
`;

describe('apply(state, command): refusals as values', () => {
  it.each<[string, SimCommand, string, string]>([
    ['create twice', createCmd(WEB), 'AlreadyExists', 'pods "web" already exists'],
    ['delete a missing pod', { kind: 'delete', ref: { kind: 'Pod', name: 'nope' } }, 'NotFound', 'pods "nope" not found'],
    ['create in a missing namespace', createCmd(WEB.replace('name: web,', 'name: web, namespace: dev,')), 'NotFound', 'namespaces "dev" not found'],
    ['scale a missing deployment', { kind: 'scale', ref: { kind: 'Deployment', name: 'nope' }, replicas: 2 }, 'NotFound', 'deployments.apps "nope" not found'],
    ['label over a value without --overwrite', { kind: 'label', ref: { kind: 'Pod', name: 'web' }, changes: { app: 'other' } }, 'Invalid', "'app' already has a value (web), and --overwrite is false (pods/web)"],
  ])('%s', (_name, command, reason, message) => {
    const s = cluster(WEB);
    const [, , outcome] = act(s, command);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.reason).toBe(reason);
      expect(outcome.message).toBe(message);
    }
  });

  it('refuses a pod spec change other than images', () => {
    const s = cluster(WEB);
    const changed = loadObjects(WEB.replace('containers:', 'restartPolicy: Never\n  containers:'))[0];
    const [, , outcome] = act(s, { kind: 'apply', object: changed });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });

  it('says unchanged when the same manifest is applied again', () => {
    const s = cluster(WEB);
    expect(act(s, { kind: 'apply', object: loadObjects(WEB)[0] })[2]).toMatchObject({ ok: true, action: 'unchanged' });
  });
});

describe('apply(state, command): changes', () => {
  it('restarts a container whose image changed (set image on a pod)', () => {
    let s = run(cluster(WEB), 20_000);
    [s] = act(s, { kind: 'setImage', ref: { kind: 'Pod', name: 'web' }, images: { nginx: 'nginx:1.26' } });
    s = run(s, 80_000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running', restarts: 1 });
    const cs = pod(s, 'web')!.status!.containerStatuses![0];
    expect(cs.image).toBe('docker.io/library/nginx:1.26');
    const killing = s.events.list.find((e) => e.reason === 'Killing');
    expect(killing?.message).toBe('Container nginx definition changed, will be restarted');
  });

  it('removes a pod at once with --grace-period=0 --force', () => {
    let s = run(cluster(WEB), 10_000);
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: 'web' }, gracePeriodSeconds: 0, force: true });
    expect(getPods(s)).toEqual([]);
    expect([...s.records.values()][0].removedAt).toBe(10_000);
  });

  it('records a warning for a command it cannot interpret, and changes nothing', () => {
    let s = cluster(WEB);
    const [next, , outcome] = act(s, { kind: 'unparsed', text: 'kubectl frobnicate pod web' });
    s = next;
    expect(outcome.ok).toBe(true);
    expect(s.warnings.map((w) => w.message)).toEqual(['could not interpret: kubectl frobnicate pod web']);
  });

  it('gives Services cluster IPs in 10.96.0.0/16, the same for the same name', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
    const ip = (seed: number) => getObject(cluster(svc, seed), 'Service', 'default', 'web')!.spec!.clusterIP;
    expect(ip(1)).toMatch(/^10\.96\.\d+\.\d+$/);
    expect(ip(1)).toBe(ip(2));
    expect(getObject(cluster(svc), 'Service', 'default', 'kubernetes')!.spec!.clusterIP).toBe('10.96.0.1');
  });
});
