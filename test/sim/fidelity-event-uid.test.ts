// Events belong to one object by UID: a pod deleted and created again under the same name
// starts with no events in `kubectl describe`, while `kubectl get events` still lists the old
// pod's events until they expire.
import { describe, expect, it } from 'vitest';
import { getObjectEvents, getPod, init, runUntil } from '../../src/sim/index.js';
import { engineCluster, type EngineSession } from '../../src/sim/kubectl/engine-adapter.js';
import { runKubectl } from '../../src/sim/kubectl/execute/index.js';
import { loadObjects, START } from './engine/helpers.js';

/** One node, so both pods land on it and their events read the same. */
const NODE = `apiVersion: v1
kind: Node
metadata: {name: worker-1, labels: {kubernetes.io/hostname: worker-1}}
status:
  capacity: {cpu: "2", memory: 4Gi, pods: "110"}
  allocatable: {cpu: "2", memory: 4Gi, pods: "110"}
`;

/** web created at 0 s, deleted at 20 s (gone at once: nginx stops on SIGTERM), created again at 40 s. */
function recreated(): EngineSession {
  const s: EngineSession = { state: init({ objects: loadObjects(NODE), startEpochMs: START }, 1), commands: [] };
  const c = engineCluster(s);
  runKubectl(['run', 'web', '--image=nginx:1.27'], c, {});
  [s.state] = runUntil(s.state, 20_000);
  runKubectl(['delete', 'pod', 'web', '--wait=false'], c, {});
  [s.state] = runUntil(s.state, 40_000);
  expect(runKubectl(['run', 'web', '--image=nginx:1.27'], c, {}).exitCode).toBe(0);
  [s.state] = runUntil(s.state, 60_000);
  return s;
}

const lines = (text: string, word: string) => text.split('\n').filter((l) => l.includes(word));
/** The rows of describe's Events table with this reason. */
const eventRows = (text: string, reason: string) => text.split('\n').filter((l) => new RegExp(`^  (Normal|Warning) +${reason} `).test(l));

describe('events of a re-created pod', () => {
  it('kubectl describe shows only the new pod\'s events', () => {
    const s = recreated();
    const out = runKubectl(['describe', 'pod', 'web'], engineCluster(s), {}).stdout;
    expect(eventRows(out, 'Scheduled')).toEqual(['  Normal  Scheduled  20s   default-scheduler  Successfully assigned default/web to worker-1']);
    expect(eventRows(out, 'Pulled')).toHaveLength(1);
    expect(eventRows(out, 'Pulled')[0]).not.toContain('(x2');
    expect(eventRows(out, 'Killing')).toEqual([]);
  });

  it('kubectl get events still lists both pods\' events, each with its own count', () => {
    const s = recreated();
    const out = runKubectl(['get', 'events'], engineCluster(s), {}).stdout;
    expect(lines(out, 'Successfully assigned default/web to worker-1')).toHaveLength(2);
    expect(lines(out, 'Killing')).toHaveLength(1);
  });

  it('getObjectEvents with the UID gives the new pod\'s events only', () => {
    const s = recreated();
    const uid = getPod(s.state, 'default', 'web')!.metadata.uid!;
    const mine = getObjectEvents(s.state, 'pod/web', 'default', uid);
    expect(mine.map((e) => e.reason)).toEqual(['Scheduled', 'Pulled', 'Created', 'Started']);
    expect(mine.every((e) => e.count === 1 && e.firstT >= 40_000)).toBe(true);
    // Without a UID every pod of that name matches, as a field selector on the name alone does.
    expect(getObjectEvents(s.state, 'pod/web', 'default').length).toBeGreaterThan(mine.length);
  });
});
