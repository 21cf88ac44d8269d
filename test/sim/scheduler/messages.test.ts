// Full FailedScheduling messages for the classic cases, on the default cluster unless noted.
import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../../src/sim/api/types.js';
import { seedRng } from '../../../src/sim/rng.js';
import { schedule, type SchedulerOptions } from '../../../src/sim/scheduler/index.js';
import {
  byNode, CP_TAINT, cluster, container, node, NOT_HELPFUL_3, pod, podWith, running, withLabels, withTaint, workers,
} from './fixtures.js';

function messageOf(p: Pod, nodes: Node[], pods: Map<string, Pod[]> = new Map(), options: SchedulerOptions = {}): string {
  const { result } = schedule(p, nodes, pods, seedRng(1), options);
  if (result.kind !== 'unschedulable') throw new Error(`expected unschedulable, got ${result.kind}`);
  return result.message;
}

const hostPort80 = { containers: [container('app', undefined, { ports: [{ containerPort: 80, hostPort: 80 }] })] };
const cordon = workers((n) => ({ ...n, spec: { ...n.spec, unschedulable: true } }));
const blueTaint = workers((n) => withTaint(n, { key: 'app', value: 'blue', effect: 'NoSchedule' }));

describe('FailedScheduling message', () => {
  it.each<[string, Pod, Node[], Map<string, Pod[]>, string]>([
    ['memory no node can hold', podWith('big', { memory: '5Gi' }), cluster(), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient memory. ${NOT_HELPFUL_3}`],
    ['cpu no node can hold', podWith('big', { cpu: '3' }), cluster(), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient cpu. ${NOT_HELPFUL_3}`],
    ['two shortfalls on each worker', podWith('big', { cpu: '3', memory: '5Gi' }), cluster(), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient cpu, 2 Insufficient memory. ${NOT_HELPFUL_3}`],
    ['memory that is taken by equal-priority pods', podWith('mid', { memory: '2Gi' }), cluster(),
      byNode(running('a', 'node01', { memory: '3Gi' }), running('b', 'node02', { memory: '3Gi' })),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient memory. preemption: 0/3 nodes are available: `
      + '1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.'],
    ['nodeSelector nobody has', pod('ssd', { nodeSelector: { disktype: 'ssd' } }), cluster(), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 node(s) didn't match Pod's node affinity/selector. ${NOT_HELPFUL_3}`],
    ['a taint on every worker', pod('plain'), cluster(blueTaint), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 node(s) had untolerated taint {app: blue}. ${NOT_HELPFUL_3}`],
    ['cordoned workers', pod('plain'), cluster(cordon), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 node(s) were unschedulable. ${NOT_HELPFUL_3}`],
    ['host port taken on every worker', pod('web', hostPort80), cluster(),
      byNode(running('a', 'node01', {}, hostPort80), running('b', 'node02', {}, hostPort80)),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 node(s) didn't have free ports for the requested pod ports. `
      + 'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.'],
    ['too many pods', pod('one-more'), [node('a', { pods: '1' }), node('b', { pods: '1' })],
      byNode(running('x', 'a'), running('y', 'b')),
      '0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.'],
    ['an extended resource no node offers', podWith('gpu', { 'example.com/gpu': '1' }), cluster(), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient example.com/gpu. ${NOT_HELPFUL_3}`],
    ['more ephemeral storage than a node has', podWith('disk', { 'ephemeral-storage': '30Gi' }), cluster(), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient ephemeral-storage. ${NOT_HELPFUL_3}`],
    ['required affinity nobody matches', pod('zone', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] } } } }), cluster(), new Map(),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 node(s) didn't match Pod's node affinity/selector. ${NOT_HELPFUL_3}`],
    ['matchFields pins terms that cannot both hold', pod('pin', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchFields: [
        { key: 'metadata.name', operator: 'In', values: ['node01'] }, { key: 'metadata.name', operator: 'In', values: ['node02'] }] }] } } } }),
      cluster(), new Map(), `0/3 nodes are available: pod affinity terms conflict. ${NOT_HELPFUL_3}`],
    ['matchFields pins a cordoned node', pod('pin', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node01'] }] }] } } } }),
      cluster(cordon), new Map(),
      `0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. ${NOT_HELPFUL_3}`],
    ['matchFields pins a node that does not exist', pod('pin', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node09'] }] }] } } } }),
      cluster(), new Map(), `0/3 nodes are available: 3 node(s) didn't satisfy plugin(s) [NodeAffinity]. ${NOT_HELPFUL_3}`],
    ['preemptionPolicy Never', podWith('polite', { cpu: '1500m' }, { priority: 1000, preemptionPolicy: 'Never' }), cluster(),
      byNode(running('a', 'node01', { cpu: '1' }), running('b', 'node02', { cpu: '1' })),
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.`],
  ])('%s', (_name, p, nodes, pods, expected) => {
    expect(messageOf(p, nodes, pods)).toBe(expected);
  });

  it('a node that would still be short after preemption reports the filter reason', () => {
    const pods = byNode(
      running('high1', 'node01', { cpu: '1' }, { priority: 2000 }), running('low', 'node01', { cpu: '500m' }),
      running('high2', 'node02', { cpu: '1' }, { priority: 2000 }),
    );
    expect(messageOf(podWith('p', { cpu: '1500m' }, { priority: 1000 }), cluster(), pods)).toBe(
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 Insufficient cpu. preemption: 0/3 nodes are available: `
      + '1 Insufficient cpu, 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.');
  });

  it('v1.35 wording: generic taint reason and the DynamicResources note', () => {
    expect(messageOf(pod('plain'), cluster(blueTaint), new Map(), { wording: 'v1.35' })).toBe(
      '0/3 nodes are available: 3 node(s) had untolerated taint(s). no new claims to deallocate, '
      + 'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
  });

  it('a cluster without nodes', () => {
    expect(messageOf(pod('lonely'), [])).toBe('no nodes available to schedule pods');
  });

  it('a selector matching only the tainted control plane names the taint, not the selector', () => {
    const nodes = cluster((n) => (n.metadata.name === 'controlplane' ? withLabels(n, { disktype: 'ssd' }) : n));
    expect(messageOf(pod('ssd', { nodeSelector: { disktype: 'ssd' } }), nodes)).toBe(
      `0/3 nodes are available: 1 ${CP_TAINT}, 2 node(s) didn't match Pod's node affinity/selector. ${NOT_HELPFUL_3}`);
  });
});
