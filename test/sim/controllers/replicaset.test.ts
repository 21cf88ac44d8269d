import { describe, expect, it } from 'vitest';
import { getObject, getObjectEvents, getPods } from '../../../src/sim/index.js';
import { act, cluster, run } from '../engine/helpers.js';

const RS = `apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: frontend}
spec:
  replicas: 3
  selector: {matchLabels: {tier: frontend}}
  template:
    metadata: {labels: {tier: frontend}}
    spec:
      containers:
      - {name: web, image: "nginx:1.27"}
`;

const active = (s: ReturnType<typeof cluster>) => getPods(s).filter((p) => !p.metadata.deletionTimestamp);

describe('ReplicaSet controller', () => {
  it('creates <rs>-<5 chars> pods it owns, with an event each', () => {
    const s = run(cluster(RS), 1_000);
    const pods = getPods(s);
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^frontend-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'ReplicaSet', name: 'frontend', controller: true })]);
    }
    expect(getObjectEvents(s, 'replicaset/frontend', 'default').map((e) => e.message))
      .toEqual(pods.map((p) => `Created pod: ${p.metadata.name}`));
  });

  it('replaces a deleted pod at once, while the old one terminates', () => {
    let s = run(cluster(RS), 10_000);
    const victim = getPods(s)[0].metadata.name!;
    [s] = act(s, { kind: 'delete', ref: { kind: 'Pod', name: victim } });
    s = run(s, 10_000);
    expect(active(s)).toHaveLength(3);
    expect(active(s).map((p) => p.metadata.name)).not.toContain(victim);
  });

  it('scales down newest-and-least-ready first, and keeps status', () => {
    let s = run(cluster(RS), 10_000);
    [s] = act(s, { kind: 'scale', ref: { kind: 'ReplicaSet', name: 'frontend' }, replicas: 5 });
    s = run(s, 11_000);
    const newer = active(s).filter((p) => p.status?.phase === 'Pending').map((p) => p.metadata.name).sort();
    expect(newer).toHaveLength(2);
    [s] = act(s, { kind: 'scale', ref: { kind: 'ReplicaSet', name: 'frontend' }, replicas: 3 });
    s = run(s, 11_000);
    const deleted = getObjectEvents(s, 'replicaset/frontend', 'default').filter((e) => e.reason === 'SuccessfulDelete')
      .map((e) => e.message.replace('Deleted pod: ', '')).sort();
    expect(deleted).toEqual(newer);
    s = run(s, 30_000);
    expect(getObject(s, 'ReplicaSet', 'default', 'frontend')!.status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3 });
  });

  it('adopts a matching orphan pod instead of creating one', () => {
    const orphan = 'apiVersion: v1\nkind: Pod\nmetadata: {name: stray, labels: {tier: frontend}}\nspec:\n  containers:\n  - {name: web, image: "nginx:1.27"}\n';
    const s = run(cluster(`${orphan}---\n${RS}`), 1_000);
    expect(getPods(s)).toHaveLength(3);
    expect(getPods(s).find((p) => p.metadata.name === 'stray')!.metadata.ownerReferences![0].name).toBe('frontend');
  });
});
