import { describe, expect, it } from 'vitest';
import { createObject, formatApiError, type Pod } from '../../../src/sim/api/index.js';
import { seedRng } from '../../../src/sim/rng.js';
import { admit, pod, reject } from './helpers.js';

const asPod = (o: unknown): Pod => o as Pod;

describe('NamespaceLifecycle', () => {
  it('refuses an object in a namespace that does not exist, before validating it', () => {
    const raw = pod({ image: undefined }, {}, { namespace: 'dev' });
    expect(reject(raw)).toBe('Error from server (NotFound): error when creating "pod.yaml": namespaces "dev" not found');
  });

  it('uses the request namespace when the manifest names none', () => {
    const r = createObject(pod(), seedRng(1), { namespaces: ['default'], namespace: 'dev' });
    expect(!r.ok && formatApiError(r.error)).toBe('Error from server (NotFound): namespaces "dev" not found');
  });

  it('does not check cluster-scoped kinds', () => {
    expect(admit({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } }).metadata.name).toBe('dev');
  });
});

describe('Priority', () => {
  it.each([
    [{ priorityClassName: 'high' }, 'no PriorityClass with name high was found'],
    [{ priority: 100 }, 'the integer value of priority (100) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name'],
    [{ preemptionPolicy: 'Never' }, 'the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name'],
  ])('%j', (spec, detail) => {
    expect(reject(pod({}, spec))).toBe(`Error from server (Forbidden): error when creating "pod.yaml": pods "web" is forbidden: ${detail}`);
  });

  it('gives the system classes their values', () => {
    expect(asPod(admit(pod({}, { priorityClassName: 'system-node-critical' }))).spec.priority).toBe(2000001000);
  });

  it('knows classes the caller declares', () => {
    const r = createObject(pod({}, { priorityClassName: 'high' }), seedRng(1), { priorityClasses: { high: 1000 } });
    expect(r.ok && r.object?.kind === 'Pod' && r.object.spec.priority).toBe(1000);
  });
});

describe('ServiceAccount', () => {
  it('mounts the token into init containers too', () => {
    const p = asPod(admit(pod({}, { initContainers: [{ name: 'init', image: 'busybox' }] })));
    const mount = p.spec.initContainers?.[0].volumeMounts?.[0];
    expect(mount).toEqual({ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: p.spec.volumes?.[0].name, readOnly: true });
  });

  it('adds nothing when automount is off, but still names the account', () => {
    const p = asPod(admit(pod({}, { automountServiceAccountToken: false, serviceAccountName: 'builder' })));
    expect([p.spec.volumes, p.spec.containers[0].volumeMounts, p.spec.serviceAccountName, p.spec.serviceAccount])
      .toEqual([undefined, undefined, 'builder', 'builder']);
  });

  it('leaves a container that already mounts the path alone', () => {
    const p = asPod(admit(pod(
      { volumeMounts: [{ name: 'tok', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }] },
      { volumes: [{ name: 'tok', emptyDir: {} }] },
    )));
    expect(p.spec.volumes).toEqual([{ name: 'tok', emptyDir: {} }]);
  });

  it('can be turned off by the caller', () => {
    const r = createObject(pod(), seedRng(1), { mountServiceAccountToken: false });
    expect(r.ok && r.object?.kind === 'Pod' && r.object.spec.volumes).toBeUndefined();
  });
});

describe('DefaultTolerationSeconds', () => {
  it.each([
    [[{ operator: 'Exists' }], 1],
    [[{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' }], 2],
    [[{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }], 3],
    [[], 2],
  ])('%j ends with %i tolerations', (tolerations, count) => {
    expect(asPod(admit(pod({}, { tolerations }))).spec.tolerations).toHaveLength(count);
  });

  it('keeps a shorter tolerationSeconds the user chose', () => {
    const t = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 };
    expect(asPod(admit(pod({}, { tolerations: [t] }))).spec.tolerations).toEqual([
      t, { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
    ]);
  });
});

describe('refusals leave the generator unchanged', () => {
  it.each([
    [pod({ image: undefined })],
    [pod({}, {}, { namespace: 'nowhere' })],
    [pod({ imagee: 'x' })],
  ])('%#', (raw) => {
    const r = createObject(raw, seedRng(3), { namespaces: ['default'] });
    expect([r.ok, r.rng]).toEqual([false, seedRng(3)]);
  });
});
