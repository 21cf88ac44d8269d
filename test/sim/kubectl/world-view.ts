// The fixture world as a ClusterView, so printers can be checked against what real kubectl
// printed for the same objects.
import type { KubeObject } from '../../../src/sim/api/types.js';
import type { ClusterEvent, ClusterView, KubeKind, LogLine } from '../../../src/sim/kubectl/cluster.js';
import { FIXTURE_NOW } from './capture.js';
import type { FakeWorld } from './fake-apiserver.js';
import { mainWorld } from './worlds.js';

type Raw = Record<string, any>;

function toEvent(e: Raw): ClusterEvent {
  return {
    namespace: e.metadata.namespace, name: e.metadata.name, type: e.type, reason: e.reason, message: e.message,
    involvedKind: e.involvedObject.kind, involvedName: e.involvedObject.name, fieldPath: e.involvedObject.fieldPath,
    source: e.source.component, host: e.source.host, count: e.count, firstMs: Date.parse(e.firstTimestamp), lastMs: Date.parse(e.lastTimestamp),
  };
}

const byName = (a: KubeObject, b: KubeObject) => {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`;
  const kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** A read-only view of a fake world at FIXTURE_NOW. */
export function worldView(world: FakeWorld = mainWorld, nowMs = FIXTURE_NOW): ClusterView {
  const objects = world.objects.filter((o) => !['Event', 'Lease', 'EndpointSlice'].includes(o.kind)) as unknown as KubeObject[];
  const events = world.objects.filter((o) => o.kind === 'Event').map(toEvent);
  return {
    nowMs,
    list: (kind: KubeKind, ns?: string) => objects.filter((o) => o.kind === kind && (ns === undefined || (o.metadata.namespace ?? '') === ns || kind === 'Node' || kind === 'Namespace')).sort(byName),
    get: (kind: KubeKind, ns: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name && (kind === 'Node' || kind === 'Namespace' || o.metadata.namespace === ns)),
    events: (ns?: string) => events.filter((e) => ns === undefined || e.namespace === ns),
    logs: (ns: string, pod: string, container: string, previous: boolean): LogLine[] | undefined => {
      const text = world.logs?.[`${ns}/${pod}/${container}${previous ? '/previous' : ''}`];
      return text === undefined ? undefined : text.replace(/\n$/, '').split('\n').map((t, i) => ({ ms: nowMs - 60_000 + i * 1000, text: t }));
    },
  };
}
