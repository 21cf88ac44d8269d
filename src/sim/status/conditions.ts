// Kubelet-owned pod conditions: pkg/kubelet/status/generate.go and the order
// generateAPIPodStatus appends them in (pkg/kubelet/kubelet_pods.go). See k8s-semantics.md §3.
import {
  findCondition,
  findStatus,
  hasAnyRegularContainerStarted,
  isRestartableInitContainer,
} from './containers.js';
import type { ConditionStatus, Container, ContainerStatus, PodCondition, PodSpec } from './types.js';

/** A generated condition; `reason` and `message` are left out when empty, as in the API JSON. */
export interface GeneratedCondition {
  readonly type: string;
  readonly status: ConditionStatus;
  readonly reason?: string;
  readonly message?: string;
}

function condition(type: string, status: ConditionStatus, reason = '', message = ''): GeneratedCondition {
  // Plain literals rather than conditional spreads: the same object, built much faster.
  if (reason) return message ? { type, status, reason, message } : { type, status, reason };
  return message ? { type, status, message } : { type, status };
}

/** Go prints a []string with %s as `[a b]`. */
function goList(names: readonly string[]): string {
  return `[${names.join(' ')}]`;
}

/**
 * ContainersReady: every sidecar and regular container has a status with `ready: true`.
 * @param statuses init and regular container statuses; `undefined` means none are known yet.
 */
export function generateContainersReadyCondition(
  spec: PodSpec,
  statuses: readonly ContainerStatus[] | undefined,
  phase: string,
): GeneratedCondition {
  if (statuses === undefined) return condition('ContainersReady', 'False', 'UnknownContainerStatuses');
  const unknown: string[] = [];
  const unready: string[] = [];
  // Sidecars, then regular containers.
  const check = (container: Container): void => {
    const cs = findStatus(statuses, container.name);
    if (!cs) unknown.push(container.name);
    else if (!cs.ready) unready.push(container.name);
  };
  for (const container of spec.initContainers ?? []) if (isRestartableInitContainer(container)) check(container);
  for (const container of spec.containers) check(container);
  if (phase === 'Succeeded' && unknown.length === 0) return condition('ContainersReady', 'False', 'PodCompleted');
  if (phase === 'Failed') return condition('ContainersReady', 'False', 'PodFailed');
  const messages: string[] = [];
  if (unknown.length > 0) messages.push(`containers with unknown status: ${goList(unknown)}`);
  if (unready.length > 0) messages.push(`containers with unready status: ${goList(unready)}`);
  if (messages.length > 0) return condition('ContainersReady', 'False', 'ContainersNotReady', messages.join(', '));
  return condition('ContainersReady', 'True');
}

/**
 * Ready: ContainersReady, and every readiness gate's condition is True.
 * @param conditions the pod's conditions so far (where readiness-gate conditions live).
 */
export function generatePodReadyCondition(
  spec: PodSpec,
  conditions: readonly PodCondition[] | undefined,
  statuses: readonly ContainerStatus[] | undefined,
  phase: string,
): GeneratedCondition {
  return readyFrom(generateContainersReadyCondition(spec, statuses, phase), spec, conditions);
}

/** Ready, given the ContainersReady condition generateContainersReadyCondition gives. */
function readyFrom(
  containersReady: GeneratedCondition,
  spec: PodSpec,
  conditions: readonly PodCondition[] | undefined,
): GeneratedCondition {
  if (containersReady.status !== 'True') {
    return condition('Ready', containersReady.status, containersReady.reason, containersReady.message);
  }
  const messages: string[] = [];
  for (const gate of spec.readinessGates ?? []) {
    const c = findCondition(conditions, gate.conditionType);
    if (!c) {
      messages.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`);
    } else if (c.status !== 'True') {
      messages.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${c.status}`);
    }
  }
  if (messages.length > 0) return condition('Ready', 'False', 'ReadinessGatesNotReady', messages.join(', '));
  return condition('Ready', 'True');
}

/**
 * Initialized: every init container finished (regular: `ready`, which the kubelet sets after
 * exit 0) or started (sidecar), or some regular container has already run.
 */
export function generatePodInitializedCondition(
  spec: PodSpec,
  statuses: readonly ContainerStatus[] | undefined,
  phase: string,
): GeneratedCondition {
  const initContainers = spec.initContainers ?? [];
  if (statuses === undefined && initContainers.length > 0) {
    return condition('Initialized', 'False', 'UnknownContainerStatuses');
  }
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (const container of initContainers) {
    const cs = findStatus(statuses, container.name);
    if (!cs) unknown.push(container.name);
    else if (isRestartableInitContainer(container) ? cs.started !== true : !cs.ready) incomplete.push(container.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return condition('Initialized', 'True', 'PodCompleted');
  // Note: keeps the pod initialized while sidecars restart after the main containers ran.
  if (hasAnyRegularContainerStarted(spec, statuses)) return condition('Initialized', 'True');
  const messages: string[] = [];
  if (unknown.length > 0) messages.push(`containers with unknown status: ${goList(unknown)}`);
  if (incomplete.length > 0) messages.push(`containers with incomplete status: ${goList(incomplete)}`);
  if (messages.length > 0) {
    return condition('Initialized', 'False', 'ContainersNotInitialized', messages.join(', '));
  }
  return condition('Initialized', 'True');
}

/** Conditions the kubelet owns and regenerates (`kubetypes.PodConditionByKubelet`, gate on). */
const KUBELET_OWNED = new Set([
  'PodScheduled',
  'Ready',
  'Initialized',
  'ContainersReady',
  'PodResizeInProgress',
  'PodResizePending',
  'PodReadyToStartContainers',
]);

/** Input of podConditions. */
export interface PodConditionsInput {
  readonly spec: PodSpec;
  /** The pod's current `status.conditions`; ones the kubelet does not own are kept first. */
  readonly previous?: readonly PodCondition[];
  /** Init and regular container statuses the kubelet just computed. */
  readonly statuses: readonly ContainerStatus[] | undefined;
  /** The phase the kubelet just computed. */
  readonly phase: string;
  /** A sandbox with networking exists (PodReadyToStartContainers, on by default since 1.29). */
  readonly sandboxReady: boolean;
}

/**
 * The conditions list generateAPIPodStatus writes: kept foreign conditions (readiness gates,
 * DisruptionTarget ...), then PodReadyToStartContainers, Initialized, Ready, ContainersReady
 * and PodScheduled=True, in that order.
 */
export function podConditions(input: PodConditionsInput): readonly PodCondition[] {
  const { spec, statuses, phase } = input;
  const list: PodCondition[] = (input.previous ?? []).filter((c) => !KUBELET_OWNED.has(c.type));
  list.push(condition('PodReadyToStartContainers', input.sandboxReady ? 'True' : 'False'));
  list.push(generatePodInitializedCondition(spec, statuses, phase));
  // Ready is derived from ContainersReady, generated once for both.
  const containersReady = generateContainersReadyCondition(spec, statuses, phase);
  list.push(readyFrom(containersReady, spec, list));
  list.push(containersReady);
  list.push(condition('PodScheduled', 'True'));
  return list;
}
