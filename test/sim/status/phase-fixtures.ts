// The status helpers of pkg/kubelet/kubelet_pods_test.go, as API JSON.
import type { ContainerStatus, PodPhase, PodSpec, RestartPolicy } from '../../../src/sim/status/types.js';

const status = (name: string, fields: Partial<ContainerStatus>): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  ...fields,
});

export const waitingState = (n: string) => status(n, { state: { waiting: {} } });
export const waitingStateWithLastTermination = (n: string) =>
  status(n, { state: { waiting: {} }, lastState: { terminated: { exitCode: 0 } } });
export const waitingStateWithNonZeroTermination = (n: string) =>
  status(n, { state: { waiting: {} }, lastState: { terminated: { exitCode: -1 } } });
export const runningState = (n: string) => status(n, { state: { running: {} } });
export const startedState = (n: string) => status(n, { state: { running: {} }, started: true });
export const stoppedState = (n: string) => status(n, { state: { terminated: { exitCode: 0 } } });
export const succeededState = (n: string) => status(n, { state: { terminated: { exitCode: 0 } } });
export const failedState = (n: string) => status(n, { state: { terminated: { exitCode: -1 } } });

/** The desiredState specs of the upstream tests. */
export function desiredState(restartPolicy: RestartPolicy, init?: 'regular' | 'sidecar'): PodSpec {
  return {
    nodeName: 'machine',
    ...(init ? { initContainers: [{ name: 'containerX', ...(init === 'sidecar' ? { restartPolicy: 'Always' } : {}) }] } : {}),
    containers: [{ name: 'containerA' }, { name: 'containerB' }],
    restartPolicy,
  };
}

/** One upstream row: name, statuses passed to getPhase, podIsTerminal, podHasInitialized, phase. */
export type PhaseRow = [string, ContainerStatus[], boolean, boolean, PodPhase];

/** Prefixes each row with its upstream test name and spec, for one flat it.each table. */
export function group(test: string, spec: PodSpec, rows: PhaseRow[]): [string, string, PodSpec, ...PhaseRow][] {
  return rows.map((row) => [test, row[0], spec, ...row]);
}
