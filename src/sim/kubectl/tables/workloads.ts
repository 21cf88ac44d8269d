// Server-side Tables for deployments and replicasets (printers.go printDeployment, printReplicaSet).
import type { Deployment, LabelSelector, ReplicaSet } from '../../api/types.js';
import { translateTimestampSince } from '../../status/index.js';
import type { Table, TableColumn } from '../print/table.js';

export const DEPLOYMENT_COLUMNS: readonly TableColumn[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Ready', priority: 0 },
  { name: 'Up-to-date', priority: 0 },
  { name: 'Available', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

export const REPLICASET_COLUMNS: readonly TableColumn[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Desired', priority: 0 },
  { name: 'Current', priority: 0 },
  { name: 'Ready', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

/** `metav1.LabelSelectorAsSelector(...).String()`: requirements sorted by key. */
export function selectorString(sel: LabelSelector | undefined): string {
  const parts: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel?.matchLabels ?? {})) parts.push({ key: k, text: `${k}=${v}` });
  for (const e of sel?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text = e.operator === 'In' ? `${e.key} in (${values})` : e.operator === 'NotIn' ? `${e.key} notin (${values})`
      : e.operator === 'Exists' ? e.key : `!${e.key}`;
    parts.push({ key: e.key, text });
  }
  return parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((p) => p.text).join(',');
}

function containerCells(spec: { containers: readonly { name: string; image?: string }[] }): [string, string] {
  return [spec.containers.map((c) => c.name).join(','), spec.containers.map((c) => c.image ?? '').join(',')];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function deploymentTable(items: readonly Deployment[], nowMs: number): Table {
  return {
    columns: DEPLOYMENT_COLUMNS,
    rows: items.map((d) => {
      const s = d.status ?? {};
      return {
        cells: [
          d.metadata.name ?? '', `${num(s.readyReplicas)}/${d.spec.replicas ?? 1}`, num(s.updatedReplicas), num(s.availableReplicas),
          translateTimestampSince(d.metadata.creationTimestamp, nowMs), ...containerCells(d.spec.template.spec), selectorString(d.spec.selector),
        ],
        namespace: d.metadata.namespace,
        labels: d.metadata.labels,
      };
    }),
  };
}

export function replicaSetTable(items: readonly ReplicaSet[], nowMs: number): Table {
  return {
    columns: REPLICASET_COLUMNS,
    rows: items.map((rs) => ({
      cells: [
        rs.metadata.name ?? '', rs.spec.replicas ?? 1, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0,
        translateTimestampSince(rs.metadata.creationTimestamp, nowMs), ...containerCells(rs.spec.template.spec), selectorString(rs.spec.selector),
      ],
      namespace: rs.metadata.namespace,
      labels: rs.metadata.labels,
    })),
  };
}
