import { describe, expect, it } from 'vitest';
import { applyDefaults, decode, defaultPullPolicy, type KubeObject, type Pod } from '../../../src/sim/api/index.js';
import { seedRng } from '../../../src/sim/rng.js';
import { admit, pod } from './helpers.js';

const SUFFIX = /^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/;

/** The parts of a stored Pod every `kubectl get pod -o yaml` shows the same way. */
function apiAccess(name: string) {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
}

const TOLERATIONS = [
  { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
  { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
];

const asPod = (o: KubeObject): Pod => {
  if (o.kind !== 'Pod') throw new Error(`not a pod: ${o.kind}`);
  return o;
};

describe('the classic documentation Pods, as kubectl get pod -o yaml shows them', () => {
  it('simple-pod.yaml (nginx:1.14.2 with a port)', () => {
    const stored = asPod(admit({
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx' },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
    }));
    const volume = stored.spec.volumes?.[0].name ?? '';
    expect(volume).toMatch(SUFFIX);
    expect(stored).toEqual({
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name: 'nginx', namespace: 'default' },
      spec: {
        containers: [{
          image: 'nginx:1.14.2', imagePullPolicy: 'IfNotPresent', name: 'nginx',
          ports: [{ containerPort: 80, protocol: 'TCP' }], resources: {},
          terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
          volumeMounts: [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volume, readOnly: true }],
        }],
        dnsPolicy: 'ClusterFirst', enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 0,
        restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {},
        serviceAccount: 'default', serviceAccountName: 'default', terminationGracePeriodSeconds: 30,
        tolerations: TOLERATIONS, volumes: [apiAccess(volume)],
      },
    });
  });

  it('exec-liveness.yaml: probe defaults and Always for an untagged image', () => {
    const stored = asPod(admit({
      apiVersion: 'v1', kind: 'Pod', metadata: { labels: { test: 'liveness' }, name: 'liveness-exec' },
      spec: { containers: [{
        name: 'liveness', image: 'registry.k8s.io/busybox',
        args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
        livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
      }] },
    }));
    const c = stored.spec.containers[0];
    expect(c.imagePullPolicy).toBe('Always');
    expect(c.livenessProbe).toEqual({
      exec: { command: ['cat', '/tmp/healthy'] }, failureThreshold: 3, initialDelaySeconds: 5,
      periodSeconds: 5, successThreshold: 1, timeoutSeconds: 1,
    });
  });

  it('http-liveness.yaml: httpGet gets scheme HTTP, the given path stays', () => {
    const stored = asPod(admit(pod({ livenessProbe: { httpGet: { path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] } } })));
    expect(stored.spec.containers[0].livenessProbe?.httpGet).toEqual({
      httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }], path: '/healthz', port: 8080, scheme: 'HTTP',
    });
  });

  it('memory-request-limit.yaml: quantities stored as written when already canonical', () => {
    const stored = asPod(admit(pod({ resources: { requests: { memory: '100Mi' }, limits: { memory: '200Mi' } } })));
    expect(stored.spec.containers[0].resources).toEqual({ limits: { memory: '200Mi' }, requests: { memory: '100Mi' } });
  });

  it('cpu-request-limit.yaml: "0.5" is stored as 500m', () => {
    const stored = asPod(admit(pod({ resources: { limits: { cpu: '1' }, requests: { cpu: '0.5' } } })));
    expect(stored.spec.containers[0].resources).toEqual({ limits: { cpu: '1' }, requests: { cpu: '500m' } });
  });

  it('limits alone are copied into requests (Guaranteed), in Pods only', () => {
    const stored = asPod(admit(pod({ resources: { limits: { cpu: '500m', memory: '128Mi' } } })));
    expect(stored.spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } });
  });

  it('a request that is set is not overwritten by its limit', () => {
    const stored = asPod(admit(pod({ resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '250m' } } })));
    expect(stored.spec.containers[0].resources?.requests).toEqual({ cpu: '250m', memory: '1Gi' });
  });
});

