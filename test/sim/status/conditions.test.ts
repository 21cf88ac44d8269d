// Upstream tables from pkg/kubelet/status/generate_test.go: TestGenerateContainersReadyCondition
// (11), TestGeneratePodReadyCondition (14), TestGeneratePodInitializedCondition (11; upstream
// checks type, status and reason only, so the message is not asserted there either).
import { describe, expect, it } from 'vitest';
import {
  generateContainersReadyCondition,
  generatePodInitializedCondition,
  generatePodReadyCondition,
  type GeneratedCondition,
} from '../../../src/sim/status/conditions.js';
import type { ConditionStatus, ContainerStatus, PodCondition, PodSpec } from '../../../src/sim/status/types.js';

const ready = (name: string): ContainerStatus => ({ name, ready: true, restartCount: 0 });
const notReady = (name: string): ContainerStatus => ({ name, ready: false, restartCount: 0 });
const started = (name: string): ContainerStatus => ({ name, ready: false, restartCount: 0, started: true });
const notStarted = (name: string): ContainerStatus => ({ name, ready: false, restartCount: 0, started: false });
const cond = (type: string, status: ConditionStatus, reason = '', message = ''): GeneratedCondition => ({
  type, status, ...(reason ? { reason } : {}), ...(message ? { message } : {}),
});
const names = (...n: string[]) => n.map((name) => ({ name }));
const sidecars = (...n: string[]) => n.map((name) => ({ name, restartPolicy: 'Always' }));

describe('generateContainersReadyCondition', () => {
  const CR = 'ContainersReady';
  it.each<[number, PodSpec, ContainerStatus[] | undefined, string, GeneratedCondition]>([
    [0, { containers: [] }, undefined, 'Running', cond(CR, 'False', 'UnknownContainerStatuses')],
    [1, { containers: [] }, [], 'Running', cond(CR, 'True')],
    [2, { containers: names('1234') }, [], 'Running', cond(CR, 'False', 'ContainersNotReady', 'containers with unknown status: [1234]')],
    [3, { containers: names('1234', '5678') }, [ready('1234'), ready('5678')], 'Running', cond(CR, 'True')],
    [4, { containers: names('1234', '5678') }, [ready('1234')], 'Running',
      cond(CR, 'False', 'ContainersNotReady', 'containers with unknown status: [5678]')],
    [5, { containers: names('1234', '5678') }, [ready('1234'), notReady('5678')], 'Running',
      cond(CR, 'False', 'ContainersNotReady', 'containers with unready status: [5678]')],
    [6, { containers: names('1234') }, [notReady('1234')], 'Succeeded', cond(CR, 'False', 'PodCompleted')],
    [7, { initContainers: sidecars('restartable-init-1'), containers: names('regular-1') }, [ready('regular-1')], 'Running',
      cond(CR, 'False', 'ContainersNotReady', 'containers with unknown status: [restartable-init-1]')],
    [8, { initContainers: sidecars('restartable-init-1', 'restartable-init-2'), containers: names('regular-1') },
      [ready('restartable-init-1'), ready('restartable-init-2'), ready('regular-1')], 'Running', cond(CR, 'True')],
    [9, { initContainers: sidecars('restartable-init-1', 'restartable-init-2'), containers: names('regular-1') },
      [ready('restartable-init-1'), ready('regular-1')], 'Running',
      cond(CR, 'False', 'ContainersNotReady', 'containers with unknown status: [restartable-init-2]')],
    [10, { initContainers: sidecars('restartable-init-1', 'restartable-init-2'), containers: names('regular-1') },
      [ready('restartable-init-1'), notReady('restartable-init-2'), ready('regular-1')], 'Running',
      cond(CR, 'False', 'ContainersNotReady', 'containers with unready status: [restartable-init-2]')],
  ])('TestGenerateContainersReadyCondition case %i', (_i, spec, statuses, phase, want) => {
    expect(generateContainersReadyCondition(spec, statuses, phase)).toEqual(want);
  });
});

