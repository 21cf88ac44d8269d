// Pod updates the API server allows or refuses, and what a pod looks like when it is created.
import { describe, expect, it } from 'vitest';
import { admitObject, decode } from '../../../src/sim/api/index.js';
import type { KubeObject } from '../../../src/sim/api/types.js';
import { getObjectEvents, runUntil } from '../../../src/sim/index.js';
import { parseAllDocuments } from 'yaml';
import { act, cluster, lastRow, loadObjects, pod, run } from './helpers.js';

const gated = (gates: readonly string[]) => `apiVersion: v1
kind: Pod
metadata: {name: gated}
spec:
${gates.length > 0 ? `  schedulingGates:\n${gates.map((g) => `  - name: ${g}\n`).join('')}` : ''}  containers:
  - {name: web, image: "nginx:1.27"}
`;

/** The manifest admitted with its own seed, as a second `kubectl apply -f` would send it. */
function admittedWithSeed(yaml: string, seed: number): KubeObject {
  const decoded = decode(parseAllDocuments(yaml)[0].toJS());
  const admitted = admitObject(decoded.ok ? decoded.object! : ({} as KubeObject), seed);
  if (!admitted.ok || !admitted.object) throw new Error('refused');
  return admitted.object;
}

describe('scheduling gates', () => {
  it('marks a gated pod SchedulingGated at creation: its first row', () => {
    const s = cluster(gated(['example.com/a']));
    const rec = [...s.records.values()].find((r) => r.name === 'gated')!;
    expect(rec.rows.map((r) => r.status)).toEqual(['SchedulingGated']);
    expect(pod(s, 'gated')!.status!.conditions).toEqual([expect.objectContaining({
      type: 'PodScheduled', status: 'False', reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates',
    })]);
  });

  it('allows removing gates; the last one removed lets the scheduler place the pod', () => {
    let s = run(cluster(gated(['example.com/a', 'example.com/b'])), 5_000);
    let outcome;
    [s, , outcome] = act(s, { kind: 'apply', object: loadObjects(gated(['example.com/b']))[0] });
    expect(outcome).toMatchObject({ ok: true, action: 'configured' });
    s = run(s, 10_000);
    expect(lastRow(s, 'gated')!.status).toBe('SchedulingGated');
    [s, , outcome] = act(s, { kind: 'apply', object: loadObjects(gated([]))[0] });
    expect(outcome).toMatchObject({ ok: true, action: 'configured' });
    s = run(s, 30_000);
    expect(lastRow(s, 'gated')).toMatchObject({ ready: '1/1', status: 'Running' });
    expect(getObjectEvents(s, 'pod/gated', 'default').map((e) => e.reason)).not.toContain('FailedScheduling');
  });

  it('refuses adding a gate with the API server\'s words', () => {
    const s = cluster(gated(['example.com/a']));
    const [, , outcome] = act(s, { kind: 'apply', object: loadObjects(gated(['example.com/a', 'x']))[0] });
    expect(outcome).toMatchObject({
      ok: false,
      message: "Pod \"gated\" is invalid: spec.schedulingGates[1].name: Forbidden: only deletion is allowed, but found new scheduling gate 'x'",
    });
  });
});

describe('pod updates keep the service-account token volume of the live pod', () => {
  it('applies a pod admitted again (another kube-api-access name) as unchanged', () => {
    const yaml = gated([]);
    const s = cluster(yaml);
    const again = admittedWithSeed(yaml, 99);
    const volume = (o: KubeObject) => (o.kind === 'Pod' ? o.spec.volumes?.[0]?.name : undefined);
    expect(volume(again)).not.toBe(volume(pod(s, 'gated')!));
    expect(act(s, { kind: 'apply', object: again })[2]).toMatchObject({ ok: true, action: 'unchanged' });
  });
});

describe('a pod created with spec.nodeName', () => {
  it('is stored Pending, then its kubelet admits it (not inside the create call)', () => {
    const s = cluster('apiVersion: v1\nkind: Pod\nmetadata: {name: pinned}\nspec:\n  nodeName: node01\n  containers:\n  - {name: web, image: "nginx:1.27"}\n');
    expect(s.pods.size).toBe(0);
    const [after] = runUntil(s, 0);
    expect(after.pods.size).toBe(1);
    const rec = [...after.records.values()][0];
    expect(rec.rows.map((r) => `${r.t} ${r.status}`)).toEqual(['0 Pending', '0 ContainerCreating']);
  });
});
