import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../../src/sim/api/types.js';
import { nextInt, seedRng } from '../../../src/sim/rng.js';
import {
  admit, bypassesScheduler, isForDefaultScheduler, podScheduledCondition, schedule, type ScheduleResult,
} from '../../../src/sim/scheduler/index.js';
import { byNode, cluster, node, pod, podWith, running, withLabels, withTaint, workers } from './fixtures.js';

function place(p: Pod, nodes: Node[] = cluster(), pods: Map<string, Pod[]> = new Map(), seed = 1): ScheduleResult {
  return schedule(p, nodes, pods, seedRng(seed)).result;
}

const nodeOf = (r: ScheduleResult): string => (r.kind === 'scheduled' ? r.node : `<${r.kind}>`);
const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

describe('schedule: where a pod goes', () => {
  it.each<[string, Pod, Node[], Map<string, Pod[]>, string]>([
    ['the only untainted worker with room', podWith('p', { cpu: '1500m' }), cluster(), byNode(running('a', 'node01', { cpu: '1' })), 'node02'],
    ['the less loaded worker', podWith('p', { cpu: '100m', memory: '100Mi' }), cluster(), byNode(running('a', 'node01', { cpu: '1' })), 'node02'],
    ['the node matching required affinity', pod('p', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] }] } } } }),
    cluster((n) => withLabels(n, { zone: n.metadata.name === 'node02' ? 'b' : 'a' })), new Map(), 'node02'],
    ['the node matching the preferred term', pod('p', { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 50, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] } }] } } }),
    cluster((n) => (n.metadata.name === 'node01' ? withLabels(n, { disk: 'ssd' }) : n)), new Map(), 'node01'],
    ['away from a PreferNoSchedule taint', pod('p'),
      cluster((n) => (n.metadata.name === 'node02' ? withTaint(n, { key: 'spot', effect: 'PreferNoSchedule' }) : n)), new Map(), 'node01'],
    ['the control plane when tolerated and the workers are full', podWith('p', { cpu: '1500m' }, {
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }),
    cluster(), byNode(running('a', 'node01', { cpu: '1' }), running('b', 'node02', { cpu: '1' })), 'controlplane'],
    ['a cordoned node when the unschedulable taint is tolerated', pod('p', {
      tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists' }], nodeSelector: { 'kubernetes.io/hostname': 'node01' } }),
    cluster(workers((n) => ({ ...n, spec: { ...n.spec, unschedulable: true } }))), new Map(), 'node01'],
    ['a node whose finished pods no longer count', podWith('p', { cpu: '1500m' }), cluster(),
      byNode(running('a', 'node01', { cpu: '1' }), { ...running('done', 'node02', { cpu: '2' }), status: { phase: 'Succeeded' } }), 'node02'],
    ['the node with the image, all else equal', pod('p'),
      cluster((n) => (n.metadata.name === 'node02' ? { ...n, status: { ...n.status, images: [{ names: ['nginx:latest'], sizeBytes: 500 * 2 ** 20 }] } } : n)),
      new Map(), 'node02'],
  ])('%s', (_name, p, nodes, pods, expected) => {
    for (const seed of seeds.slice(0, 5)) expect(nodeOf(place(p, nodes, pods, seed))).toBe(expected);
  });

  it('a single feasible node wins without scoring or drawing', () => {
    const out = schedule(podWith('p', { cpu: '1500m' }), cluster(), byNode(running('a', 'node01', { cpu: '1' })), seedRng(7));
    expect(out).toEqual({ rng: seedRng(7), result: { kind: 'scheduled', node: 'node02', scores: [] } });
  });

  it('breaks a tie with one draw: node02 when it comes up 0, else node01 (heap pops node01 first)', () => {
    for (const seed of seeds) {
      const out = schedule(pod('p'), cluster(), new Map(), seedRng(seed));
      const [draw, next] = nextInt(seedRng(seed), 2);
      expect(nodeOf(out.result)).toBe(draw === 0 ? 'node02' : 'node01');
      expect(out.rng).toBe(next);
    }
  });

  it('the same seed always gives the same node, and seeds spread over both workers', () => {
    const picks = seeds.map((s) => nodeOf(place(pod('p'), cluster(), new Map(), s)));
    expect(seeds.map((s) => nodeOf(place(pod('p'), cluster(), new Map(), s)))).toEqual(picks);
    expect(new Set(picks)).toEqual(new Set(['node01', 'node02']));
  });

  it('reports every feasible node score', () => {
    const r = place(pod('p'));
    expect(r.kind === 'scheduled' && r.scores.map((s) => s.node)).toEqual(['node01', 'node02']);
  });

  it('a pod nominated by preemption takes its node when it fits, unscored', () => {
    const p = pod('p', {}, { status: { nominatedNodeName: 'node02' } });
    expect(schedule(p, cluster(), new Map(), seedRng(3))).toEqual({ rng: seedRng(3), result: { kind: 'scheduled', node: 'node02', scores: [] } });
  });
});

