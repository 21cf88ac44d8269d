// Score numbers worked out by hand from the upstream formulas (see comments per case).
import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../../src/sim/api/types.js';
import { nodeState } from '../../../src/sim/scheduler/node-state.js';
import { defaultNormalizeScore, normalizedImageName, scoreNodes } from '../../../src/sim/scheduler/scores.js';
import { node, pod, podWith, running, withTaint } from './fixtures.js';

function scores(p: Pod, nodes: Node[], pods: Pod[] = []) {
  const states = nodes.map((n) => nodeState(n, pods.filter((x) => x.spec.nodeName === n.metadata.name)));
  return scoreNodes(p, states, states);
}

describe('defaultNormalizeScore', () => {
  it.each<[number[], boolean, number[]]>([
    [[0, 0], false, [0, 0]],
    [[0, 0], true, [100, 100]],
    [[1, 3], false, [33, 100]],
    [[1, 3], true, [67, 0]],
  ])('%j reverse=%s → %j', (raw, reverse, want) => {
    expect(defaultNormalizeScore(raw, reverse)).toEqual(want);
  });
});

describe('scoreNodes', () => {
  it('an empty 2-cpu/4Gi node for a 500m/1Gi pod: 3×100 + 75 + 100 = 475', () => {
    // LeastAllocated: cpu (2000-500)/2000 → 75, memory 3Gi/4Gi → 75; balanced: 0.25 vs 0.25 → 100.
    expect(scores(podWith('p', { cpu: '500m', memory: '1Gi' }), [node('a'), node('b')])[0]).toEqual({
      node: 'a', total: 475,
      plugins: { TaintToleration: 100, NodeAffinity: 0, NodeResourcesFit: 75, NodeResourcesBalancedAllocation: 100, ImageLocality: 0 },
    });
  });

  it('a loaded node scores lower: 441 against 494', () => {
    // a: fit cpu 1100/2000 → 45, memory (200Mi stand-in + 100Mi)/4Gi → 92, mean 68;
    //    balanced |0.55 − 0.0244|/2 → 73.7 → 73.  b: fit 95 and 97 → 96; balanced 98.7 → 98.
    const out = scores(podWith('p', { cpu: '100m', memory: '100Mi' }), [node('a'), node('b')], [running('x', 'a', { cpu: '1' })]);
    expect(out.map((s) => [s.node, s.plugins.NodeResourcesFit, s.plugins.NodeResourcesBalancedAllocation, s.total]))
      .toEqual([['a', 68, 73, 441], ['b', 96, 98, 494]]);
  });

  it('a pod with no requests skips BalancedAllocation and is scored with 100m/200Mi stand-ins', () => {
    // fit: cpu 100/2000 → 95, memory 200Mi/4Gi → 95.1 → 95.
    const [a] = scores(pod('p'), [node('a'), node('b')]);
    expect([a.plugins.NodeResourcesFit, a.plugins.NodeResourcesBalancedAllocation, a.total]).toEqual([95, 0, 395]);
  });

  it('PreferNoSchedule taints: more untolerated taints, lower score; tolerated ones do not count', () => {
    const pns = (key: string) => ({ key, effect: 'PreferNoSchedule' as const });
    const nodes = [withTaint(withTaint(node('two'), pns('x')), pns('y')), withTaint(node('one'), pns('x')), node('none'),
      withTaint(node('tolerated'), pns('ok'))];
    const p = pod('p', { tolerations: [{ key: 'ok', operator: 'Exists', effect: 'PreferNoSchedule' }] });
    expect(scores(p, nodes).map((s) => s.plugins.TaintToleration)).toEqual([0, 50, 100, 100]);
  });

  it('a NoSchedule toleration does not excuse a PreferNoSchedule taint', () => {
    const nodes = [withTaint(node('a'), { key: 'x', effect: 'PreferNoSchedule' }), node('b')];
    const p = pod('p', { tolerations: [{ key: 'x', operator: 'Exists', effect: 'NoSchedule' }] });
    expect(scores(p, nodes).map((s) => s.plugins.TaintToleration)).toEqual([0, 100]);
  });

  it('ImageLocality: a 500Mi image on 1 of 3 nodes scores 14', () => {
    // 500Mi × 1/3 = 174762666; 100 × (174762666 − 23Mi) / (1000Mi − 23Mi) = 14.7 → 14.
    const withImage = node('a', { images: [{ names: ['docker.io/library/nginx:1.25', 'nginx:latest'], sizeBytes: 500 * 2 ** 20 }] });
    expect(scores(pod('p'), [withImage, node('b'), node('c')]).map((s) => s.plugins.ImageLocality)).toEqual([14, 0, 0]);
  });
});

describe('normalizedImageName', () => {
  it.each([
    ['nginx', 'nginx:latest'],
    ['nginx:1.25', 'nginx:1.25'],
    ['registry.local:5000/app', 'registry.local:5000/app:latest'],
    ['docker.io/library/nginx', 'docker.io/library/nginx:latest'],
  ])('%s → %s', (name, want) => {
    expect(normalizedImageName(name)).toBe(want);
  });
});
