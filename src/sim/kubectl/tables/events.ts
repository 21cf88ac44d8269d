// The server-side Table for events (printers.go printEvent, formatEventSource).
import { humanDuration } from '../../status/index.js';
import type { ClusterEvent } from '../cluster.js';
import type { Table, TableColumn } from '../print/table.js';

export const EVENT_COLUMNS: readonly TableColumn[] = [
  { name: 'Last Seen', priority: 0 },
  { name: 'Type', priority: 0 },
  { name: 'Reason', priority: 0 },
  { name: 'Object', priority: 0 },
  { name: 'Subobject', priority: 1 },
  { name: 'Source', priority: 1 },
  { name: 'Message', priority: 0 },
  { name: 'First Seen', priority: 1 },
  { name: 'Count', priority: 1 },
  { name: 'Name', priority: 1, format: 'name' },
];

const since = (ms: number, nowMs: number) => humanDuration((nowMs - ms) / 1000);

/** `component, host`, or just the component. */
export function eventSource(e: ClusterEvent): string {
  return e.host ? `${e.source}, ${e.host}` : e.source;
}

export function eventTable(events: readonly ClusterEvent[], nowMs: number): Table {
  return {
    columns: EVENT_COLUMNS,
    rows: events.map((e) => ({
      cells: [
        since(e.lastMs, nowMs), e.type, e.reason, `${e.involvedKind.toLowerCase()}/${e.involvedName}`, e.fieldPath ?? '',
        eventSource(e), e.message.trim(), since(e.firstMs, nowMs), e.count, e.name,
      ],
      namespace: e.namespace,
    })),
  };
}
