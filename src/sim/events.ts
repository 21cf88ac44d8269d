import type { Millis } from './api/types.js';

/** Which component reported an event, as `kubectl describe` shows it in the From column. */
export type EventSource = 'default-scheduler' | 'kubelet' | 'replicaset-controller' | 'deployment-controller'
  | 'taint-eviction-controller' | 'node-controller' | 'podlab';

/** One occurrence of a Kubernetes Event. */
export interface SimEvent {
  readonly t: Millis;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  /** `kind/name`, e.g. `pod/web`. */
  readonly object: string;
  readonly namespace: string;
  readonly message: string;
  readonly source: EventSource;
  /** The node a kubelet event came from (kubectl shows `kubelet` only in newer releases). */
  readonly host?: string;
}

/** Events as the API server keeps them: identical ones folded into one with a count. */
export interface AggregatedEvent extends SimEvent {
  readonly count: number;
  readonly firstT: Millis;
  readonly lastT: Millis;
}

/** The event log of a run: every occurrence folds into its aggregate, keyed like client-go's EventLogger. */
export interface EventLog {
  readonly list: AggregatedEvent[];
  readonly index: Map<string, number>;
}

export function emptyEventLog(): EventLog {
  return { list: [], index: new Map() };
}

const keyOf = (e: SimEvent) => `${e.source}\u0000${e.host ?? ''}\u0000${e.object}\u0000${e.namespace}\u0000${e.type}\u0000${e.reason}\u0000${e.message}`;

export function recordEvent(log: EventLog, e: SimEvent): void {
  const key = keyOf(e);
  const at = log.index.get(key);
  if (at === undefined) {
    log.index.set(key, log.list.length);
    log.list.push({ ...e, count: 1, firstT: e.t, lastT: e.t });
    return;
  }
  const prev = log.list[at];
  log.list[at] = { ...prev, count: prev.count + 1, lastT: e.t };
}

/** The events of one object, oldest first by last occurrence, as `kubectl describe` lists them. */
export function eventsFor(log: EventLog, object: string, namespace: string): AggregatedEvent[] {
  return log.list.filter((e) => e.object === object && e.namespace === namespace).sort((a, b) => a.lastT - b.lastT || a.firstT - b.firstT);
}
