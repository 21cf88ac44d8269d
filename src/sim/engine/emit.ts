// Recording what happened: Kubernetes Events (aggregated like the API server keeps them, and
// returned from the current call) and warnings about what the simulator could not model.
import type { Millis, Pod } from '../api/types.js';
import { recordEvent, type SimEvent } from '../events.js';
import type { EventDraft } from '../scheduler/events.js';
import type { SimState } from './state.js';
import type { Task } from './state.js';
import { pushTimer } from '../timer-queue.js';
import { assignOwn, defineOwn } from '../own-props.js';

export function emit(state: SimState, draft: EventDraft): void {
  // `{ ...draft, t }`, copied key by key so events share hidden classes (own-props.ts).
  const e = assignOwn({}, draft) as { -readonly [K in keyof SimEvent]: SimEvent[K] };
  defineOwn(e, 't', state.now);
  recordEvent(state.events, e);
  state.out.push(e);
}

/** A kubelet event about a pod, from the kubelet on `host`. */
export function kubeletEvent(
  state: SimState, pod: { readonly name: string; readonly namespace: string; readonly uid?: string }, host: string,
  type: 'Normal' | 'Warning', reason: string, message: string,
): void {
  const object = `pod/${pod.name}`;
  // Two literals rather than a conditional spread: the same draft, built without the slow path.
  emit(state, pod.uid
    ? { type, reason, message, source: 'kubelet', host, object, namespace: pod.namespace, uid: pod.uid }
    : { type, reason, message, source: 'kubelet', host, object, namespace: pod.namespace });
}

export function podRef(pod: Pod): { readonly name: string; readonly namespace: string; readonly uid?: string } {
  return { name: pod.metadata.name ?? '', namespace: pod.metadata.namespace ?? 'default', ...(pod.metadata.uid ? { uid: pod.metadata.uid } : {}) };
}

export function warn(state: SimState, object: string, message: string): void {
  const last = state.warnings[state.warnings.length - 1];
  if (last && last.object === object && last.message === message) return;
  state.warnings.push({ t: state.now, object, message });
}

/** Queues a task; `at` earlier than now is clamped to now (time never runs back). */
export function schedule(state: SimState, at: Millis, task: Task): void {
  pushTimer(state.queue, Math.max(at, state.now), task);
}
