import { describe, expect, it } from 'vitest';
import { getObjectEvents, getObjects, getPods } from '../../../src/sim/index.js';
import { computeHash, safeEncodeString } from '../../../src/sim/controllers/pod-template-hash.js';
import { act, cluster, run } from '../engine/helpers.js';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 4
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - {name: nginx, image: "nginx:1.27", readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 2}}
`;

describe('pod-template-hash', () => {
  it.each([
    ['0', '4'], ['9', 'f'], ['1234567890', '56789bcdf4'],
  ])('SafeEncodeString(%s) = %s', (input, out) => {
    expect(safeEncodeString(input)).toBe(out);
  });

  it('is stable for a template and changes with it', () => {
    const t = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    expect(computeHash(t)).toBe(computeHash(JSON.parse(JSON.stringify(t))));
    expect(computeHash(t)).not.toBe(computeHash({ ...t, spec: { containers: [{ name: 'c', image: 'nginx:1.26' }] } }));
    expect(computeHash(t)).toMatch(/^[bcdf456789]+$/);
  });
});

describe('Deployment controller', () => {
  it('creates <deployment>-<hash> and scales it up in one step', () => {
    const s = run(cluster(DEPLOY), 1_000);
    const [rs] = getObjects(s, 'ReplicaSet', 'default');
    expect(rs.metadata.name).toMatch(/^web-[bcdf456789]{6,10}$/);
    expect(rs.spec.template.metadata!.labels!['pod-template-hash']).toBe(rs.metadata.name!.slice(4));
    expect(getPods(s).map((p) => p.metadata.name!.slice(0, rs.metadata.name!.length))).toEqual(Array(4).fill(rs.metadata.name));
    expect(getObjectEvents(s, 'deployment/web', 'default').map((e) => e.message)).toEqual([`Scaled up replica set ${rs.metadata.name} from 0 to 4`]);
  });

  it('rolls out a new image with maxSurge/maxUnavailable 25%', () => {
    let s = run(cluster(DEPLOY), 30_000);
    [s] = act(s, { kind: 'setImage', ref: { kind: 'Deployment', name: 'web' }, images: { nginx: 'nginx:1.26' } });
    s = run(s, 120_000);
    const sets = getObjects(s, 'ReplicaSet', 'default');
    expect(sets).toHaveLength(2);
    const [oldRs, newRs] = sets;
    expect(oldRs.spec.replicas).toBe(0);
    expect(newRs.spec.replicas).toBe(4);
    expect(newRs.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('2');
    const scaling = getObjectEvents(s, 'deployment/web', 'default').map((e) => e.message);
    expect(scaling[1]).toBe(`Scaled up replica set ${newRs.metadata.name} from 0 to 1`);
    expect(scaling[2]).toBe(`Scaled down replica set ${oldRs.metadata.name} from 4 to 3`);
    expect(getPods(s).filter((p) => !p.metadata.deletionTimestamp).every((p) => p.spec.containers[0].image === 'nginx:1.26')).toBe(true);
  });
});
