// The scheduling queue's timing. A pod the scheduler could not place waits in unschedulablePods
// until a cluster event may let it fit; it then goes to activeQ if its backoff is over, or to
// backoffQ until it is. A pod left there longer than 5 minutes is flushed back regardless.
// Note: pkg/scheduler/backend/queue/scheduling_queue.go and backoff_queue.go (before v1.33
// pkg/scheduler/internal/queue), v1.32 behaviour: backoffQ is drained by flushBackoffQCompleted
// every second and unschedulablePods by flushUnschedulablePodsLeftover every 30 s (both run
// from the scheduler's start, t = 0 here). Timers only: one per pod per move, none per tick.
import type { Millis } from '../api/types.js';
import { schedule } from './emit.js';
import type { SchedQueueInfo, SimState } from './state.js';

/** DefaultPodInitialBackoffDuration and DefaultPodMaxBackoffDuration. */
const INITIAL_BACKOFF_MS: Millis = 1_000;
const MAX_BACKOFF_MS: Millis = 10_000;
/** DefaultPodMaxInUnschedulablePodsDuration, and the period of its flush. */
const MAX_IN_UNSCHEDULABLE_MS: Millis = 300_000;
const UNSCHEDULABLE_FLUSH_PERIOD_MS: Millis = 30_000;
/** The period of flushBackoffQCompleted. */
const BACKOFF_FLUSH_PERIOD_MS: Millis = 1_000;

/** calculateBackoffDuration: 1 s doubled per attempt after the first, at most 10 s. */
export function backoffDuration(attempts: number): Millis {
  if (attempts === 0) return 0;
  let d = INITIAL_BACKOFF_MS;
  for (let i = 1; i < attempts; i++) {
    if (d > MAX_BACKOFF_MS - d) return MAX_BACKOFF_MS;
    d += d;
  }
  return d;
}

/** Queues one scheduling cycle now (at most one per time step). */
export function queueAttempt(state: SimState): void {
  if (state.scheduleQueued) return;
  state.scheduleQueued = true;
  schedule(state, state.now, { k: 'schedule' });
}

/** The queue pops the pod for an attempt: `Attempts` counts it. */
export function popped(state: SimState, uid: string): void {
  const info = state.schedQueue.get(uid);
  if (info) info.attempts++;
  else state.schedQueue.set(uid, { attempts: 1, failedAt: state.now, plugins: [], gen: 0 });
}

/** The pod is bound (or gone): the queue forgets it. */
export function forget(state: SimState, uid: string): void {
  state.schedQueue.delete(uid);
}

/**
 * The attempt failed: AddUnschedulableIfNotPresent refreshes `Timestamp` and puts the pod in
 * unschedulablePods; the 30 s flush takes it back once it has waited more than 5 minutes.
 */
export function failed(state: SimState, uid: string, plugins: readonly string[]): void {
  const info = state.schedQueue.get(uid);
  if (!info) return;
  info.failedAt = state.now;
  info.plugins = plugins;
  info.gen++;
  state.unschedulable.add(uid);
  const flushAt = (Math.floor((state.now + MAX_IN_UNSCHEDULABLE_MS) / UNSCHEDULABLE_FLUSH_PERIOD_MS) + 1) * UNSCHEDULABLE_FLUSH_PERIOD_MS;
  schedule(state, flushAt, { k: 'requeue', uid, gen: info.gen });
}

/**
 * Out of unschedulablePods: to activeQ when the backoff since the last failure is over
 * (isPodBackingoff), else to backoffQ, drained on the next 1 s flush after it ends.
 */
export function moveToActiveOrBackoff(state: SimState, uid: string): void {
  if (!state.unschedulable.delete(uid)) return;
  const info = state.schedQueue.get(uid);
  const expiry = info ? info.failedAt + backoffDuration(info.attempts) : state.now;
  if (info) info.gen++;
  if (!info || expiry <= state.now) {
    state.toSchedule.add(uid);
    queueAttempt(state);
    return;
  }
  schedule(state, Math.ceil(expiry / BACKOFF_FLUSH_PERIOD_MS) * BACKOFF_FLUSH_PERIOD_MS, { k: 'requeue', uid, gen: info.gen });
}

/** The `requeue` timer: the backoff flush (pod in backoffQ) or the 5-minute flush. */
export function onRequeue(state: SimState, uid: string, gen: number): void {
  const info = state.schedQueue.get(uid);
  if (!info || info.gen !== gen) return;
  if (state.unschedulable.has(uid)) {
    moveToActiveOrBackoff(state, uid);
    return;
  }
  state.toSchedule.add(uid);
  queueAttempt(state);
}

/** Plugins whose QueueingHint for a pod's own toleration change may answer Queue. */
const TOLERATION_PLUGINS: ReadonlySet<string> = new Set(['TaintToleration', 'NodeUnschedulable']);

/**
 * An unschedulable pod was updated. Note: with QueueingHints (SchedulerQueueingHints, on by
 * default since v1.32) PriorityQueue.Update requeues it only when a plugin that rejected it may
 * now pass: TaintToleration's and NodeUnschedulable's isSchedulableAfterPodTolerationChange on
 * new tolerations. Its other mutable fields (images, labels, deadline) help no modelled plugin.
 */
export function podUpdated(state: SimState, uid: string, tolerationsChanged: boolean): void {
  const info = state.schedQueue.get(uid);
  if (!info || !state.unschedulable.has(uid) || !tolerationsChanged) return;
  if (info.plugins.some((p) => TOLERATION_PLUGINS.has(p))) moveToActiveOrBackoff(state, uid);
}
