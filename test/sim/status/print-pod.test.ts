// Upstream table: pkg/printers/internalversion/printers_test.go TestPrintPod (21 cases).
import { describe, it } from 'vitest';
import { printPodRow } from '../../../src/sim/status/print-pod.js';
import type { Pod } from '../../../src/sim/status/types.js';
import { cs, daysAgo, expectRow, finishedAt, NOW, pod, secondsAgo, unnamed, type Cells } from './pod-fixtures.js';

const deleteTime = secondsAgo(10);
const running = { running: {} };
const waiting = { waiting: {} };

const cases: [string, Pod, Cells, ('Succeeded' | 'Failed')?][] = [
  ['name, num of containers, restarts, container ready status',
    pod('test1', { containers: unnamed(2) }, { phase: 'podPhase', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: running }), cs({ restartCount: 3 })] }),
    ['test1', '1/2', 'podPhase', '6', '<unknown>']],
  ['container error overwrites pod phase',
    pod('test2', { containers: unnamed(2) }, { phase: 'podPhase', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: running }),
      cs({ state: { waiting: { reason: 'ContainerWaitingReason' } }, restartCount: 3 })] }),
    ['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>']],
  ['terminated state, the first container overwrites the rest',
    pod('test3', { containers: unnamed(2) }, { phase: 'podPhase', containerStatuses: [
      cs({ state: { waiting: { reason: 'ContainerWaitingReason' } }, restartCount: 3 }),
      cs({ state: { terminated: { exitCode: 0, reason: 'ContainerTerminatedReason' } }, restartCount: 3 })] }),
    ['test3', '0/2', 'ContainerWaitingReason', '6', '<unknown>']],
  ['ready is not enough for reporting running',
    pod('test4', { containers: unnamed(2) }, { phase: 'podPhase', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3 })] }),
    ['test4', '1/2', 'podPhase', '6', '<unknown>']],
  ['ready is not enough for reporting running, with pod reason',
    pod('test5', { containers: unnamed(2) }, { reason: 'podReason', phase: 'podPhase', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3 })] }),
    ['test5', '1/2', 'podReason', '6', '<unknown>']],
  ['one running and one completed, without ready condition',
    pod('test6', { containers: unnamed(2) }, { phase: 'Running', reason: '', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: { terminated: { reason: 'Completed', exitCode: 0 } } }),
      cs({ ready: true, restartCount: 3, state: running })] }),
    ['test6', '1/2', 'NotReady', '6', '<unknown>']],
  ['one running and one completed, with ready condition',
    pod('test6', { containers: unnamed(2) }, { phase: 'Running', reason: '', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: { terminated: { reason: 'Completed', exitCode: 0 } } }),
      cs({ ready: true, restartCount: 3, state: running })],
    conditions: [{ type: 'Ready', status: 'True', lastProbeTime: secondsAgo(0) }] }),
    ['test6', '1/2', 'Running', '6', '<unknown>']],
  ['1 init container restarting and 1 container not running',
    pod('test7', { initContainers: unnamed(1), containers: unnamed(1) }, { phase: 'podPhase',
      initContainerStatuses: [cs({ restartCount: 3, state: running, lastState: finishedAt(secondsAgo(10)) })],
      containerStatuses: [cs({ state: waiting })] }),
    ['test7', '0/1', 'Init:0/1', '3 (10s ago)', '<unknown>']],
  ['2 init containers, one restarting and the other not running, and 1 container not running',
    pod('test8', { initContainers: unnamed(2), containers: unnamed(1) }, { phase: 'podPhase',
      initContainerStatuses: [
        cs({ restartCount: 3, state: running, lastState: finishedAt(secondsAgo(10)) }), cs({ state: waiting })],
      containerStatuses: [cs({ state: waiting })] }),
    ['test8', '0/1', 'Init:0/2', '3 (10s ago)', '<unknown>']],
  ['2 init containers, one completed without restarts and the other restarting',
    pod('test9', { initContainers: unnamed(2), containers: unnamed(1) }, { phase: 'podPhase',
      initContainerStatuses: [
        cs({ state: { terminated: { exitCode: 0 } } }),
        cs({ restartCount: 3, state: running, lastState: finishedAt(secondsAgo(10)) })],
      containerStatuses: [cs({ state: waiting })] }),
    ['test9', '0/1', 'Init:1/2', '3 (10s ago)', '<unknown>']],
  ['2 init containers, one completed with restarts and the other restarting',
    pod('test10', { initContainers: unnamed(2), containers: unnamed(1) }, { phase: 'podPhase',
      initContainerStatuses: [
        cs({ restartCount: 2, state: { terminated: { exitCode: 0 } }, lastState: finishedAt(secondsAgo(120)) }),
        cs({ restartCount: 3, state: running, lastState: finishedAt(secondsAgo(10)) })],
      containerStatuses: [cs({ state: waiting })] }),
    ['test10', '0/1', 'Init:1/2', '5 (10s ago)', '<unknown>']],
  ['1 init container completed with restarts and one container restarting',
    pod('test11', { initContainers: unnamed(1), containers: unnamed(1) }, { phase: 'Running',
      initContainerStatuses: [
        cs({ restartCount: 2, state: { terminated: { exitCode: 0 } }, lastState: finishedAt(secondsAgo(120)) })],
      containerStatuses: [cs({ restartCount: 4, state: running, lastState: finishedAt(secondsAgo(20)) })] }),
    ['test11', '0/1', 'Running', '4 (20s ago)', '<unknown>']],
  ['1 container that restarted 5d ago',
    pod('test12', { containers: unnamed(1) }, { phase: 'Running', containerStatuses: [
      cs({ ready: true, restartCount: 3, state: running, lastState: finishedAt(daysAgo(5)) })] }),
    ['test12', '1/1', 'Running', '3 (5d ago)', '<unknown>']],
  ['2 containers, one never restarted and the other restarted 10d ago',
    pod('test13', { containers: unnamed(2) }, { phase: 'Running', containerStatuses: [
      cs({ ready: true, state: running }),
      cs({ ready: true, restartCount: 3, state: running, lastState: finishedAt(daysAgo(10)) })] }),
    ['test13', '2/2', 'Running', '3 (10d ago)', '<unknown>']],
  ['2 containers, one restarted 5d ago and the other restarted 20d ago',
    pod('test14', { containers: unnamed(2) }, { phase: 'Running', containerStatuses: [
      cs({ ready: true, restartCount: 6, state: running, lastState: finishedAt(daysAgo(5)) }),
      cs({ ready: true, restartCount: 3, state: running, lastState: finishedAt(daysAgo(20)) })] }),
    ['test14', '2/2', 'Running', '9 (5d ago)', '<unknown>']],
  ['PodScheduled condition with reason SchedulingGated',
    pod('test15', { containers: unnamed(2) }, { phase: 'podPhase', conditions: [
      { type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }),
    ['test15', '0/2', 'SchedulingGated', '0', '<unknown>']],
  ['pod condition succeed',
    pod('test16', { containers: unnamed(1) }, { phase: 'Succeeded', containerStatuses: [
      cs({ state: { terminated: { reason: 'Completed', exitCode: 0 } } })] }),
    ['test16', '0/1', 'Completed', '0', '<unknown>'], 'Succeeded'],
  ['pod condition failed',
    pod('test17', { containers: unnamed(1) }, { phase: 'Failed', containerStatuses: [
      cs({ state: { terminated: { reason: 'Error', exitCode: 1 } } })] }),
    ['test17', '0/1', 'Error', '0', '<unknown>'], 'Failed'],
  ['pod condition succeed with deletion',
    pod('test18', { containers: unnamed(1) }, { phase: 'Succeeded', containerStatuses: [
      cs({ state: { terminated: { reason: 'Completed', exitCode: 0 } } })] }, { deletionTimestamp: deleteTime }),
    ['test18', '0/1', 'Completed', '0', '<unknown>'], 'Succeeded'],
  ['pod condition running with deletion',
    pod('test19', { containers: unnamed(1) }, { phase: 'Running', containerStatuses: [cs({ state: running })] },
      { deletionTimestamp: deleteTime }),
    ['test19', '0/1', 'Terminating', '0', '<unknown>']],
  ['pod condition pending with deletion',
    pod('test20', { containers: unnamed(1) }, { phase: 'Pending' }, { deletionTimestamp: deleteTime }),
    ['test20', '0/1', 'Terminating', '0', '<unknown>']],
];

describe('printPodRow', () => {
  it.each(cases)('TestPrintPod: %s', (_name, input, cells, completed) => {
    expectRow(printPodRow(input, NOW), cells, completed);
  });
});
