import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../../src/sim/api/types.js';
import { eventsOf } from '../../../src/sim/kubectl/describe/events.js';
import { describeNode } from '../../../src/sim/kubectl/describe/node.js';
import { describePod } from '../../../src/sim/kubectl/describe/pod.js';
import { FIXTURE_NOW } from './capture.js';
import { captured } from './fixtures.js';
import { worldView } from './world-view.js';
import { lease } from './worlds.js';

const view = worldView();

describe('kubectl describe matches kubectl v1.32', () => {
  it.each([['web'], ['crash'], ['big']])('describe pod %s', (name) => {
    const pod = view.get('Pod', 'default', name) as Pod;
    expect(describePod(pod, eventsOf(view.events('default'), 'Pod', name), FIXTURE_NOW)).toBe(captured(`describe-pod-${name}`).stdout);
  });

  it('describe node node01', () => {
    const node = view.get('Node', '', 'node01') as Node;
    const pods = view.list('Pod').filter((p) => (p as Pod).spec.nodeName === 'node01') as Pod[];
    const text = describeNode(node, pods, eventsOf(view.events(), 'Node', 'node01'), { holderIdentity: 'node01', renewTime: lease.spec.renewTime }, FIXTURE_NOW);
    expect(text).toBe(captured('describe-node').stdout);
  });
});