describe('quantities are stored canonically', () => {
  it.each([
    ['0.5', '500m'], [0.5, '500m'], ['1024Mi', '1Gi'], ['1.5Gi', '1536Mi'], ['1000M', '1G'], ['1', '1'], [2, '2'],
    ['100m', '100m'], ['0.1', '100m'], ['2048Ki', '2Mi'], ['128974848000m', '128974848'], ['129e6', '129e6'],
    ['1.0', '1'], ['0.0001', '1m'], ['100u', '1m'], ['1n', '1m'], ['250m', '250m'], ['500Mi', '500Mi'],
  ])('%j → %s', (input, stored) => {
    const p = asPod(admit(pod({ resources: { limits: { cpu: input } } })));
    expect(p.spec.containers[0].resources?.limits?.cpu).toBe(stored);
    expect(p.spec.containers[0].resources?.requests?.cpu).toBe(stored);
  });

  it('emptyDir sizeLimit is canonical but not rounded', () => {
    const p = asPod(admit(pod({}, { volumes: [{ name: 'cache', emptyDir: { sizeLimit: '1024Mi' } }] })));
    expect(p.spec.volumes?.[0]).toEqual({ name: 'cache', emptyDir: { sizeLimit: '1Gi' } });
  });
});

describe('imagePullPolicy by tag', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  it.each([
    ['nginx', 'Always'], ['nginx:latest', 'Always'], ['nginx:1.25', 'IfNotPresent'], ['busybox:1.28', 'IfNotPresent'],
    ['registry.k8s.io/busybox', 'Always'], ['docker.io/library/nginx:1.25', 'IfNotPresent'],
    ['localhost:5000/app', 'Always'], ['localhost:5000/app:v1', 'IfNotPresent'],
    [`nginx@${digest}`, 'IfNotPresent'], [`nginx:latest@${digest}`, 'Always'],
    ['Nginx', 'IfNotPresent'], ['', 'IfNotPresent'],
  ])('%j → %s', (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy);
  });

  it('an explicit policy is kept', () => {
    expect(asPod(admit(pod({ image: 'nginx', imagePullPolicy: 'Never' }))).spec.containers[0].imagePullPolicy).toBe('Never');
  });
});

describe('volume defaults (TestPodDefaults)', () => {
  it('modes, hostPath type, token lifetime and fieldRef version', () => {
    const p = asPod(admit(pod({}, { volumes: [
      { name: 'a', configMap: { name: 'cfg' } },
      { name: 'b', secret: { secretName: 's' } },
      { name: 'c', hostPath: { path: '/var/log' } },
      { name: 'd', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
      { name: 'e', projected: { sources: [{ serviceAccountToken: { path: 'tok' } }] } },
    ] })));
    expect(p.spec.volumes?.slice(0, 5)).toEqual([
      { name: 'a', configMap: { defaultMode: 420, name: 'cfg' } },
      { name: 'b', secret: { defaultMode: 420, secretName: 's' } },
      { name: 'c', hostPath: { path: '/var/log', type: '' } },
      { name: 'd', downwardAPI: { defaultMode: 420, items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.labels' }, path: 'labels' }] } },
      { name: 'e', projected: { defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3600, path: 'tok' } }] } },
    ]);
  });

  it('hostNetwork makes each hostPort the containerPort', () => {
    const p = asPod(admit(pod({ ports: [{ containerPort: 8080 }] }, { hostNetwork: true })));
    expect(p.spec.containers[0].ports).toEqual([{ containerPort: 8080, hostPort: 8080, protocol: 'TCP' }]);
  });
});

