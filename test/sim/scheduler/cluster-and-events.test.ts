import { describe, expect, it } from 'vitest';
import type { Node } from '../../../src/sim/api/types.js';
import { fitErrorMessage, histogram } from '../../../src/sim/scheduler/fit-error.js';
import {
  defaultNodes, failedSchedulingEvent, preemptedEvent, scheduledEvent, truncateNote,
} from '../../../src/sim/scheduler/index.js';
import type { NodeFailure } from '../../../src/sim/scheduler/types.js';
import { pod } from './fixtures.js';

describe('defaultNodes', () => {
  const nodes = defaultNodes();
  const byName: Record<string, Node> = Object.fromEntries(nodes.map((n) => [n.metadata.name, n]));

  it('controlplane, node01, node02 in that order', () => {
    expect(nodes.map((n) => n.metadata.name)).toEqual(['controlplane', 'node01', 'node02']);
  });

  it('only the control plane is tainted and carries the role label', () => {
    expect(nodes.map((n) => n.spec?.taints ?? [])).toEqual([[{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }], [], []]);
    expect(nodes.map((n) => 'node-role.kubernetes.io/control-plane' in (n.metadata.labels ?? {}))).toEqual([true, false, false]);
    expect(byName.controlplane.metadata.labels?.['node-role.kubernetes.io/control-plane']).toBe('');
  });

  it.each(['controlplane', 'node01', 'node02'])('%s: labels, 2 cpu, 4Gi, 110 pods, Ready', (name) => {
    const n = byName[name];
    expect(n.metadata.labels).toMatchObject({ 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' });
    expect(n.status?.allocatable).toMatchObject({ cpu: '2', memory: '4Gi', pods: '110' });
    expect(n.status?.capacity).toHaveProperty('ephemeral-storage');
    expect(n.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  });

  it('addresses and pod CIDRs', () => {
    expect(nodes.map((n) => [n.status?.addresses?.[0], n.spec?.podCIDR])).toEqual([
      [{ type: 'InternalIP', address: '192.168.1.2' }, '10.244.0.0/24'],
      [{ type: 'InternalIP', address: '192.168.1.3' }, '10.244.1.0/24'],
      [{ type: 'InternalIP', address: '192.168.1.4' }, '10.244.2.0/24'],
    ]);
  });

  it('returns fresh objects each call', () => {
    expect(defaultNodes()[0]).not.toBe(defaultNodes()[0]);
    expect(defaultNodes()).toEqual(defaultNodes());
  });
});

const fail = (node: string, ...reasons: string[]): NodeFailure => ({ node, plugin: 'X', code: 'Unschedulable', reasons });

describe('FitError message', () => {
  it('sorts the histogram as strings: "10 ..." before "2 ..."', () => {
    const failures = [...Array.from({ length: 10 }, (_, i) => fail(`w${i}`, 'Insufficient cpu')), fail('t1', 'b'), fail('t2', 'b')];
    expect(histogram(12, { failures })).toEqual(['10 Insufficient cpu', '2 b']);
  });

  it('counts absent nodes once per absent reason', () => {
    expect(histogram(5, { failures: [fail('a', 'x')], absentReasons: ['gone'] })).toEqual(['1 x', '4 gone']);
  });

  it('a PreFilter message replaces the histogram', () => {
    expect(fitErrorMessage(3, { failures: [fail('a', 'x')], preFilterMsg: 'nope' }, 'post.')).toBe('0/3 nodes are available: nope. post.');
  });
});

describe('scheduler events', () => {
  it('Scheduled names namespace/name and the node', () => {
    expect(scheduledEvent(pod('web'), 'node01')).toEqual({ type: 'Normal', reason: 'Scheduled', source: 'default-scheduler',
      object: 'pod/web', namespace: 'default', uid: 'uid-web', message: 'Successfully assigned default/web to node01' });
  });

  it('FailedScheduling notes longer than 1024 characters end in " ..."', () => {
    const long = 'x'.repeat(1100);
    expect(truncateNote(long)).toBe(`${'x'.repeat(1020)} ...`);
    expect(truncateNote('x'.repeat(1024))).toBe('x'.repeat(1024));
    expect(failedSchedulingEvent(pod('p'), 'm')).toMatchObject({ type: 'Warning', reason: 'FailedScheduling', message: 'm' });
  });

  it('Preempted names the preemptor by UID', () => {
    expect(preemptedEvent(pod('victim'), pod('vip'), 'node02').message).toBe('Preempted by pod uid-vip on node node02');
  });
});