describe('schedule: gates, bypass and preemption', () => {
  it('a gated pod is not tried, and its condition says so', () => {
    const r = place(pod('g', { schedulingGates: [{ name: 'example.com/wait' }] }));
    expect(r).toEqual({ kind: 'gated', gates: ['example.com/wait'] });
    expect(r.kind === 'gated' && podScheduledCondition(r)).toEqual({
      type: 'PodScheduled', status: 'False', reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates' });
  });

  it('an unschedulable pod gets PodScheduled=False, Unschedulable, with the message', () => {
    const r = place(podWith('big', { cpu: '3' }));
    expect(r.kind === 'unschedulable' && podScheduledCondition(r)).toEqual({
      type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: r.kind === 'unschedulable' ? r.message : '' });
  });

  it('nodeName bypasses the scheduler, and the kubelet runs it even on the tainted control plane', () => {
    const p = pod('pinned', { nodeName: 'controlplane' });
    expect(bypassesScheduler(p)).toBe(true);
    expect(admit(p, cluster()[0], [])).toEqual({ ok: true });
  });

  it.each([[undefined, true], ['default-scheduler', true], ['my-scheduler', false]])('schedulerName %s → default scheduler: %s', (name, want) => {
    expect(isForDefaultScheduler(pod('p', name ? { schedulerName: name } : {}))).toBe(want);
  });

  it('preempts the lower-priority pod whose node needs the fewest, latest-started victims', () => {
    const pods = byNode(
      running('old', 'node01', { cpu: '1' }, {}, '2025-01-01T00:00:00Z'),
      running('new', 'node02', { cpu: '1' }, {}, '2025-01-01T00:01:00Z'),
    );
    const r = place(podWith('vip', { cpu: '1500m' }, { priority: 1000 }), cluster(), pods);
    expect(r.kind).toBe('unschedulable');
    if (r.kind !== 'unschedulable') return;
    expect(r.message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu.');
    expect(r.preemption?.node).toBe('node02');
    expect(r.preemption?.victims.map((v) => v.metadata.name)).toEqual(['new']);
  });

  it('reprieves the most important pods and evicts only what is needed', () => {
    const pods = byNode(
      running('p1', 'n', { cpu: '500m' }, { priority: 0 }, '2025-01-01T00:00:00Z'),
      running('p2', 'n', { cpu: '500m' }, { priority: 100 }),
      running('p3', 'n', { cpu: '1' }, { priority: 0 }, '2025-01-01T00:05:00Z'),
    );
    const r = place(podWith('vip', { cpu: '1' }, { priority: 1000 }), [node('n')], pods);
    expect(r.kind === 'unschedulable' && r.preemption).toMatchObject({ node: 'n' });
    expect(r.kind === 'unschedulable' && r.preemption?.victims.map((v) => v.metadata.name)).toEqual(['p3']);
  });

  it('prefers the node whose highest victim priority is lowest', () => {
    const pods = byNode(running('mid', 'a', { cpu: '2' }, { priority: 500 }), running('low', 'b', { cpu: '2' }, { priority: 10 }));
    const r = place(podWith('vip', { cpu: '1' }, { priority: 1000 }), [node('a'), node('b')], pods);
    expect(r.kind === 'unschedulable' && r.preemption?.node).toBe('b');
  });
});
