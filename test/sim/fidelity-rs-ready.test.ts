// A ReplicaSet (and so its Deployment) recounts ready pods on every pod update, whatever made
// the pod NotReady: here the node lifecycle controller marks the pods of a silent node.
import { describe, expect, it } from 'vitest';
import { getObject, getPods, init, runUntil } from '../../src/sim/index.js';
import { engineCluster, type EngineSession } from '../../src/sim/kubectl/engine-adapter.js';
import { runKubectl } from '../../src/sim/kubectl/execute/index.js';
import { act, START } from './engine/helpers.js';

function deployment(): EngineSession {
  const s: EngineSession = { state: init({ objects: [], startEpochMs: START }, 1), commands: [] };
  runKubectl(['create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=4'], engineCluster(s), {});
  [s.state] = runUntil(s.state, 10_000);
  [s.state] = act(s.state, { kind: 'fault', fault: { type: 'nodeDown', node: 'node01' } });
  return s;
}

const onNode01 = (s: EngineSession) => getPods(s.state).filter((p) => p.spec.nodeName === 'node01').length;
const readyColumn = (s: EngineSession) => runKubectl(['get', 'deploy', 'web', '--no-headers'], engineCluster(s), {}).stdout.split(/\s+/)[1];

describe('ReplicaSet and Deployment readiness when a node goes silent', () => {
  it('before the node controller acts (65 s) the Deployment is still 4/4', () => {
    const s = deployment();
    [s.state] = runUntil(s.state, 64_000);
    expect(readyColumn(s)).toBe('4/4');
  });

  it('once its pods turn NotReady, READY drops by the pods on that node', () => {
    const s = deployment();
    [s.state] = runUntil(s.state, 70_000);
    const lost = onNode01(s);
    expect(lost).toBeGreaterThan(0);
    expect(readyColumn(s)).toBe(`${4 - lost}/4`);
    const rs = getPods(s.state)[0].metadata.ownerReferences![0].name;
    expect(getObject(s.state, 'ReplicaSet', 'default', rs)!.status).toMatchObject({ readyReplicas: 4 - lost, availableReplicas: 4 - lost });
    const d = getObject(s.state, 'Deployment', 'default', 'web')!;
    expect(d.status).toMatchObject({ readyReplicas: 4 - lost, availableReplicas: 4 - lost, unavailableReplicas: lost });
  });

  it('when the node comes back, READY returns to 4/4', () => {
    const s = deployment();
    [s.state] = runUntil(s.state, 70_000);
    [s.state] = act(s.state, { kind: 'fault', fault: { type: 'nodeUp', node: 'node01' } });
    [s.state] = runUntil(s.state, 80_000);
    expect(readyColumn(s)).toBe('4/4');
  });
});
