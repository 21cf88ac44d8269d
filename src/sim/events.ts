import type { Millis } from './api/types.js';
import { assignOwn, defineOwn } from './own-props.js';

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
  /** `involvedObject.uid`: a pod created again under the same name is another object. */
  readonly uid?: string;
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
  /**
   * Positions in `list` by involved object, then message; the few events under one pair differ
   * in their other key fields. Two short lookups instead of one on a long joined key: joining
   * and hashing that key was most of the cost of recording an event.
   */
  readonly index: Map<string, Map<string, number[]>>;
}

export function emptyEventLog(): EventLog {
  return { list: [], index: new Map() };
}

// Note: getEventKey (staging/src/k8s.io/client-go/tools/record/events_cache.go) includes the
// involved object's UID, so a re-created object's events never fold into its predecessor's.
// The key is source, host, object, uid, namespace, type, reason and message (a missing host or
// uid counts as empty).
const sameKey = (a: SimEvent, e: SimEvent): boolean =>
  a.reason === e.reason && a.type === e.type && a.namespace === e.namespace && a.source === e.source
  && (a.uid ?? '') === (e.uid ?? '') && (a.host ?? '') === (e.host ?? '');

export function recordEvent(log: EventLog, e: SimEvent): void {
  let byMessage = log.index.get(e.object);
  if (!byMessage) {
    byMessage = new Map();
    log.index.set(e.object, byMessage);
  }
  const positions = byMessage.get(e.message);
  let at: number | undefined;
  if (positions) {
    for (const i of positions) {
      if (sameKey(log.list[i], e)) {
        at = i;
        break;
      }
    }
  }
  if (at === undefined) {
    if (positions) positions.push(log.list.length);
    else byMessage.set(e.message, [log.list.length]);
    // `{ ...e, count: 1, firstT: e.t, lastT: e.t }`, copied key by key (own-props.ts).
    const first = assignOwn({}, e) as Record<string, unknown>;
    defineOwn(first, 'count', 1);
    defineOwn(first, 'firstT', e.t);
    defineOwn(first, 'lastT', e.t);
    log.list.push(first as unknown as AggregatedEvent);
    return;
  }
  const prev = log.list[at];
  // `{ ...prev, count, lastT }` without the spread's slow path: both keys already exist, so the
  // copy keeps prev's hidden class and key order (an own `__proto__` is kept by assignOwn).
  const next = assignOwn({}, prev) as { -readonly [K in keyof AggregatedEvent]: AggregatedEvent[K] };
  next.count = prev.count + 1;
  next.lastT = e.t;
  log.list[at] = next;
}

/**
 * The events of one object, oldest first by last occurrence, as `kubectl describe` lists them.
 * With `uid`, only that object's (events recorded without one match any object of the name).
 * Note: kubectl's searchEvents (staging/src/k8s.io/kubectl/pkg/describe/describe.go) selects
 * on involvedObject name, namespace, kind and uid.
 */
export function eventsFor(log: EventLog, object: string, namespace: string, uid?: string): AggregatedEvent[] {
  return log.list.filter((e) => e.object === object && e.namespace === namespace && (uid === undefined || e.uid === undefined || e.uid === uid))
    .sort((a, b) => a.lastT - b.lastT || a.firstT - b.firstT);
}
