// Upstream tables from pkg/printers/internalversion/printers_test.go:
// TestPrintPodWithRestartableInitContainer (5), TestPrintPodwide (3), TestPrintPodConditions (3),
// TestPrintPodList (1 case of 2 pods), TestPrintNonTerminatedPod (5).
import { describe, expect, it } from 'vitest';
import { printPodRow } from '../../../src/sim/status/print-pod.js';
import type { Pod, PodSpec } from '../../../src/sim/status/types.js';
import { cs, expectRow, finishedAt, NOW, pod, secondsAgo, unnamed, type Cells } from './pod-fixtures.js';

type Case = [string, Pod, Cells, ('Succeeded' | 'Failed')?];
const running = { running: {} };
const waiting = { waiting: {} };
const twoSidecars: PodSpec = {
  initContainers: [
    { name: 'restartable-init-1', restartPolicy: 'Always' },
    { name: 'restartable-init-2', restartPolicy: 'Always' },
  ],
  containers: unnamed(1),
};

const restartable: Case[] = [
  ['2 restartable init containers, the first one running but not started',
    pod('test1', twoSidecars, { phase: 'Pending',
      initContainerStatuses: [
        cs({ name: 'restartable-init-1', restartCount: 3, state: running, started: false,
          lastState: finishedAt(secondsAgo(10)) }),
        cs({ name: 'restartable-init-2', state: waiting, started: false })],
      containerStatuses: [cs({ state: waiting })],
      conditions: [{ type: 'Initialized', status: 'False' }] }),
    ['test1', '0/3', 'Init:0/2', '3 (10s ago)', '<unknown>']],
  ['2 restartable init containers, the first one started and the second one running but not started',
    pod('test1', twoSidecars, { phase: 'Pending',
      initContainerStatuses: [
        cs({ name: 'restartable-init-1', restartCount: 3, state: running, started: true,
          lastState: finishedAt(secondsAgo(10)) }),
        cs({ name: 'restartable-init-2', state: running, started: false })],
      containerStatuses: [cs({ state: waiting })],
      conditions: [{ type: 'Initialized', status: 'False' }] }),
    ['test1', '0/3', 'Init:1/2', '3 (10s ago)', '<unknown>']],
  ['2 restartable init containers started and 1 container running',
    pod('test2', twoSidecars, { phase: 'Running',
      initContainerStatuses: [
        cs({ name: 'restartable-init-1', restartCount: 3, state: running, started: true,
          lastState: finishedAt(secondsAgo(10)) }),
        cs({ name: 'restartable-init-2', state: running, started: true })],
      containerStatuses: [cs({ ready: true, restartCount: 4, state: running, lastState: finishedAt(secondsAgo(20)) })],
      conditions: [{ type: 'Initialized', status: 'True' }] }),
    ['test2', '1/3', 'Running', '7 (10s ago)', '<unknown>']],
  ['2 restartable init containers completed with non-zero and 1 container completed',
    pod('test3', twoSidecars, { phase: 'Succeeded',
      initContainerStatuses: [
        cs({ name: 'restartable-init-1', restartCount: 3, started: false,
          state: { terminated: { reason: 'Error', exitCode: 137 } }, lastState: finishedAt(secondsAgo(10)) }),
        cs({ name: 'restartable-init-2', started: false, state: { terminated: { reason: 'Error', exitCode: 137 } } })],
      containerStatuses: [cs({ restartCount: 4, state: { terminated: { reason: 'Completed', exitCode: 0 } },
        lastState: finishedAt(secondsAgo(20)) })],
      conditions: [{ type: 'Initialized', status: 'True' }] }),
    ['test3', '0/3', 'Completed', '7 (10s ago)', '<unknown>'], 'Succeeded'],
  ['container statuses for non-existent initContainers and containers',
    pod('test4', {
      initContainers: [
        { name: 'init1', image: 'initimage' },
        { name: 'sidecar1', image: 'sidecarimage', restartPolicy: 'Always' }],
      containers: [{ name: 'container1', image: 'containerimage' }],
    }, { phase: 'Running',
      initContainerStatuses: [cs({ name: 'initinvalid' }), cs({ name: 'init1' }), cs({ name: 'sidecar1' })],
      containerStatuses: [cs({ name: 'containerinvalid' }), cs({ name: 'container1' })] }),
    ['test4', '0/2', 'Init:0/2', '0', '<unknown>']],
];

const gated: PodSpec = {
  containers: unnamed(2),
  nodeName: 'test1',
  readinessGates: [{ conditionType: 'condition1' }, { conditionType: 'condition2' }, { conditionType: 'condition3' }],
};
const gateConditions = [
  { type: 'condition1', status: 'False' as const },
  { type: 'condition2', status: 'True' as const },
];
const oneOfTwoReady = [cs({ ready: true, restartCount: 3, state: running }), cs({ restartCount: 3 })];

