// The status the kubelet posts for a pod: generateAPIPodStatus in pkg/kubelet/kubelet_pods.go,
// built from the runtime record with the shared status functions (getPhase, podConditions).
import type { ContainerStatus, Millis, Pod, PodCondition, PodStatus, PodStatusV1 } from '../api/types.js';
import { computeQOS } from '../status/qos.js';
import { getPhase } from '../status/phase.js';
import { podConditions } from '../status/conditions.js';
import { stamp } from '../time.js';
import { containerStatus } from './container-status.js';
import { restartPolicyOf } from './restart-policy.js';
import type { ConditionSince, NodeRuntime, PodRuntime } from './types.js';

/**
 * Conditions with their transition times: a time moves only when the status changes. A
 * condition equal to the one at the same place in `previous` is that same object (stored
 * objects are never changed), so an unchanged condition costs nothing to build or compare.
 */
export function stampConditions(
  pr: { readonly conditionSince: Map<string, ConditionSince> },
  conditions: readonly PodCondition[], now: Millis, epoch: number, previous?: readonly PodCondition[],
): PodCondition[] {
  const out: PodCondition[] = new Array(conditions.length);
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i];
    let since = pr.conditionSince.get(c.type);
    if (!since || since.status !== c.status) {
      since = { status: c.status, at: now };
      pr.conditionSince.set(c.type, since);
    }
    // The time is written once per transition, not on every status the kubelet posts.
    since.text ??= stamp(epoch, since.at);
    const old = previous?.[i];
    out[i] = old && STAMPED.has(old) && sameStamp(old, c, since.text) ? old : stamped(c, since.text);
  }
  return out;
}

/** Conditions made by `stamped` (so their keys are exactly those `sameStamp` compares). */
const STAMPED = new WeakSet<PodCondition>();

function sameStamp(old: PodCondition, c: PodCondition, at: string): boolean {
  return old.type === c.type && old.status === c.status && old.reason === (c.reason || undefined)
    && old.message === (c.message || undefined) && old.lastTransitionTime === at;
}

/** `{ type, status, reason?, message?, lastProbeTime, lastTransitionTime }` in that key order. */
function stamped(c: PodCondition, at: string): PodCondition {
  const { type, status, reason, message } = c;
  let made: PodCondition;
  if (reason) {
    made = message
      ? { type, status, reason, message, lastProbeTime: null, lastTransitionTime: at }
      : { type, status, reason, lastProbeTime: null, lastTransitionTime: at };
  } else {
    made = message
      ? { type, status, message, lastProbeTime: null, lastTransitionTime: at }
      : { type, status, lastProbeTime: null, lastTransitionTime: at };
  }
  STAMPED.add(made);
  return made;
}

/** `conditions` with the eviction manager's DisruptionTarget (once). */
function withDisruption(conditions: readonly PodCondition[] | undefined, message: string): readonly PodCondition[] {
  if (conditions?.some((c) => c.type === 'DisruptionTarget')) return conditions;
  return [{ type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message }, ...(conditions ?? [])];
}

/** The phase getPhase computes now (a phase the kubelet already made terminal stays). */
export function currentPhase(pod: Pod, pr: PodRuntime, statuses: PodStatus): string {
  if (pr.terminalPhase) return pr.terminalPhase;
  const info = [...(statuses.containerStatuses ?? []), ...(statuses.initContainerStatuses ?? [])];
  return getPhase(pod.spec, info, false, hasActiveRegularContainer(pod, pr));
}

/**
 * hasAnyActiveRegularContainerStarted with the runtime's app containers that have an
 * instance as the active names, without listing them.
 */
function hasActiveRegularContainer(pod: Pod, pr: PodRuntime): boolean {
  for (const c of pr.containers) {
    if (c.kind !== 'app' || !c.current) continue;
    for (const spec of pod.spec.containers) if (spec.name === c.name) return true;
  }
  return false;
}

/** `startTime` as the status writes it, formatted once (it is set once, at admission). */
function startTimeText(pr: PodRuntime, at: Millis, epoch: number): string {
  if (pr.startStamp?.at !== at) pr.startStamp = { at, text: stamp(epoch, at) };
  return pr.startStamp.text;
}

/** The full status the kubelet on `node` writes for `pod` at `now`. */
export function generatePodStatus(pod: Pod, pr: PodRuntime, node: NodeRuntime, now: Millis, epoch: number): PodStatusV1 {
  const policy = restartPolicyOf(pod);
  const defaultReason = (pod.spec.initContainers ?? []).length > 0 ? 'PodInitializing' : 'ContainerCreating';
  const initStatuses: ContainerStatus[] = [];
  const appStatuses: ContainerStatus[] = [];
  // Init containers come first in `pr.containers`, so statuses are made in the same order.
  for (const c of pr.containers) (c.kind === 'app' ? appStatuses : initStatuses).push(containerStatus(pr, c, epoch, defaultReason, policy));
  const partial: PodStatus = { containerStatuses: appStatuses, initContainerStatuses: initStatuses };
  const phase = currentPhase(pod, pr, partial);
  // Note: pkg/kubelet/status/status_manager.go mergePodStatus: an eviction's (or a deadline's)
  // phase Failed, reason and message wait until no container can still run, and the kubelet's
  // DisruptionTarget condition is sent with that terminal phase, stamped then.
  const terminal = pr.terminalPhase !== undefined;
  const previous = terminal && pr.reason === 'Evicted' ? withDisruption(pod.status?.conditions, pr.message ?? '') : pod.status?.conditions;
  const generated = podConditions({
    spec: pod.spec, previous, statuses: [...initStatuses, ...appStatuses], phase,
    sandboxReady: pr.sandbox === 'ready' && pr.isActive,
  });
  const conditions = stampConditions(pr, generated, now, epoch, pod.status?.conditions);
  // Built field by field in the API's key order (what a JSON comparison and the output see).
  const status: Mutable<PodStatusV1> = { phase, conditions };
  if (pr.message && terminal) status.message = pr.message;
  if (pr.reason && terminal) status.reason = pr.reason;
  status.hostIP = node.hostIP;
  status.hostIPs = [{ ip: node.hostIP }];
  if (pr.podIP) {
    status.podIP = pr.podIP;
    status.podIPs = [{ ip: pr.podIP }];
  }
  if (pr.startTime !== undefined) status.startTime = startTimeText(pr, pr.startTime, epoch);
  if (initStatuses.length > 0) status.initContainerStatuses = initStatuses;
  status.containerStatuses = appStatuses;
  status.qosClass = pod.status?.qosClass ?? computeQOS(pod);
  return status;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
