// Each filter's plugin, status code and reason, and the helpers the filters stand on.
import { describe, expect, it } from 'vitest';
import type { Node, Pod, Taint, Toleration } from '../../../src/sim/api/types.js';
import { seedRng } from '../../../src/sim/rng.js';
import { schedule, toleratesTaint, type NodeFailure } from '../../../src/sim/scheduler/index.js';
import { portConflicts, type HostPort } from '../../../src/sim/scheduler/host-ports.js';
import { byNode, container, node, pod, podWith, running } from './fixtures.js';

/** The failure recorded for node `n` when `p` is scheduled onto [n] alone. */
function failureOn(p: Pod, n: Node, pods: Pod[] = []): Omit<NodeFailure, 'node'> | undefined {
  const { result } = schedule(p, [n], byNode(...pods), seedRng(1));
  if (result.kind !== 'unschedulable') return undefined;
  const { node: _n, ...rest } = result.failures[0];
  return rest;
}

const port = (hostPort: number, extra: { hostIP?: string; protocol?: 'TCP' | 'UDP' } = {}) =>
  ({ containers: [container('app', undefined, { ports: [{ containerPort: 8080, hostPort, ...extra }] })] });

describe('filters', () => {
  it.each<[string, Pod, Node, Pod[], Omit<NodeFailure, 'node'> | undefined]>([
    ['NodeUnschedulable', pod('p'), node('n', { unschedulable: true }), [],
      { plugin: 'NodeUnschedulable', code: 'UnschedulableAndUnresolvable', reasons: ['node(s) were unschedulable'] }],
    ['TaintToleration (NoSchedule)', pod('p'), node('n', { taints: [{ key: 'k', value: 'v', effect: 'NoSchedule' }] }), [],
      { plugin: 'TaintToleration', code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {k: v}'] }],
    ['TaintToleration (NoExecute)', pod('p'), node('n', { taints: [{ key: 'k', effect: 'NoExecute' }] }), [],
      { plugin: 'TaintToleration', code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {k: }'] }],
    ['PreferNoSchedule does not filter', pod('p'), node('n', { taints: [{ key: 'k', effect: 'PreferNoSchedule' }] }), [], undefined],
    ['the first untolerated taint is named', pod('p', { tolerations: [{ key: 'a', operator: 'Exists' }] }),
      node('n', { taints: [{ key: 'a', effect: 'NoSchedule' }, { key: 'b', value: '1', effect: 'NoSchedule' }, { key: 'c', effect: 'NoSchedule' }] }), [],
      { plugin: 'TaintToleration', code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {b: 1}'] }],
    ['NodeAffinity', pod('p', { nodeSelector: { a: 'b' } }), node('n'), [],
      { plugin: 'NodeAffinity', code: 'UnschedulableAndUnresolvable', reasons: ["node(s) didn't match Pod's node affinity/selector"] }],
    ['NodePorts', pod('p', port(80)), node('n'), [running('x', 'n', {}, port(80))],
      { plugin: 'NodePorts', code: 'Unschedulable', reasons: ["node(s) didn't have free ports for the requested pod ports"] }],
    ['NodeResourcesFit, room taken', podWith('p', { cpu: '1' }), node('n'), [running('x', 'n', { cpu: '1500m' })],
      { plugin: 'NodeResourcesFit', code: 'Unschedulable', reasons: ['Insufficient cpu'] }],
    ['NodeResourcesFit, bigger than the node', podWith('p', { cpu: '3' }), node('n'), [],
      { plugin: 'NodeResourcesFit', code: 'UnschedulableAndUnresolvable', reasons: ['Insufficient cpu'] }],
    ['NodeResourcesFit, all shortfalls listed', podWith('p', { cpu: '1', memory: '3Gi' }), node('n', { pods: '1' }), [running('x', 'n', { cpu: '1500m', memory: '2Gi' })],
      { plugin: 'NodeResourcesFit', code: 'Unschedulable', reasons: ['Too many pods', 'Insufficient cpu', 'Insufficient memory'] }],
    ['the first failing plugin hides the later ones', podWith('p', { cpu: '3' }, { nodeSelector: { a: 'b' } }), node('n', { unschedulable: true }), [],
      { plugin: 'NodeUnschedulable', code: 'UnschedulableAndUnresolvable', reasons: ['node(s) were unschedulable'] }],
    ['requests of a sidecar count', pod('p', { containers: [container('a', { cpu: '1500m' })],
      initContainers: [container('s', { cpu: '1' }, { restartPolicy: 'Always' })] }), node('n'), [],
    { plugin: 'NodeResourcesFit', code: 'UnschedulableAndUnresolvable', reasons: ['Insufficient cpu'] }],
  ])('%s', (_name, p, n, pods, want) => {
    expect(failureOn(p, n, pods)).toEqual(want);
  });
});

describe('toleratesTaint', () => {
  const taint: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };
  it.each<[string, Toleration, boolean]>([
    ['Equal with the same value', { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, true],
    ['no operator means Equal', { key: 'dedicated', value: 'gpu' }, true],
    ['Equal with another value', { key: 'dedicated', operator: 'Equal', value: 'cpu' }, false],
    ['Exists on the key', { key: 'dedicated', operator: 'Exists' }, true],
    ['Exists with an empty key tolerates everything', { operator: 'Exists' }, true],
    ['another effect', { key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, false],
    ['another key', { key: 'other', operator: 'Exists' }, false],
  ])('%s → %s', (_name, t, want) => {
    expect(toleratesTaint(t, taint)).toBe(want);
  });
});

describe('portConflicts', () => {
  const hp = (port: number, ip = '0.0.0.0', protocol = 'TCP'): HostPort => ({ ip, protocol, port });
  it.each<[string, HostPort, HostPort[], boolean]>([
    ['same port, all addresses', hp(80), [hp(80)], true],
    ['another port', hp(80), [hp(81)], false],
    ['UDP next to TCP', hp(53, '0.0.0.0', 'UDP'), [hp(53)], false],
    ['a specific address against all addresses', hp(80, '10.0.0.1'), [hp(80)], true],
    ['all addresses against a specific one', hp(80), [hp(80, '10.0.0.1')], true],
    ['two different specific addresses', hp(80, '10.0.0.1'), [hp(80, '10.0.0.2')], false],
  ])('%s → %s', (_name, wanted, used, want) => {
    expect(portConflicts(wanted, used)).toBe(want);
  });
});
