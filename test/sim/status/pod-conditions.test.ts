// How generateAPIPodStatus assembles the list (pkg/kubelet/kubelet_pods.go), and the
// Initialized messages that upstream's table leaves unchecked. Derived from the code, not upstream.
import { describe, expect, it } from 'vitest';
import { generatePodInitializedCondition, podConditions } from '../../../src/sim/status/conditions.js';
import type { ContainerStatus, PodSpec } from '../../../src/sim/status/types.js';

const spec: PodSpec = {
  initContainers: [{ name: 'init' }],
  containers: [{ name: 'app' }],
  readinessGates: [{ conditionType: 'example.com/lb' }],
};
const initDone: ContainerStatus = { name: 'init', ready: true, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } };
const appReady: ContainerStatus = { name: 'app', ready: true, restartCount: 0, state: { running: {} } };

describe('podConditions', () => {
  it('keeps foreign conditions first, drops stale kubelet ones, then appends in kubelet order', () => {
    const list = podConditions({
      spec,
      previous: [
        { type: 'PodScheduled', status: 'True' },
        { type: 'example.com/lb', status: 'True' },
        { type: 'Ready', status: 'False', reason: 'ContainersNotReady' },
        { type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI' },
      ],
      statuses: [initDone, appReady],
      phase: 'Running',
      sandboxReady: true,
    });
    expect(list).toEqual([
      { type: 'example.com/lb', status: 'True' },
      { type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI' },
      { type: 'PodReadyToStartContainers', status: 'True' },
      { type: 'Initialized', status: 'True' },
      { type: 'Ready', status: 'True' },
      { type: 'ContainersReady', status: 'True' },
      { type: 'PodScheduled', status: 'True' },
    ]);
  });

  it('Ready waits for a readiness gate the kubelet does not own', () => {
    const list = podConditions({ spec, statuses: [initDone, appReady], phase: 'Running', sandboxReady: true });
    expect(list.find((c) => c.type === 'Ready')).toEqual({
      type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady',
      message: 'corresponding condition of pod readiness gate "example.com/lb" does not exist.',
    });
  });

  it('a pod without a sandbox yet', () => {
    const list = podConditions({ spec: { containers: [{ name: 'app' }] }, statuses: [
      { name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } },
    ], phase: 'Pending', sandboxReady: false });
    expect(list.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=False', 'Initialized=True', 'Ready=False', 'ContainersReady=False', 'PodScheduled=True',
    ]);
  });
});

describe('terminal phases', () => {
  it.each([
    ['Failed, even with a container status missing', 'Failed', [], 'PodFailed'],
    ['Failed with every status ready', 'Failed', [appReady], 'PodFailed'],
    ['Succeeded', 'Succeeded', [appReady], 'PodCompleted'],
  ])('%s: ContainersReady and Ready are False', (_name, phase, statuses, reason) => {
    const list = podConditions({ spec: { containers: [{ name: 'app' }] }, statuses, phase, sandboxReady: false });
    expect(list.filter((c) => c.type === 'Ready' || c.type === 'ContainersReady')).toEqual([
      { type: 'Ready', status: 'False', reason },
      { type: 'ContainersReady', status: 'False', reason },
    ]);
  });
});

describe('generatePodInitializedCondition messages', () => {
  it.each([
    ['unknown and incomplete', [{ name: 'a', ready: false, restartCount: 0 }],
      'containers with unknown status: [b], containers with incomplete status: [a]'],
    ['incomplete only', [{ name: 'a', ready: true, restartCount: 0 }, { name: 'b', ready: false, restartCount: 0 }],
      'containers with incomplete status: [b]'],
  ])('%s', (_name, statuses, message) => {
    const twoInit: PodSpec = { initContainers: [{ name: 'a' }, { name: 'b' }], containers: [{ name: 'app' }] };
    expect(generatePodInitializedCondition(twoInit, statuses, 'Pending')).toEqual({
      type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message,
    });
  });
});