describe('other kinds', () => {
  it('nginx-deployment.yaml: apps/v1 defaults, template defaults without Pod-only ones', () => {
    const d = admit({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'nginx-deployment', labels: { app: 'nginx' } },
      spec: { replicas: 3, selector: { matchLabels: { app: 'nginx' } }, template: {
        metadata: { labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '0.5' } } }] },
      } },
    });
    expect(d).toEqual({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'nginx-deployment', namespace: 'default', labels: { app: 'nginx' } },
      spec: {
        progressDeadlineSeconds: 600, replicas: 3, revisionHistoryLimit: 10, selector: { matchLabels: { app: 'nginx' } },
        strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
        template: {
          metadata: { labels: { app: 'nginx' } },
          spec: {
            containers: [{
              image: 'nginx:1.14.2', imagePullPolicy: 'IfNotPresent', name: 'nginx', ports: [{ containerPort: 80, protocol: 'TCP' }],
              resources: { limits: { cpu: '500m' } }, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
            }],
            dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {},
            terminationGracePeriodSeconds: 30,
          },
        },
      },
    });
  });

  it('a Recreate Deployment gets no rollingUpdate; replicas 0 stays 0', () => {
    const d = admit({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: {
      replicas: 0, strategy: { type: 'Recreate' }, selector: { matchLabels: { a: 'b' } },
      template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    } });
    expect(d.kind === 'Deployment' && [d.spec.replicas, d.spec.strategy]).toEqual([0, { type: 'Recreate' }]);
  });

  it('a ReplicaSet gets one replica', () => {
    const rs = admit({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs' }, spec: {
      selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    } });
    expect(rs.kind === 'ReplicaSet' && rs.spec.replicas).toBe(1);
  });

  it('a Service from the docs', () => {
    const s = admit({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'my-service' },
      spec: { selector: { 'app.kubernetes.io/name': 'MyApp' }, ports: [{ protocol: 'TCP', port: 80, targetPort: 9376 }] } });
    expect(s).toEqual({
      apiVersion: 'v1', kind: 'Service', metadata: { name: 'my-service', namespace: 'default' },
      spec: {
        internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack',
        ports: [{ port: 80, protocol: 'TCP', targetPort: 9376 }], selector: { 'app.kubernetes.io/name': 'MyApp' },
        sessionAffinity: 'None', type: 'ClusterIP',
      },
      status: { loadBalancer: {} },
    });
  });

  it('a NodePort Service: targetPort defaults to port, external traffic policy Cluster', () => {
    const s = admit({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { type: 'NodePort', ports: [{ port: 8080 }] } });
    expect(s.kind === 'Service' && s.spec).toMatchObject({ externalTrafficPolicy: 'Cluster', ports: [{ port: 8080, protocol: 'TCP', targetPort: 8080 }] });
  });

  it('a Namespace gets its name label, the kubernetes finalizer and phase Active', () => {
    expect(admit({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev', namespace: 'ignored' } })).toEqual({
      apiVersion: 'v1', kind: 'Namespace',
      metadata: { name: 'dev', labels: { 'kubernetes.io/metadata.name': 'dev' } },
      spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' },
    });
  });

  it('a Secret: stringData is encoded into data, type Opaque', () => {
    expect(admit({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'YQ==' }, stringData: { password: 'p@ss 한' } })).toEqual({
      apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' },
      data: { a: 'YQ==', password: 'cEBzcyDtlZw=' }, type: 'Opaque',
    });
  });

  it('a Node: allocatable defaults to capacity, quantities canonical', () => {
    const n = admit({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, status: { capacity: { cpu: 2, memory: '4096Mi', pods: '110' } } });
    expect(n.kind === 'Node' && n.status).toEqual({
      capacity: { cpu: '2', memory: '4Gi', pods: '110' }, allocatable: { cpu: '2', memory: '4Gi', pods: '110' },
    });
  });
});

describe('generateName', () => {
  const generated = (seed: number, generateName: string): string => {
    const r = decode(pod({}, {}, { name: undefined, generateName }));
    if (!r.ok || !r.object) throw new Error('decode failed');
    return applyDefaults(r.object, seedRng(seed))[0].metadata.name ?? '';
  };

  it('appends five characters from the upstream alphabet, the same for the same seed', () => {
    expect(generated(1, 'web-')).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(generated(1, 'web-')).toBe(generated(1, 'web-'));
    expect(generated(1, 'web-')).not.toBe(generated(2, 'web-'));
  });

  it('cuts a long base to 58 characters', () => {
    expect(generated(1, 'x'.repeat(70))).toHaveLength(63);
  });

  it('leaves the generator alone when nothing is generated', () => {
    const r = decode(pod({}, { automountServiceAccountToken: false }));
    if (!r.ok || !r.object) throw new Error('decode failed');
    expect(applyDefaults(r.object, seedRng(5))[1]).toBe(seedRng(5));
  });
});
