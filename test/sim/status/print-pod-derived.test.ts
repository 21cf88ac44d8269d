// Branches of printPod that no upstream test covers, worked out from the code itself
// (pkg/printers/internalversion/printers.go). Not upstream cases.
import { describe, it } from 'vitest';
import { printPodRow } from '../../../src/sim/status/print-pod.js';
import type { Pod } from '../../../src/sim/status/types.js';
import { cs, expectRow, finishedAt, NOW, pod, secondsAgo, type Cells } from './pod-fixtures.js';

const one = { containers: [{ name: 'app' }] };
const withInit = { initContainers: [{ name: 'init' }], containers: [{ name: 'app' }] };
const appWaiting = [cs({ name: 'app', state: { waiting: { reason: 'PodInitializing' } } })];
const created = { creationTimestamp: secondsAgo(150) };

const cases: [string, Pod, Cells, ('Succeeded' | 'Failed')?][] = [
  ['init container killed by a signal with no reason',
    pod('p', withInit, { phase: 'Pending', containerStatuses: appWaiting,
      initContainerStatuses: [cs({ name: 'init', state: { terminated: { exitCode: 137, signal: 9 } } })] }, created),
    ['p', '0/1', 'Init:Signal:9', '0', '2m30s']],
  ['init container exited non-zero with no reason',
    pod('p', withInit, { phase: 'Pending', containerStatuses: appWaiting,
      initContainerStatuses: [cs({ name: 'init', state: { terminated: { exitCode: 1 } } })] }, created),
    ['p', '0/1', 'Init:ExitCode:1', '0', '2m30s']],
  ['init container in CrashLoopBackOff',
    pod('p', withInit, { phase: 'Pending', containerStatuses: appWaiting,
      initContainerStatuses: [cs({ name: 'init', restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: secondsAgo(15) } } })] }, created),
    ['p', '0/1', 'Init:CrashLoopBackOff', '2 (15s ago)', '2m30s']],
  ['init container waiting as PodInitializing shows the index',
    pod('p', withInit, { phase: 'Pending', containerStatuses: appWaiting,
      initContainerStatuses: [cs({ name: 'init', state: { waiting: { reason: 'PodInitializing' } } })] }, created),
    ['p', '0/1', 'Init:0/1', '0', '2m30s']],
  ['regular container killed by a signal with no reason',
    pod('p', one, { phase: 'Running', containerStatuses: [
      cs({ name: 'app', state: { terminated: { exitCode: 143, signal: 15 } } })] }, created),
    ['p', '0/1', 'Signal:15', '0', '2m30s']],
  ['regular container exited with no reason',
    pod('p', one, { phase: 'Failed', containerStatuses: [
      cs({ name: 'app', state: { terminated: { exitCode: 2 } } })] }, created),
    ['p', '0/1', 'ExitCode:2', '0', '2m30s'], 'Failed'],
  ['deleted pod on a lost node shows Unknown',
    pod('p', one, { phase: 'Running', reason: 'NodeLost', containerStatuses: [
      cs({ name: 'app', ready: true, state: { running: {} } })] },
    { ...created, deletionTimestamp: secondsAgo(5) }),
    ['p', '1/1', 'Unknown', '0', '2m30s']],
  ['evicted pod whose statuses carry no reason shows Evicted',
    pod('p', one, { phase: 'Failed', reason: 'Evicted', containerStatuses: [cs({ name: 'app' })] }, created),
    ['p', '0/1', 'Evicted', '0', '2m30s'], 'Failed'],
  ['restarts without a finishedAt have no "ago"',
    pod('p', one, { phase: 'Running', containerStatuses: [
      cs({ name: 'app', ready: true, restartCount: 3, state: { running: {} } })] }, created),
    ['p', '1/1', 'Running', '3', '2m30s']],
  ['CrashLoopBackOff with the last exit 45s ago',
    pod('p', one, { phase: 'Running', containerStatuses: [
      cs({ name: 'app', restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: finishedAt(secondsAgo(45)) })] }, created),
    ['p', '0/1', 'CrashLoopBackOff', '4 (45s ago)', '2m30s']],
  ['podIP without podIPs still fills the IP column',
    pod('p', { ...one, nodeName: 'node01' }, { phase: 'Running', podIP: '10.244.1.5', containerStatuses: [
      cs({ name: 'app', ready: true, state: { running: {} } })] }, created),
    ['p', '1/1', 'Running', '0', '2m30s', '10.244.1.5', 'node01', '<none>', '<none>']],
  ['creationTimestamp 3 days ago',
    pod('p', one, { phase: 'Pending' }, { creationTimestamp: secondsAgo(3 * 86_400 + 5 * 3600) }),
    ['p', '0/1', 'Pending', '0', '3d5h']],
];

describe('printPodRow (derived, not upstream)', () => {
  it.each(cases)('%s', (_name, input, cells, completed) => {
    expectRow(printPodRow(input, NOW), cells, completed);
  });
});
