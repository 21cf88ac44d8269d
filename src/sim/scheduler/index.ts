// The scheduler's public surface: one scheduling attempt, kubelet admission, the taint eviction
// verdict, the events and conditions they produce, and the default cluster.
export { schedule, scheduleOnStates, nodeStates, bypassesScheduler, isForDefaultScheduler, NO_NODES_MESSAGE } from './schedule.js';
export { admit, admitOn, rejectedPodStatus, type AdmitReason, type AdmitResult } from './admit.js';
export { noExecuteTaintEffect, TAINT_EVICTION_CONDITION, type NoExecuteVerdict } from './taint-eviction.js';
export {
  admissionRejectedEvent, failedSchedulingEvent, podScheduledCondition, preemptedEvent, PREEMPTION_CONDITION,
  scheduledEvent, taintEvictionCancelledEvent, taintEvictionEvent, truncateNote, type EventDraft,
} from './events.js';
export { defaultNodes, DEFAULT_KUBELET_VERSION, HEALTHY_NODE_CONDITIONS } from './default-cluster.js';
export { podRequests, type ResourceList } from './requests.js';
export { nodeState, withPod, type NodeState } from './node-state.js';
export { podPriority } from './preemption.js';
export { toleratesTaint } from './tolerations.js';
export type {
  NodeFailure, NodeScore, PreemptionPlan, ScheduleResult, SchedulerOptions, SchedulerWording, StatusCode,
} from './types.js';
