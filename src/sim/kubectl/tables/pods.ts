// The server-side Table for pods (pkg/printers/internalversion/printers.go printPod), with the
// cells computed by sim/status printPodRow, never here.
import type { Pod } from '../../api/types.js';
import { printPodRow } from '../../status/index.js';
import type { Table, TableColumn } from '../print/table.js';

export const POD_COLUMNS: readonly TableColumn[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Ready', priority: 0 },
  { name: 'Status', priority: 0 },
  { name: 'Restarts', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'IP', priority: 1 },
  { name: 'Node', priority: 1 },
  { name: 'Nominated Node', priority: 1 },
  { name: 'Readiness Gates', priority: 1 },
];

/** Rows for pods at `nowMs`. */
export function podTable(pods: readonly Pod[], nowMs: number): Table {
  return {
    columns: POD_COLUMNS,
    rows: pods.map((pod) => {
      const r = printPodRow(pod, nowMs);
      return {
        cells: [r.name, r.ready, r.status, r.restarts, r.age, r.ip, r.node, r.nominatedNode, r.readinessGates],
        namespace: pod.metadata.namespace,
        labels: pod.metadata.labels,
      };
    }),
  };
}
