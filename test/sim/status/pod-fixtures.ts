// Builders that mirror the Go literals of the upstream tables, so each row reads like its source.
import { expect } from 'vitest';
import type { PodRow } from '../../../src/sim/status/print-pod.js';
import { formatRfc3339 } from '../../../src/sim/status/time.js';
import type { Container, ContainerStatus, Pod, PodSpec, PodStatus } from '../../../src/sim/status/types.js';

/** Stands in for upstream's time.Now(). */
export const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
const SECOND = 1000;
const DAY = 86_400 * SECOND;

/** `metav1.NewTime(time.Now().Add(-n))` as the API would serialise it. */
export const secondsAgo = (n: number) => formatRfc3339(NOW - n * SECOND);
export const daysAgo = (n: number) => formatRfc3339(NOW - n * DAY);

/** `make([]api.Container, n)`: n containers with empty names. */
export const unnamed = (n: number): Container[] => Array.from({ length: n }, () => ({ name: '' }));

/** An `api.ContainerStatus{...}` literal: Go zero values for everything not given. */
export const cs = (fields: Partial<ContainerStatus> = {}): ContainerStatus => ({
  name: '',
  ready: false,
  restartCount: 0,
  ...fields,
});

/** `LastTerminationState: {Terminated: {FinishedAt: ...}}`. */
export const finishedAt = (at: string) => ({ terminated: { exitCode: 0, finishedAt: at } });

export const pod = (
  name: string,
  spec: PodSpec,
  status: PodStatus,
  metadata: Partial<Pod['metadata']> = {},
): Pod => ({ metadata: { name, ...metadata }, spec, status });

/** Cells of an upstream TableRow: name, ready, status, restarts, age (then the wide columns). */
export type Cells = readonly string[];

/** Asserts a printed row equals the upstream cells and row condition. */
export function expectRow(row: PodRow, cells: Cells, completed?: 'Succeeded' | 'Failed'): void {
  const wide = [row.ip, row.node, row.nominatedNode, row.readinessGates];
  const got = [row.name, row.ready, row.status, row.restarts, row.age, ...wide].slice(0, cells.length);
  expect(got).toEqual(cells);
  expect(row.rowCondition?.reason).toBe(completed);
  if (completed) {
    const message = completed === 'Succeeded' ? 'The pod has completed successfully.' : 'The pod failed.';
    expect(row.rowCondition).toEqual({ type: 'Completed', status: 'True', reason: completed, message });
  }
}
