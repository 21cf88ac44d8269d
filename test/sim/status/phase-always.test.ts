// Upstream tables from pkg/kubelet/kubelet_pods_test.go: TestPodPhaseWithRestartAlways (9),
// TestPodPhaseWithRestartAlwaysInitContainers (7), ...RestartableInitContainers (14),
// TestPodPhaseWithRestartAlwaysAndPodHasRun (5). Default feature gates.
import { describe, expect, it } from 'vitest';
import { getPhase } from '../../../src/sim/status/phase.js';
import {
  desiredState,
  failedState,
  group,
  runningState,
  startedState,
  stoppedState,
  succeededState,
  waitingState,
  waitingStateWithLastTermination as waitingLastZero,
  waitingStateWithNonZeroTermination as waitingLastNonZero,
} from './phase-fixtures.js';

const [A, B, X, Y] = ['containerA', 'containerB', 'containerX', 'containerY'];

const rows = [
  ...group('TestPodPhaseWithRestartAlways', desiredState('Always'), [
    ['waiting', [], false, false, 'Pending'],
    ['all running', [runningState(A), runningState(B)], false, false, 'Running'],
    ['all stopped with restart always', [stoppedState(A), stoppedState(B)], false, false, 'Running'],
    ['all succeeded with restart always, but the pod is terminal',
      [succeededState(A), succeededState(B)], true, false, 'Succeeded'],
    ['all stopped with restart always, but the pod is terminal',
      [succeededState(A), failedState(B)], true, false, 'Failed'],
    ['mixed state #1 with restart always', [runningState(A), stoppedState(B)], false, false, 'Running'],
    ['mixed state #2 with restart always', [runningState(A)], false, false, 'Pending'],
    ['mixed state #3 with restart always', [runningState(A), waitingState(B)], false, false, 'Pending'],
    ['backoff crashloop container with restart always', [runningState(A), waitingLastZero(B)], false, false, 'Running'],
  ]),
  // Init-container tables pass init statuses first, then container statuses, like upstream.
  ...group('TestPodPhaseWithRestartAlwaysInitContainers', desiredState('Always', 'regular'), [
    ['empty, waiting', [], false, false, 'Pending'],
    ['init container running', [runningState(X)], false, false, 'Pending'],
    ['init container terminated non-zero', [failedState(X)], false, false, 'Pending'],
    ['init container waiting, terminated zero', [waitingLastZero(X)], false, false, 'Pending'],
    ['init container waiting, terminated non-zero', [waitingLastNonZero(X)], false, false, 'Pending'],
    ['init container waiting, not terminated', [waitingState(X)], false, false, 'Pending'],
    ['init container succeeded', [succeededState(X), runningState(A), runningState(B)], false, false, 'Running'],
  ]),
  ...group('TestPodPhaseWithRestartAlwaysRestartableInitContainers', desiredState('Always', 'sidecar'), [
    ['empty, waiting', [], false, false, 'Pending'],
    ['restartable init container running', [runningState(X)], false, false, 'Pending'],
    ['restartable init container stopped', [stoppedState(X)], false, false, 'Pending'],
    ['restartable init container waiting, terminated zero', [waitingLastZero(X)], false, false, 'Pending'],
    ['restartable init container waiting, terminated non-zero', [waitingLastNonZero(X)], false, false, 'Pending'],
    ['restartable init container waiting, not terminated', [waitingState(X)], false, false, 'Pending'],
    ['restartable init container started, 1/2 regular container running',
      [startedState(X), runningState(A)], false, true, 'Pending'],
    ['restartable init container started, all regular containers running',
      [startedState(X), runningState(A), runningState(B)], false, true, 'Running'],
    ['restartable init container running, all regular containers running',
      [runningState(X), runningState(A), runningState(B)], false, true, 'Running'],
    ['restartable init container stopped, all regular containers running',
      [stoppedState(X), runningState(A), runningState(B)], false, true, 'Running'],
    ['backoff crashloop restartable init container, all regular containers running',
      [waitingLastZero(X), runningState(A), runningState(B)], false, true, 'Running'],
    ['all regular containers succeeded and restartable init container failed with restart always, but the pod is terminal',
      [failedState(X), succeededState(A), succeededState(B)], true, true, 'Succeeded'],
    ['all regular containers succeeded and restartable init container succeeded with restart always, but the pod is terminal',
      [succeededState(X), succeededState(A), succeededState(B)], true, true, 'Succeeded'],
    ['re-initializing the pod after the sandbox is recreated',
      [runningState(X), runningState(A), runningState(B)], false, false, 'Pending'],
  ]),
  ...group('TestPodPhaseWithRestartAlwaysAndPodHasRun', {
    nodeName: 'machine',
    initContainers: [{ name: X }, { name: Y, restartPolicy: 'Always' }],
    containers: [{ name: A }],
    restartPolicy: 'Always',
  }, [
    ['regular init containers, restartable init container and regular container are all running',
      [runningState(X), runningState(Y), runningState(A)], false, false, 'Pending'],
    ['regular containers is stopped, restartable init container and regular int container are both running',
      [runningState(X), runningState(Y), stoppedState(A)], false, false, 'Pending'],
    ['re-created sandbox: regular init container is succeeded, restartable init container is running, old regular containers is stopped',
      [succeededState(X), runningState(Y), stoppedState(A)], false, false, 'Pending'],
    ['regular init container is succeeded, restartable init container is running, regular containers is stopped',
      [succeededState(X), runningState(Y), stoppedState(A)], false, true, 'Running'],
    ['regular init container is succeeded, restartable init container and regular containers are both running',
      [succeededState(X), runningState(Y), runningState(A)], false, true, 'Running'],
  ]),
];

describe('getPhase', () => {
  it.each(rows)('%s: %s', (_test, _name, spec, _n, statuses, podIsTerminal, podHasInitialized, phase) => {
    expect(getPhase(spec, statuses, podIsTerminal, podHasInitialized)).toBe(phase);
  });
});
