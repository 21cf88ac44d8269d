// The simulator's aggregated events in the shape kubectl's describe printer reads.
import type { AggregatedEvent } from '../sim/index.js';
import type { ClusterEvent } from '../sim/kubectl/cluster.js';
import { resolveResourceType } from '../sim/kubectl/resources.js';

/** `pod/web` → kind `Pod`, name `web`. */
function involved(object: string): { kind: string; name: string } {
  const slash = object.indexOf('/');
  const prefix = slash < 0 ? object : object.slice(0, slash);
  return { kind: resolveResourceType(prefix)?.kind ?? prefix, name: slash < 0 ? '' : object.slice(slash + 1) };
}

export function clusterEvents(events: readonly AggregatedEvent[], startEpochMs: number): ClusterEvent[] {
  return events.map((e, i) => {
    const { kind, name } = involved(e.object);
    return {
      namespace: e.namespace, name: `${name}.${i.toString(16).padStart(16, '0')}`, type: e.type, reason: e.reason,
      message: e.message, involvedKind: kind, involvedName: name, ...(e.uid ? { involvedUid: e.uid } : {}), source: e.source, ...(e.host ? { host: e.host } : {}),
      count: e.count, firstMs: startEpochMs + e.firstT, lastMs: startEpochMs + e.lastT,
    };
  });
}
