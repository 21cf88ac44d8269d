// kubecontainer helpers (pkg/kubelet/container/helpers.go), worked out from the code.
import { describe, expect, it } from 'vitest';
import {
  hasAnyActiveRegularContainerStarted,
  hasAnyRegularContainerStarted,
} from '../../../src/sim/status/containers.js';
import type { ContainerStatus, PodSpec } from '../../../src/sim/status/types.js';

const spec: PodSpec = { initContainers: [{ name: 'sidecar', restartPolicy: 'Always' }], containers: [{ name: 'app' }] };
const st = (name: string, state: ContainerStatus['state']): ContainerStatus => ({ name, ready: false, restartCount: 0, state });

describe('hasAnyActiveRegularContainerStarted', () => {
  it.each([
    ['no runtime status', undefined, false],
    ['only the sidecar in the sandbox', ['sidecar'], false],
    ['a regular container in the sandbox, in any state', ['sidecar', 'app'], true],
  ] as const)('%s → %s', (_name, active, want) => {
    expect(hasAnyActiveRegularContainerStarted(spec, active)).toBe(want);
  });
});

describe('hasAnyRegularContainerStarted', () => {
  it.each([
    ['no statuses', undefined, false],
    ['regular container waiting', [st('app', { waiting: { reason: 'PodInitializing' } })], false],
    ['only the sidecar running', [st('sidecar', { running: {} })], false],
    ['regular container running', [st('app', { running: {} })], true],
    ['regular container terminated', [st('app', { terminated: { exitCode: 1 } })], true],
  ] as const)('%s → %s', (_name, statuses, want) => {
    expect(hasAnyRegularContainerStarted(spec, statuses)).toBe(want);
  });
});
