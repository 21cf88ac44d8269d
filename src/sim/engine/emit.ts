// Recording what happened: Kubernetes Events (aggregated like the API server keeps them, and
// returned from the current call) and warnings about what the simulator could not model.
import type { Millis, Pod } from '../api/types.js';
import { recordEvent, type SimEvent } from '../events.js';
import type { EventDraft } from '../scheduler/events.js';
import type { SimState } from './state.js';
import type { Task } from './state.js';
import { pushTimer } from '../timer-queue.js';

export function emit(state: SimState, draft: EventDraft): void {
  const e: SimEvent = { ...draft, t: state.now };
  recordEvent(state.events, e);
  state.out.push(e);
}

/** A kubelet event about a pod, from the kubelet on `host`. */
export function kubeletEvent(
  state: SimState, pod: { readonly name: string; readonly namespace: string }, host: string,
  type: 'Normal' | 'Warning', reason: string, message: string,
): void {
  emit(state, { type, reason, message, source: 'kubelet', host, object: `pod/${pod.name}`, namespace: pod.namespace });
}

export function podRef(pod: Pod): { readonly name: string; readonly namespace: string } {
  return { name: pod.metadata.name ?? '', namespace: pod.metadata.namespace ?? 'default' };
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
