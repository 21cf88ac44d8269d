// The status the kubelet posts for a pod: generateAPIPodStatus in pkg/kubelet/kubelet_pods.go,
// built from the runtime record with the shared status functions (getPhase, podConditions).
import type { Millis, Pod, PodCondition, PodStatus, PodStatusV1 } from '../api/types.js';
import { computeQOS } from '../status/qos.js';
import { getPhase } from '../status/phase.js';
import { podConditions } from '../status/conditions.js';
import { hasAnyActiveRegularContainerStarted } from '../status/containers.js';
import { stamp } from '../time.js';
import { containerStatus } from './container-status.js';
import { restartPolicyOf } from './restart-policy.js';
import type { ConditionSince, NodeRuntime, PodRuntime } from './types.js';

/** Conditions with their transition times: a time moves only when the status changes. */
export function stampConditions(
  pr: { readonly conditionSince: Map<string, ConditionSince> },
  conditions: readonly PodCondition[], now: Millis, epoch: number,
): PodCondition[] {
  return conditions.map((c) => {
    let since = pr.conditionSince.get(c.type);
    if (!since || since.status !== c.status) {
      since = { status: c.status, at: now };
      pr.conditionSince.set(c.type, since);
    }
    // The time is written once per transition, not on every status the kubelet posts.
    since.text ??= stamp(epoch, since.at);
    return { type: c.type, status: c.status, ...(c.reason ? { reason: c.reason } : {}), ...(c.message ? { message: c.message } : {}), lastProbeTime: null, lastTransitionTime: since.text };
  });
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
  const active = pr.containers.filter((c) => c.kind === 'app' && c.current).map((c) => c.name);
  return getPhase(pod.spec, info, false, hasAnyActiveRegularContainerStarted(pod.spec, active));
}

/** The full status the kubelet on `node` writes for `pod` at `now`. */
export function generatePodStatus(pod: Pod, pr: PodRuntime, node: NodeRuntime, now: Millis, epoch: number): PodStatusV1 {
  const policy = restartPolicyOf(pod);
  const defaultReason = (pod.spec.initContainers ?? []).length > 0 ? 'PodInitializing' : 'ContainerCreating';
  const initStatuses = pr.containers.filter((c) => c.kind !== 'app').map((c) => containerStatus(pr, c, epoch, defaultReason, policy));
  const appStatuses = pr.containers.filter((c) => c.kind === 'app').map((c) => containerStatus(pr, c, epoch, defaultReason, policy));
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
  const conditions = stampConditions(pr, generated, now, epoch);
  return {
    phase,
    conditions,
    ...(pr.message && terminal ? { message: pr.message } : {}),
    ...(pr.reason && terminal ? { reason: pr.reason } : {}),
    hostIP: node.hostIP,
    hostIPs: [{ ip: node.hostIP }],
    ...(pr.podIP ? { podIP: pr.podIP, podIPs: [{ ip: pr.podIP }] } : {}),
    ...(pr.startTime !== undefined ? { startTime: stamp(epoch, pr.startTime) } : {}),
    ...(initStatuses.length > 0 ? { initContainerStatuses: initStatuses } : {}),
    containerStatuses: appStatuses,
    qosClass: pod.status?.qosClass ?? computeQOS(pod),
  };
}
