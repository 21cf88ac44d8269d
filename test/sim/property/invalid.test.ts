// Property: a valid Pod with one thing made invalid is refused the way the API server refuses it
// (a 422 or a 400 with field paths and messages), never admitted and never thrown on.
import { describe, expect, it } from 'vitest';
import { createObject, formatApiError } from '../../../src/sim/api/index.js';
import { seedRng } from '../../../src/sim/rng.js';
import { Gen, validPod, type Json } from './gen.js';

const CASES = Number(process.env.PROPERTY_CASES ?? 300);

type Spec = Json & { containers: Json[]; initContainers?: Json[] };
const specOf = (pod: Json): Spec => pod.spec as Spec;
const first = (pod: Json): Json => specOf(pod).containers[0];

/** One way to break a pod, and the field path the refusal must name (a prefix of it). */
interface Breakage {
  readonly name: string;
  readonly path: string | ((pod: Json) => string);
  apply(pod: Json, g: Gen): void;
}

const BREAKAGES: readonly Breakage[] = [
  { name: 'upper-case pod name', path: 'metadata.name', apply: (p) => { (p.metadata as Json).name = 'Web_Server'; } },
  { name: 'pod name too long', path: 'metadata.name', apply: (p) => { (p.metadata as Json).name = 'x'.repeat(254); } },
  { name: 'no containers', path: 'spec.containers', apply: (p) => { specOf(p).containers = []; } },
  { name: 'bad container name', path: 'spec.containers[0].name', apply: (p) => { first(p).name = 'App!'; } },
  { name: 'missing container name', path: 'spec.containers[0].name', apply: (p) => { delete first(p).name; } },
  { name: 'duplicate container names', path: (p) => `spec.containers[${specOf(p).containers.length - 1}].name`, apply: (p) => { specOf(p).containers.push({ ...first(p) }); } },
  { name: 'missing image', path: 'spec.containers[0].image', apply: (p) => { delete first(p).image; } },
  { name: 'restart policy', path: 'spec.restartPolicy', apply: (p) => { specOf(p).restartPolicy = 'Sometimes'; } },
  { name: 'port out of range', path: 'spec.containers[0].ports[0].containerPort', apply: (p) => { first(p).ports = [{ containerPort: 70000 }]; } },
  { name: 'port protocol', path: 'spec.containers[0].ports[0].protocol', apply: (p) => { first(p).ports = [{ containerPort: 80, protocol: 'HTTP' }]; } },
  { name: 'negative period', path: 'spec.containers[0].livenessProbe.periodSeconds', apply: (p) => { first(p).livenessProbe = { exec: { command: ['true'] }, periodSeconds: -1 }; } },
  { name: 'probe without handler', path: 'spec.containers[0].readinessProbe', apply: (p) => { first(p).readinessProbe = { periodSeconds: 5 }; } },
  { name: 'two probe handlers', path: 'spec.containers[0].livenessProbe', apply: (p) => { first(p).livenessProbe = { exec: { command: ['true'] }, tcpSocket: { port: 80 } }; } },
  { name: 'liveness success threshold', path: 'spec.containers[0].livenessProbe.successThreshold', apply: (p) => { first(p).livenessProbe = { tcpSocket: { port: 80 }, successThreshold: 2 }; } },
  { name: 'request above limit', path: 'spec.containers[0].resources.requests', apply: (p) => { first(p).resources = { requests: { cpu: '2' }, limits: { cpu: '1' } }; } },
  { name: 'bad quantity', path: 'spec.containers[0].resources.limits', apply: (p, g) => { first(p).resources = { limits: { memory: g.pick(['1.5.5Gi', 'lots', '12XB', '--1']) } }; } },
  { name: 'negative quantity', path: 'spec.containers[0].resources.requests', apply: (p) => { first(p).resources = { requests: { cpu: '-100m' } }; } },
  { name: 'bad env name', path: 'spec.containers[0].env[0].name', apply: (p) => { first(p).env = [{ name: '', value: 'x' }]; } },
  { name: 'env with two sources', path: 'spec.containers[0].env[0].valueFrom', apply: (p) => { first(p).env = [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, configMapKeyRef: { name: 'c', key: 'k' } } }]; } },
  { name: 'bad fieldRef', path: 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath', apply: (p) => { first(p).env = [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.nothing' } } }]; } },
  { name: 'mount of a missing volume', path: 'spec.containers[0].volumeMounts[0].name', apply: (p) => { first(p).volumeMounts = [{ name: 'ghost', mountPath: '/ghost' }]; } },
  { name: 'relative mount path', path: 'spec.containers[0].volumeMounts[0].mountPath', apply: (p) => { specOf(p).volumes = [{ name: 'v', emptyDir: {} }]; first(p).volumeMounts = [{ name: 'v', mountPath: '' }]; } },
  { name: 'probe on an init container', path: 'spec.initContainers[0]', apply: (p) => { specOf(p).initContainers = [{ name: 'init-z', image: 'busybox', livenessProbe: { exec: { command: ['true'] } } }]; } },
  { name: 'zero deadline', path: 'spec.activeDeadlineSeconds', apply: (p) => { specOf(p).activeDeadlineSeconds = 0; } },
  { name: 'image pull policy', path: 'spec.containers[0].imagePullPolicy', apply: (p) => { first(p).imagePullPolicy = 'Sometimes'; } },
  { name: 'unknown field', path: 'spec.containers[0].imagePolicy', apply: (p) => { first(p).imagePolicy = 'Always'; } },
  { name: 'containers of the wrong type', path: 'spec.containers', apply: (p) => { (p.spec as Json).containers = 'app'; } },
  { name: 'port as a boolean', path: 'spec.containers[0].ports[0].containerPort', apply: (p) => { first(p).ports = [{ containerPort: true }]; } },
  { name: 'label value', path: 'metadata.labels', apply: (p) => { (p.metadata as Json).labels = { app: 'has spaces' }; } },
];

describe('invalid manifests are refused with Kubernetes field errors', () => {
  const cases = Array.from({ length: CASES }, (_, i) => 5000 + i);
  it.each(cases)('seed %i', (seed) => {
    const g = new Gen(seed);
    const pod = validPod(g, 'pod-0');
    const breakage = BREAKAGES[seed % BREAKAGES.length];
    breakage.apply(pod, g);
    const r = createObject(pod, seedRng(7));
    expect(r.ok, `${breakage.name} was admitted: ${JSON.stringify(pod)}`).toBe(false);
    if (r.ok) return;
    expect(['Invalid', 'BadRequest']).toContain(r.error.reason);
    const causes = 'causes' in r.error ? r.error.causes : [];
    expect(causes.length).toBeGreaterThan(0);
    for (const c of causes) {
      expect(typeof c.path).toBe('string');
      expect(c.message.length).toBeGreaterThan(0);
    }
    const path = typeof breakage.path === 'string' ? breakage.path : breakage.path(pod);
    expect(causes.map((c) => c.path).some((p) => p.startsWith(path)), `${breakage.name}: ${JSON.stringify(causes)}`).toBe(true);
    expect(formatApiError(r.error, { source: 'pod.yaml' }).length).toBeGreaterThan(0);
  });
});
