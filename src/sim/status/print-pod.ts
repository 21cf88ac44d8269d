// The `kubectl get pods` row, computed as kube-apiserver's printPod does
// (pkg/printers/internalversion/printers.go). See k8s-semantics.md §1.
import { humanDuration, translateTimestampSince } from './duration.js';
import { rowCells } from './row-cells.js';
import type { Pod } from './types.js';

/** The `Completed` table-row condition printPod attaches to terminal pods. */
export interface RowCondition {
  readonly type: 'Completed';
  readonly status: 'True';
  readonly reason: 'Succeeded' | 'Failed';
  readonly message: string;
}

/** One row of `kubectl get pods` (the last four are the `-o wide` columns). */
export interface PodRow {
  readonly name: string;
  readonly ready: string;
  readonly status: string;
  readonly restarts: string;
  readonly age: string;
  readonly ip: string;
  readonly node: string;
  readonly nominatedNode: string;
  readonly readinessGates: string;
  /** Set for phase Succeeded or Failed, as on the upstream table row. */
  readonly rowCondition?: RowCondition;
}

function rowConditionFor(phase: string | undefined): RowCondition | undefined {
  if (phase === 'Succeeded') {
    return { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' };
  }
  if (phase === 'Failed') return { type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' };
  return undefined;
}

/**
 * READY, STATUS and the restart count as `printPodRow` gives them (the count as the number its
 * RESTARTS text starts with), without the clock-dependent cells: what a watch compares.
 */
export function podRowState(pod: Pod): { readonly ready: string; readonly status: string; readonly restarts: number } {
  const cells = rowCells(pod, false);
  return { ready: cells.ready, status: cells.status, restarts: Number.parseInt(String(cells.restarts), 10) || 0 };
}

/**
 * Computes the `kubectl get pods` row for a pod at `nowMs` (epoch milliseconds).
 * Pure: the same pod and time always give the same row.
 */
export function printPodRow(pod: Pod, nowMs: number): PodRow {
  const status = pod.status ?? {};
  const { ready, status: reason, restarts, lastRestart } = rowCells(pod, true);
  const restartsText =
    restarts !== 0 && lastRestart !== undefined
      ? `${restarts} (${humanDuration((nowMs - lastRestart) / 1000)} ago)`
      : String(restarts);

  const rowCondition = rowConditionFor(status.phase);
  return {
    name: pod.metadata.name ?? '',
    ready,
    status: reason,
    restarts: restartsText,
    age: translateTimestampSince(pod.metadata.creationTimestamp, nowMs),
    ...wideColumns(pod),
    ...(rowCondition ? { rowCondition } : {}),
  };
}

/** The `-o wide` columns: IP, NODE, NOMINATED NODE, READINESS GATES. */
function wideColumns(pod: Pod): Pick<PodRow, 'ip' | 'node' | 'nominatedNode' | 'readinessGates'> {
  const status = pod.status ?? {};
  // Note: the apiserver prints the internal podIPs[0]; converting from v1, a set podIP wins over
  // a differing podIPs[0] and fills an empty podIPs (the dual-stack conversion rule).
  const ip = status.podIP || status.podIPs?.[0]?.ip || '<none>';
  const gates = pod.spec.readinessGates ?? [];
  let readinessGates = '<none>';
  if (gates.length > 0) {
    const trueGates = gates.filter((g) => {
      const c = status.conditions?.find((cond) => cond.type === g.conditionType);
      return c?.status === 'True';
    }).length;
    readinessGates = `${trueGates}/${gates.length}`;
  }
  return {
    ip,
    node: pod.spec.nodeName || '<none>',
    nominatedNode: status.nominatedNodeName || '<none>',
    readinessGates,
  };
}
