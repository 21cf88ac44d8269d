// Upstream table: pkg/apis/core/v1/helper/qos/qos_test.go TestComputePodQOS (20 cases; the
// last 5 enable PodLevelResources, which is on by default here).
import { describe, expect, it } from 'vitest';
import { computeQOS, getPodQOS } from '../../../src/sim/status/qos.js';
import type { Container, Pod, QOSClass, ResourceList, ResourceRequirements } from '../../../src/sim/status/types.js';

/** getResourceList(cpu, memory): empty strings leave the resource out. */
function rl(cpu: string, memory: string, extra: Record<string, string> = {}): ResourceList {
  return { ...(cpu ? { cpu } : {}), ...(memory ? { memory } : {}), ...extra };
}
const req = (requests: ResourceList, limits: ResourceList): ResourceRequirements => ({ requests, limits });
const container = (name: string, requests: ResourceList, limits: ResourceList): Container => ({
  name, resources: req(requests, limits),
});
const newPod = (name: string, containers: Container[], extra: Partial<Pod['spec']> = {}): Pod => ({
  metadata: { name }, spec: { containers, ...extra },
});

const cases: [Pod, QOSClass][] = [
  [newPod('guaranteed', [container('guaranteed', rl('100m', '100Mi'), rl('100m', '100Mi'))]), 'Guaranteed'],
  [newPod('guaranteed-guaranteed', [
    container('guaranteed', rl('100m', '100Mi'), rl('100m', '100Mi')),
    container('guaranteed', rl('100m', '100Mi'), rl('100m', '100Mi'))]), 'Guaranteed'],
  [newPod('best-effort-best-effort', [
    container('best-effort', rl('', ''), rl('', '')), container('best-effort', rl('', ''), rl('', ''))]), 'BestEffort'],
  [newPod('best-effort', [container('best-effort', rl('', ''), rl('', ''))]), 'BestEffort'],
  [newPod('best-effort-burstable', [
    container('best-effort', rl('', ''), rl('', '')), container('burstable', rl('1', ''), rl('2', ''))]), 'Burstable'],
  [newPod('best-effort-guaranteed', [
    container('best-effort', rl('', ''), rl('', '')),
    container('guaranteed', rl('10m', '100Mi'), rl('10m', '100Mi'))]), 'Burstable'],
  [newPod('burstable-cpu-guaranteed-memory', [container('burstable', rl('', '100Mi'), rl('', '100Mi'))]), 'Burstable'],
  [newPod('burstable-no-limits', [container('burstable', rl('100m', '100Mi'), rl('', ''))]), 'Burstable'],
  [newPod('burstable-guaranteed', [
    container('burstable', rl('1', '100Mi'), rl('2', '100Mi')),
    container('guaranteed', rl('100m', '100Mi'), rl('100m', '100Mi'))]), 'Burstable'],
  [newPod('burstable-unbounded-but-requests-match-limits', [
    container('burstable', rl('100m', '100Mi'), rl('200m', '200Mi')),
    container('burstable-unbounded', rl('100m', '100Mi'), rl('', ''))]), 'Burstable'],
  [newPod('burstable-1', [container('burstable', rl('10m', '100Mi'), rl('100m', '200Mi'))]), 'Burstable'],
  [newPod('burstable-2', [container('burstable', rl('0', '0'), rl('100m', '200Mi'))]), 'Burstable'],
  [newPod('best-effort-hugepages', [container('best-effort',
    rl('0', '0', { 'hugepages-2Mi': '1Gi' }), rl('0', '0', { 'hugepages-2Mi': '1Gi' }))]), 'BestEffort'],
  [newPod('init-container', [container('best-effort', rl('', ''), rl('', ''))],
    { initContainers: [container('burstable', rl('10m', '100Mi'), rl('100m', '200Mi'))] }), 'Burstable'],
  [newPod('guaranteed-with-pod-level-resources', [container('best-effort', rl('', ''), rl('', ''))],
    { resources: req(rl('10m', '100Mi'), rl('10m', '100Mi')) }), 'Guaranteed'],
  [newPod('guaranteed-with-pod-and-container-level-resources', [
    container('burstable', rl('3m', '10Mi'), rl('5m', '20Mi'))],
  { resources: req(rl('10m', '100Mi'), rl('10m', '100Mi')) }), 'Guaranteed'],
  [newPod('burstable-with-pod-level-resources', [container('best-effort', rl('', ''), rl('', ''))],
    { resources: req(rl('10m', '10Mi'), rl('20m', '50Mi')) }), 'Burstable'],
  [newPod('burstable-with-pod-and-container-level-resources', [
    container('burstable', rl('5m', '10Mi'), rl('5m', '10Mi'))],
  { resources: req(rl('10m', '10Mi'), rl('20m', '50Mi')) }), 'Burstable'],
  [newPod('burstable-with-pod-and-container-level-requests', [
    container('burstable', rl('5m', '10Mi'), rl('', ''))],
  { resources: req(rl('10m', '10Mi'), rl('', '')) }), 'Burstable'],
  [newPod('burstable-with-pod-and-container-level-resources-2', [
    container('burstable', rl('5m', '10Mi'), rl('', '')),
    container('guaranteed', rl('5m', '10Mi'), rl('5m', '10Mi'))],
  { resources: req(rl('10m', '10Mi'), rl('5m', '')) }), 'Burstable'],
];

describe('computeQOS', () => {
  it.each(cases.map(([pod, qos]) => [pod.metadata.name, pod, qos] as const))(
    'TestComputePodQOS %s → %s', (_name, pod, qos) => {
      expect(computeQOS(pod)).toBe(qos);
    });
});

describe('computeQOS (not upstream)', () => {
  it.each([
    ['equal values in different spellings', rl('1', '1Gi'), rl('1000m', '1024Mi'), 'Guaranteed'],
    ['bare YAML numbers', { cpu: 1, memory: 1073741824 }, rl('1', '1Gi'), 'Guaranteed'],
    ['exponent notation', rl('1e0', '1G'), rl('1', '1e9'), 'Guaranteed'],
    ['limits only, as written (no API defaulting)', rl('', ''), rl('1', '1Gi'), 'Burstable'],
    ['explicit zeros on both sides', rl('0', '0'), rl('0m', '0Ki'), 'BestEffort'],
  ] as const)('%s', (_name, requests, limits, qos) => {
    expect(computeQOS(newPod('p', [container('c', requests, limits)]))).toBe(qos);
  });

  it('an invalid quantity is a caller error with the API server wording', () => {
    expect(() => computeQOS(newPod('p', [container('c', rl('1e3m', ''), rl('', ''))]))).toThrow(/quantities must match/);
  });

  it('getPodQOS prefers a stored status.qosClass', () => {
    const pod = { ...newPod('p', [container('c', rl('', ''), rl('', ''))]), status: { qosClass: 'Guaranteed' as const } };
    expect(getPodQOS(pod)).toBe('Guaranteed');
    expect(getPodQOS({ ...pod, status: {} })).toBe('BestEffort');
  });
});
