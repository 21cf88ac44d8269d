// Kubelet admission of pods that name their node (pkg/kubelet/lifecycle/predicate.go).
import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../../src/sim/api/types.js';
import { admissionRejectedEvent, admit, rejectedPodStatus, type AdmitResult } from '../../../src/sim/scheduler/index.js';
import { cluster, container, node, pod, podWith, running, withTaint } from './fixtures.js';

const [controlplane, node01] = cluster();
const port80 = { containers: [container('app', undefined, { ports: [{ containerPort: 80, hostPort: 80 }] })] };
const predicate = (name: string, desc: string): AdmitResult => ({ ok: false, reason: name as 'NodeAffinity', message: `Predicate ${name} failed: ${desc}` });

describe('admit', () => {
  it.each<[string, Pod, Node, Pod[], AdmitResult]>([
    ['fits', podWith('p', { cpu: '1' }, { nodeName: 'node01' }), node01, [], { ok: true }],
    ['more cpu than the node has', podWith('p', { cpu: '3' }, { nodeName: 'node01' }), node01, [],
      { ok: false, reason: 'OutOfcpu', message: "Node didn't have enough resource: cpu, requested: 3000, used: 0, capacity: 2000" }],
    ['memory taken by another pod', podWith('p', { memory: '2Gi' }, { nodeName: 'node01' }), node01, [running('a', 'node01', { memory: '3Gi' })],
      { ok: false, reason: 'OutOfmemory', message: "Node didn't have enough resource: memory, requested: 2147483648, used: 3221225472, capacity: 4294967296" }],
    ['no pod slot left', pod('p', { nodeName: 'n' }), node('n', { pods: '1' }), [running('a', 'n')],
      { ok: false, reason: 'OutOfpods', message: "Node didn't have enough resource: pods, requested: 1, used: 1, capacity: 1" }],
    ['pod count is checked before cpu', podWith('p', { cpu: '3' }, { nodeName: 'n' }), node('n', { pods: '1' }), [running('a', 'n')],
      { ok: false, reason: 'OutOfpods', message: "Node didn't have enough resource: pods, requested: 1, used: 1, capacity: 1" }],
    ['an extended resource the node has too little of', podWith('p', { 'example.com/gpu': '2' }, { nodeName: 'g' }),
      { ...node('g'), status: { allocatable: { cpu: '2', memory: '4Gi', pods: '110', 'example.com/gpu': '1' } } }, [],
      { ok: false, reason: 'OutOfexample.com/gpu', message: "Node didn't have enough resource: example.com/gpu, requested: 2, used: 0, capacity: 1" }],
    ['an extended resource the node does not know is not checked', podWith('p', { 'example.com/gpu': '1' }, { nodeName: 'node01' }), node01, [], { ok: true }],
    ['resources come before the selector', podWith('p', { cpu: '3' }, { nodeName: 'node01', nodeSelector: { disk: 'ssd' } }), node01, [],
      { ok: false, reason: 'OutOfcpu', message: "Node didn't have enough resource: cpu, requested: 3000, used: 0, capacity: 2000" }],
    ['a selector the node does not match', pod('p', { nodeName: 'node01', nodeSelector: { disk: 'ssd' } }), node01, [],
      predicate('NodeAffinity', "node(s) didn't match Pod's node affinity/selector")],
    ['a host port already taken', pod('p', { nodeName: 'node01', ...port80 }), node01, [running('a', 'node01', {}, port80)],
      predicate('NodePorts', "node(s) didn't have free ports for the requested pod ports")],
    ['a NoSchedule taint is ignored', pod('p', { nodeName: 'controlplane' }), controlplane, [], { ok: true }],
    ['a cordoned node is ignored', pod('p', { nodeName: 'node01' }), { ...node01, spec: { unschedulable: true } }, [], { ok: true }],
    ['an untolerated NoExecute taint', pod('p', { nodeName: 'node01' }), withTaint(node01, { key: 'k', effect: 'NoExecute' }), [],
      predicate('TaintToleration', "node(s) had taints that the pod didn't tolerate")],
    ['a tolerated NoExecute taint', pod('p', { nodeName: 'node01', tolerations: [{ key: 'k', operator: 'Exists' }] }),
      withTaint(node01, { key: 'k', effect: 'NoExecute' }), [], { ok: true }],
    ['a finished pod frees its requests', podWith('p', { cpu: '2' }, { nodeName: 'node01' }), node01,
      [{ ...running('done', 'node01', { cpu: '2' }), status: { phase: 'Failed' } }], { ok: true }],
    ['the pod itself in the list is not counted twice', podWith('p', { cpu: '2' }, { nodeName: 'node01' }), node01,
      [podWith('p', { cpu: '2' }, { nodeName: 'node01' })], { ok: true }],
    ['a pod labelled for another OS', pod('p', { nodeName: 'node01' }, { metadata: { name: 'p', labels: { 'kubernetes.io/os': 'windows' } } }), node01, [],
      { ok: false, reason: 'PodOSSelectorNodeLabelDoesNotMatch', message: "Failed to admit pod as the `kubernetes.io/os` label doesn't match node label" }],
    ['spec.os for another OS', pod('p', { nodeName: 'node01', os: { name: 'windows' } }), node01, [],
      { ok: false, reason: 'PodOSNotSupported', message: "Failed to admit pod as the OS field doesn't match node OS" }],
  ])('%s', (_name, p, n, others, want) => {
    expect(admit(p, n, others)).toEqual(want);
  });

  it('a rejected pod ends Failed with the reason and a prefixed message, and a Warning event', () => {
    const r = admit(podWith('big', { cpu: '3' }, { nodeName: 'node01' }), node01, []);
    if (r.ok) throw new Error('expected a rejection');
    expect(rejectedPodStatus(r)).toEqual({
      phase: 'Failed', reason: 'OutOfcpu', message: "Pod was rejected: Node didn't have enough resource: cpu, requested: 3000, used: 0, capacity: 2000" });
    expect(admissionRejectedEvent(podWith('big', {}), r, 'node01')).toEqual({
      type: 'Warning', reason: 'OutOfcpu', source: 'kubelet', host: 'node01', object: 'pod/big', namespace: 'default', uid: 'uid-big',
      message: "Node didn't have enough resource: cpu, requested: 3000, used: 0, capacity: 2000" });
  });
});
