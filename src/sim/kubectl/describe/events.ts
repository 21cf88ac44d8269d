// The Events table that ends every `kubectl describe` (describe.go DescribeEvents), v1.32:
// sorted by last timestamp, `Age` as `90s (x5 over 7m38s)`, `From` the reporting component.
import type { ClusterEvent } from '../cluster.js';
import { type DescribeWriter, since } from './writer.js';

/**
 * Events of one object, oldest last-seen first (a stable sort, ties keep their order). With
 * `uid`, an event recorded for another object of the same name (deleted, created again) is left
 * out. Note: searchEvents in describe.go selects on involvedObject name, namespace, kind and uid.
 */
export function eventsOf(events: readonly ClusterEvent[], kind: string, name: string, uid?: string): ClusterEvent[] {
  return events.filter((e) => e.involvedKind === kind && e.involvedName === name && (uid === undefined || e.involvedUid === undefined || e.involvedUid === uid))
    .slice().sort((a, b) => a.lastMs - b.lastMs);
}

export function writeEvents(w: DescribeWriter, events: readonly ClusterEvent[], nowMs: number): void {
  if (events.length === 0) return w.write(0, 'Events:\t<none>\n');
  w.flush();
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of events) {
    const first = since(e.firstMs, nowMs);
    const age = e.count > 1 ? `${since(e.lastMs, nowMs)} (x${e.count} over ${first})` : first;
    w.write(1, `${e.type}\t${e.reason}\t${age}\t${e.source}\t${e.message.trim()}\n`);
  }
}