describe('generatePodReadyCondition', () => {
  const R = 'Ready';
  const gates = (...g: string[]) => g.map((conditionType) => ({ conditionType }));
  const c = (type: string, status: ConditionStatus): PodCondition => ({ type, status });
  it.each<[number, PodSpec, PodCondition[] | undefined, ContainerStatus[] | undefined, string, GeneratedCondition]>([
    [0, { containers: [] }, undefined, undefined, 'Running', cond(R, 'False', 'UnknownContainerStatuses')],
    [1, { containers: [] }, undefined, [], 'Running', cond(R, 'True')],
    [2, { containers: names('1234') }, undefined, [], 'Running',
      cond(R, 'False', 'ContainersNotReady', 'containers with unknown status: [1234]')],
    [3, { containers: names('1234', '5678') }, undefined, [ready('1234'), ready('5678')], 'Running', cond(R, 'True')],
    [4, { containers: names('1234', '5678') }, undefined, [ready('1234')], 'Running',
      cond(R, 'False', 'ContainersNotReady', 'containers with unknown status: [5678]')],
    [5, { containers: names('1234', '5678') }, undefined, [ready('1234'), notReady('5678')], 'Running',
      cond(R, 'False', 'ContainersNotReady', 'containers with unready status: [5678]')],
    [6, { containers: names('1234') }, undefined, [notReady('1234')], 'Succeeded', cond(R, 'False', 'PodCompleted')],
    [7, { containers: [], readinessGates: gates('gate1') }, undefined, [], 'Running',
      cond(R, 'False', 'ReadinessGatesNotReady', 'corresponding condition of pod readiness gate "gate1" does not exist.')],
    [8, { containers: [], readinessGates: gates('gate1') }, [c('gate1', 'False')], [], 'Running',
      cond(R, 'False', 'ReadinessGatesNotReady', 'the status of pod readiness gate "gate1" is not "True", but False')],
    [9, { containers: [], readinessGates: gates('gate1') }, [c('gate1', 'True')], [], 'Running', cond(R, 'True')],
    [10, { containers: [], readinessGates: gates('gate1', 'gate2') }, [c('gate1', 'True')], [], 'Running',
      cond(R, 'False', 'ReadinessGatesNotReady', 'corresponding condition of pod readiness gate "gate2" does not exist.')],
    [11, { containers: [], readinessGates: gates('gate1', 'gate2') }, [c('gate1', 'True'), c('gate2', 'False')], [], 'Running',
      cond(R, 'False', 'ReadinessGatesNotReady', 'the status of pod readiness gate "gate2" is not "True", but False')],
    [12, { containers: [], readinessGates: gates('gate1', 'gate2') }, [c('gate1', 'True'), c('gate2', 'True')], [], 'Running',
      cond(R, 'True')],
    [13, { containers: names('1234'), readinessGates: gates('gate1') }, [c('gate1', 'True')], [notReady('1234')], 'Running',
      cond(R, 'False', 'ContainersNotReady', 'containers with unready status: [1234]')],
  ])('TestGeneratePodReadyCondition case %i', (_i, spec, conditions, statuses, phase, want) => {
    expect(generatePodReadyCondition(spec, conditions, statuses, phase)).toEqual(want);
  });
});

describe('generatePodInitializedCondition', () => {
  const oneInit: PodSpec = { initContainers: names('1234'), containers: names('regular') };
  const twoInit: PodSpec = { initContainers: names('1234', '5678'), containers: names('regular') };
  const oneSidecar: PodSpec = { initContainers: sidecars('1234'), containers: names('regular') };
  it.each<[number, PodSpec, ContainerStatus[] | undefined, string, ConditionStatus, string | undefined]>([
    [0, twoInit, undefined, 'Running', 'False', 'UnknownContainerStatuses'],
    [1, { containers: [] }, [], 'Running', 'True', undefined],
    [2, oneInit, [], 'Running', 'False', 'ContainersNotInitialized'],
    [3, twoInit, [ready('1234'), ready('5678')], 'Running', 'True', undefined],
    [4, twoInit, [ready('1234')], 'Running', 'False', 'ContainersNotInitialized'],
    [5, twoInit, [ready('1234'), notReady('5678')], 'Running', 'False', 'ContainersNotInitialized'],
    [6, oneInit, [ready('1234')], 'Succeeded', 'True', 'PodCompleted'],
    [7, oneSidecar, [notStarted('1234')], 'Pending', 'False', 'ContainersNotInitialized'],
    [8, oneSidecar, [started('1234')], 'Running', 'True', undefined],
    [9, oneSidecar, [notStarted('1234'), { name: 'regular', ready: false, restartCount: 0, state: { running: {} } }],
      'Running', 'True', undefined],
    [10, oneInit, [
      { name: '1234', ready: false, restartCount: 0, state: { waiting: {} } },
      { name: 'regular', ready: false, restartCount: 0, state: { terminated: { exitCode: 0 } } },
    ], 'Running', 'True', undefined],
  ])('TestGeneratePodInitializedCondition case %i', (_i, spec, statuses, phase, status, reason) => {
    const got = generatePodInitializedCondition(spec, statuses, phase);
    expect([got.type, got.status, got.reason]).toEqual(['Initialized', status, reason]);
  });
});
