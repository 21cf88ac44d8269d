import { describe, expect, it } from 'vitest';
import { createObject, formatApiError, SERVED_KINDS } from '../../../src/sim/api/index.js';
import { seedRng } from '../../../src/sim/rng.js';
import { admit } from './helpers.js';

const SHAPES: readonly Record<string, unknown>[] = [
  {}, { metadata: null }, { spec: null }, { spec: {} }, { spec: { template: {} } },
  { spec: { containers: [null, {}] } }, { spec: { template: { spec: { containers: [null] } } } },
  { status: { anything: [1, 'two'] } },
];

describe('odd but well-typed manifests are answered, never thrown on', () => {
  const cases = SERVED_KINDS.flatMap((k) => SHAPES.map((shape) => [`${k.kind} ${JSON.stringify(shape)}`, k.apiVersion, k.kind, shape] as const));
  it.each(cases)('%s', (_label, apiVersion, kind, shape) => {
    const r = createObject({ apiVersion, kind, metadata: { name: 'x' }, ...shape }, seedRng(1));
    if (!r.ok) expect(formatApiError(r.error).length).toBeGreaterThan(0);
    else expect(r.object?.kind).toBe(kind);
  });
});

describe('what kubectl --dry-run=client -o yaml prints can be created', () => {
  it('kubectl run nginx --image=nginx', () => {
    const p = admit({
      apiVersion: 'v1', kind: 'Pod',
      metadata: { creationTimestamp: null, labels: { run: 'nginx' }, name: 'nginx' },
      spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }], dnsPolicy: 'ClusterFirst', restartPolicy: 'Always' },
      status: {},
    });
    expect(p.kind === 'Pod' && p.status).toBeUndefined();
  });

  it('kubectl create deployment web --image=nginx', () => {
    const d = admit({
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { creationTimestamp: null, labels: { app: 'web' }, name: 'web' },
      spec: {
        replicas: 1, selector: { matchLabels: { app: 'web' } }, strategy: {},
        template: { metadata: { creationTimestamp: null, labels: { app: 'web' } }, spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }] } },
      },
      status: {},
    });
    expect(d.kind === 'Deployment' && d.spec.strategy?.type).toBe('RollingUpdate');
  });
});
