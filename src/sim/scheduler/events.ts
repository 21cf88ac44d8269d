// The events and pod conditions that scheduling, preemption, kubelet admission and taint
// eviction produce, worded as upstream records them; the engine adds the time.
import type { PodCondition, Pod } from '../api/types.js';
import type { SimEvent } from '../events.js';
import type { AdmitResult } from './admit.js';
import type { ScheduleResult } from './types.js';
import { assignOwn, defineOwn } from '../own-props.js';

/** An event without its time. */
export type EventDraft = Omit<SimEvent, 't'>;

const nsOf = (pod: Pod): string => pod.metadata.namespace ?? 'default';
const keyOf = (pod: Pod): string => `${nsOf(pod)}/${pod.metadata.name ?? ''}`;

function draft(pod: Pod, e: Pick<SimEvent, 'type' | 'reason' | 'message' | 'source'> & { host?: string }): EventDraft {
  // `{ ...e, object, namespace, uid? }`, copied key by key so events share hidden classes (own-props.ts).
  const out = assignOwn({}, e) as Record<string, unknown>;
  defineOwn(out, 'object', `pod/${pod.metadata.name ?? ''}`);
  defineOwn(out, 'namespace', nsOf(pod));
  if (pod.metadata.uid) defineOwn(out, 'uid', pod.metadata.uid);
  return out as unknown as EventDraft;
}

/** `Successfully assigned <ns>/<name> to <node>` (`finishBinding` in schedule_one.go). */
export function scheduledEvent(pod: Pod, node: string): EventDraft {
  return draft(pod, { type: 'Normal', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned ${keyOf(pod)} to ${node}` });
}

const NOTE_LENGTH_LIMIT = 1024;

/** `truncateMessage`: event notes longer than 1024 end in ` ...` (the condition keeps it whole). */
export function truncateNote(message: string): string {
  return message.length <= NOTE_LENGTH_LIMIT ? message : `${message.slice(0, NOTE_LENGTH_LIMIT - 4)} ...`;
}

export function failedSchedulingEvent(pod: Pod, message: string): EventDraft {
  return draft(pod, { type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: truncateNote(message) });
}

/** The scheduler's PodScheduled=False condition for an attempt that placed nothing. */
export function podScheduledCondition(result: Exclude<ScheduleResult, { kind: 'scheduled' }>): PodCondition {
  return result.kind === 'gated'
    ? { type: 'PodScheduled', status: 'False', reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates' }
    : { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: result.message };
}

/** On each victim: `Preempted by pod <preemptor uid> on node <node>`. */
export function preemptedEvent(victim: Pod, preemptor: Pod, node: string): EventDraft {
  return draft(victim, { type: 'Normal', reason: 'Preempted', source: 'default-scheduler',
    message: `Preempted by pod ${preemptor.metadata.uid ?? ''} on node ${node}` });
}

/** Set on each victim before it is deleted. */
export const PREEMPTION_CONDITION: PodCondition = {
  type: 'DisruptionTarget', status: 'True', reason: 'PreemptionByScheduler',
  message: 'default-scheduler: preempting to accommodate a higher priority pod',
};

/** `kl.rejectPod`: a Warning whose reason is the admission reason (e.g. `OutOfcpu`). */
export function admissionRejectedEvent(pod: Pod, result: Extract<AdmitResult, { ok: false }>, node: string): EventDraft {
  return draft(pod, { type: 'Warning', reason: result.reason, source: 'kubelet', host: node, message: result.message });
}

/** Emitted when the eviction fires (not when it is scheduled). */
export function taintEvictionEvent(pod: Pod): EventDraft {
  return draft(pod, { type: 'Normal', reason: 'TaintManagerEviction', source: 'taint-eviction-controller',
    message: `Marking for deletion Pod ${keyOf(pod)}` });
}

/** Emitted when a scheduled eviction is called off (taint removed, toleration added). */
export function taintEvictionCancelledEvent(pod: Pod): EventDraft {
  return draft(pod, { type: 'Normal', reason: 'TaintManagerEviction', source: 'taint-eviction-controller',
    message: `Cancelling deletion of Pod ${keyOf(pod)}` });
}