const wide: Case[] = [
  ['NodeName and PodIP are not none',
    pod('test1', gated, { conditions: gateConditions, phase: 'podPhase', podIPs: [{ ip: '1.1.1.1' }],
      containerStatuses: oneOfTwoReady, nominatedNodeName: 'node1' }),
    ['test1', '1/2', 'podPhase', '6', '<unknown>', '1.1.1.1', 'test1', 'node1', '1/3']],
  ['NodeName and PodIP are not none, dual-stack',
    pod('test1', gated, { conditions: gateConditions, phase: 'podPhase',
      podIPs: [{ ip: '1.1.1.1' }, { ip: '2001:db8::' }], containerStatuses: oneOfTwoReady, nominatedNodeName: 'node1' }),
    ['test1', '1/2', 'podPhase', '6', '<unknown>', '1.1.1.1', 'test1', 'node1', '1/3']],
  ['NodeName and PodIP are none',
    pod('test2', { containers: unnamed(2), nodeName: '' }, { phase: 'podPhase', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: running }),
      cs({ state: { waiting: { reason: 'ContainerWaitingReason' } }, restartCount: 3 })] }),
    ['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>', '<none>', '<none>', '<none>', '<none>']],
];

const labels = { a: '1', b: '2' };
const conditionsCases: Case[] = [
  ['running pod has no row condition',
    pod('test1', { containers: unnamed(2) }, { phase: 'Running', containerStatuses: oneOfTwoReady }, { labels }),
    ['test1', '1/2', 'Running', '6', '<unknown>']],
  ['succeeded pod has podSuccessConditions',
    pod('test1', { containers: unnamed(2) }, { phase: 'Succeeded', containerStatuses: oneOfTwoReady }, { labels }),
    ['test1', '1/2', 'Succeeded', '6', '<unknown>'], 'Succeeded'],
  ['failed pod has podFailedConditions',
    pod('test2', { containers: unnamed(2) }, { phase: 'Failed', containerStatuses: oneOfTwoReady }, { labels: { b: '2' } }),
    ['test2', '1/2', 'Failed', '6', '<unknown>'], 'Failed'],
];

const nonTerminated: Case[] = [
  ['phase Running should be printed',
    pod('test1', { containers: unnamed(2) }, { phase: 'Running', containerStatuses: oneOfTwoReady }),
    ['test1', '1/2', 'Running', '6', '<unknown>']],
  ['phase Pending should be printed',
    pod('test2', { containers: unnamed(2) }, { phase: 'Pending', containerStatuses: oneOfTwoReady }),
    ['test2', '1/2', 'Pending', '6', '<unknown>']],
  ['phase Unknown should be printed',
    pod('test3', { containers: unnamed(2) }, { phase: 'Unknown', containerStatuses: oneOfTwoReady }),
    ['test3', '1/2', 'Unknown', '6', '<unknown>']],
  ['phase Succeeded should be printed',
    pod('test4', { containers: unnamed(2) }, { phase: 'Succeeded', containerStatuses: oneOfTwoReady }),
    ['test4', '1/2', 'Succeeded', '6', '<unknown>'], 'Succeeded'],
  ["phase Failed shouldn't be printed",
    pod('test5', { containers: unnamed(2) }, { phase: 'Failed', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3 })] }),
    ['test5', '1/2', 'Failed', '6', '<unknown>'], 'Failed'],
];

describe('printPodRow', () => {
  it.each(restartable)('TestPrintPodWithRestartableInitContainer: %s', (_n, input, cells, completed) => {
    expectRow(printPodRow(input, NOW), cells, completed);
  });
  it.each(wide)('TestPrintPodwide: %s', (_n, input, cells, completed) => {
    expectRow(printPodRow(input, NOW), cells, completed);
  });
  it.each(conditionsCases)('TestPrintPodConditions: %s', (_n, input, cells, completed) => {
    expectRow(printPodRow(input, NOW), cells, completed);
  });
  it.each(nonTerminated)('TestPrintNonTerminatedPod: %s', (_n, input, cells, completed) => {
    expectRow(printPodRow(input, NOW), cells, completed);
  });

  it("TestPrintPodList: podList's pods: name, num of containers, restarts, container ready status", () => {
    const items = [
      pod('test1', { containers: unnamed(2) }, { phase: 'podPhase', containerStatuses: [
        cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3, state: running })] }),
      pod('test2', { containers: unnamed(1) }, { phase: 'podPhase', containerStatuses: [
        cs({ ready: true, restartCount: 1, state: running })] }),
    ];
    const rows = items.map((p) => printPodRow(p, NOW));
    expect(rows.map((r) => [r.name, r.ready, r.status, r.restarts, r.age])).toEqual([
      ['test1', '2/2', 'podPhase', '6', '<unknown>'],
      ['test2', '1/1', 'podPhase', '1', '<unknown>'],
    ]);
  });
});
