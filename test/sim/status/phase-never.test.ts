// Upstream tables from pkg/kubelet/kubelet_pods_test.go: TestPodPhaseWithRestartNever (7),
// TestPodPhaseWithRestartNeverInitContainers (7), ...RestartableInitContainers (13),
// TestPodPhaseWithRestartOnFailure (8). Default feature gates.
import { describe, expect, it } from 'vitest';
import { derivePhase, getPhase } from '../../../src/sim/status/phase.js';
import type { Pod } from '../../../src/sim/status/types.js';
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

const [A, B, X] = ['containerA', 'containerB', 'containerX'];

const rows = [
  ...group('TestPodPhaseWithRestartNever', desiredState('Never'), [
    ['waiting', [], false, false, 'Pending'],
    ['all running with restart never', [runningState(A), runningState(B)], false, false, 'Running'],
    ['all succeeded with restart never', [succeededState(A), succeededState(B)], false, false, 'Succeeded'],
    ['all failed with restart never', [failedState(A), failedState(B)], false, false, 'Failed'],
    ['mixed state #1 with restart never', [runningState(A), succeededState(B)], false, false, 'Running'],
    ['mixed state #2 with restart never', [runningState(A)], false, false, 'Pending'],
    ['mixed state #3 with restart never', [runningState(A), waitingState(B)], false, false, 'Pending'],
  ]),
  ...group('TestPodPhaseWithRestartNeverInitContainers', desiredState('Never', 'regular'), [
    ['empty, waiting', [], false, false, 'Pending'],
    ['init container running', [runningState(X)], false, false, 'Pending'],
    ['init container terminated non-zero', [failedState(X)], false, false, 'Failed'],
    ['init container waiting, terminated zero', [waitingLastZero(X)], false, false, 'Pending'],
    ['init container waiting, terminated non-zero', [waitingLastNonZero(X)], false, false, 'Failed'],
    ['init container waiting, not terminated', [waitingState(X)], false, false, 'Pending'],
    ['init container succeeded', [succeededState(X), runningState(A), runningState(B)], false, false, 'Running'],
  ]),
  ...group('TestPodPhaseWithRestartNeverRestartableInitContainers', desiredState('Never', 'sidecar'), [
    ['empty, waiting', [], false, false, 'Pending'],
    ['restartable init container running', [runningState(X)], false, false, 'Pending'],
    ['restartable init container stopped', [stoppedState(X)], false, false, 'Pending'],
    ['restartable init container waiting, terminated zero', [waitingLastZero(X)], false, false, 'Pending'],
    ['restartable init container waiting, terminated non-zero', [waitingLastNonZero(X)], false, false, 'Pending'],
    ['restartable init container waiting, not terminated', [waitingState(X)], false, false, 'Pending'],
    ['restartable init container started, one main container running',
      [startedState(X), runningState(A)], false, true, 'Pending'],
    ['restartable init container started, main containers succeeded',
      [startedState(X), succeededState(A), succeededState(B)], false, true, 'Running'],
    ['restartable init container re-running, main containers succeeded',
      [runningState(X), succeededState(A), succeededState(B)], false, true, 'Running'],
    ['all containers succeeded', [succeededState(X), succeededState(A), succeededState(B)], false, true, 'Succeeded'],
    ['restartable init container terminated non-zero, main containers succeeded',
      [failedState(X), succeededState(A), succeededState(B)], false, true, 'Succeeded'],
    ['backoff crashloop restartable init container, main containers succeeded',
      [waitingLastZero(X), succeededState(A), succeededState(B)], false, true, 'Succeeded'],
    ['backoff crashloop with non-zero restartable init container, main containers succeeded',
      [waitingLastNonZero(X), succeededState(A), succeededState(B)], false, true, 'Succeeded'],
  ]),
  ...group('TestPodPhaseWithRestartOnFailure', desiredState('OnFailure'), [
    ['waiting', [], false, false, 'Pending'],
    ['all running with restart onfailure', [runningState(A), runningState(B)], false, false, 'Running'],
    ['all succeeded with restart onfailure', [succeededState(A), succeededState(B)], false, false, 'Succeeded'],
    // Upstream's name says "never", but the spec is OnFailure: failed containers restart.
    ['all failed with restart never', [failedState(A), failedState(B)], false, false, 'Running'],
    ['mixed state #1 with restart onfailure', [runningState(A), succeededState(B)], false, false, 'Running'],
    ['mixed state #2 with restart onfailure', [runningState(A)], false, false, 'Pending'],
    ['mixed state #3 with restart onfailure', [runningState(A), waitingState(B)], false, false, 'Pending'],
    ['backoff crashloop container with restart onfailure', [runningState(A), waitingLastZero(B)], false, false, 'Running'],
  ]),
];

describe('getPhase', () => {
  it.each(rows)('%s: %s', (_test, _name, spec, _n, statuses, podIsTerminal, podHasInitialized, phase) => {
    expect(getPhase(spec, statuses, podIsTerminal, podHasInitialized)).toBe(phase);
  });
});

describe('derivePhase (not upstream)', () => {
  const spec = desiredState('Never');
  it.each([
    ['keeps a terminal reported phase', 'Failed', [runningState(A), runningState(B)], 'Failed'],
    ['computes from statuses otherwise', 'Running', [succeededState(A), failedState(B)], 'Failed'],
    ['a pod with no statuses is Pending', undefined, [], 'Pending'],
  ] as const)('%s', (_name, reported, containerStatuses, phase) => {
    const pod: Pod = { metadata: { name: 'p' }, spec, status: { phase: reported, containerStatuses } };
    expect(derivePhase(pod)).toBe(phase);
  });

  it('a static pod is not made terminal by podIsTerminal', () => {
    expect(getPhase(desiredState('Always'), [succeededState(A), succeededState(B)], true, false, true)).toBe('Running');
  });
});
