// A pod's effective requests, sidecars included (KEP-753's formula, resourcehelper.PodRequests).
import { describe, expect, it } from 'vitest';
import type { Container } from '../../../src/sim/api/types.js';
import { canonical } from '../../../src/sim/quantity.js';
import { podRequests } from '../../../src/sim/scheduler/index.js';
import { podResource } from '../../../src/sim/scheduler/resource.js';
import { container, pod } from './fixtures.js';

const c = (name: string, cpu: string) => container(name, { cpu });
const sidecar = (name: string, cpu: string): Container => container(name, { cpu }, { restartPolicy: 'Always' });
const cpuOf = (containers: Container[], initContainers: Container[] = []) => {
  const q = podRequests(pod('p', { containers, initContainers })).get('cpu');
  return q ? canonical(q) : '<none>';
};

describe('podRequests (cpu)', () => {
  it.each<[string, Container[], Container[], string]>([
    ['app containers add up', [c('a', '100m'), c('b', '200m')], [], '300m'],
    ['a bigger init container wins', [c('a', '100m')], [c('init', '500m')], '500m'],
    ['the biggest of several init containers', [c('a', '100m')], [c('i1', '700m'), c('i2', '300m')], '700m'],
    ['a sidecar adds to the app containers', [c('a', '200m')], [sidecar('log', '100m')], '300m'],
    ['an init container after a sidecar runs next to it', [c('a', '100m')], [sidecar('s', '200m'), c('init', '1')], '1200m'],
    ['an init container before a sidecar runs alone', [c('a', '100m')], [c('init', '1'), sidecar('s', '200m')], '1'],
    ['the KEP example: sidecar, init, sidecar', [c('a', '100m')], [sidecar('s1', '100m'), c('i2', '500m'), sidecar('s3', '200m')], '600m'],
    ['limits never count', [container('a', undefined, { resources: { limits: { cpu: '1' } } })], [], '<none>'],
  ])('%s', (_name, containers, inits, want) => {
    expect(cpuOf(containers, inits)).toBe(want);
  });

  it('pod-level requests replace the containers’ cpu and memory, not other resources', () => {
    const p = pod('p', {
      containers: [container('a', { cpu: '300m', memory: '1Gi', 'ephemeral-storage': '1Gi' })],
      resources: { requests: { cpu: '1' } },
    });
    const r = podRequests(p);
    expect([r.get('cpu'), r.get('memory'), r.get('ephemeral-storage')].map((q) => (q ? canonical(q) : '-'))).toEqual(['1', '1Gi', '1Gi']);
  });

  it('memory sums exactly across units', () => {
    const r = podRequests(pod('p', { containers: [container('a', { memory: '1Gi' }), container('b', { memory: '512Mi' })] }));
    expect(podResource(pod('p', { containers: [container('a', { memory: '1Gi' }), container('b', { memory: '512Mi' })] })).requested.memory)
      .toBe(1610612736);
    expect(canonical(r.get('memory')!)).toBe('1536Mi');
  });
});

describe('podResource: the 100m / 200Mi stand-ins used for scoring', () => {
  it.each<[string, Container[], number, number]>([
    ['no requests at all', [container('a')], 100, 200 * 2 ** 20],
    ['a missing request is filled per container', [container('a', { cpu: '1' }), container('b')], 1100, 400 * 2 ** 20],
    ['an explicit zero stays zero', [container('a', { cpu: '0', memory: '0' })], 0, 0],
  ])('%s', (_name, containers, cpu, memory) => {
    const r = podResource(pod('p', { containers }));
    expect([r.nonZeroMilliCPU, r.nonZeroMemory]).toEqual([cpu, memory]);
  });

  it('real requests stay unfilled', () => {
    expect(podResource(pod('p', { containers: [container('a')] })).requested.milliCPU).toBe(0);
  });
});
