import type { Container, ContainerStatus, PodCondition, PodSpec } from './types.js';

/**
 * A sidecar: an init container with `restartPolicy: Always`
 * (`podutil.IsRestartableInitContainer`). `undefined` (a status naming no init container) is not.
 */
export function isRestartableInitContainer(container: Container | undefined): boolean {
  return container?.restartPolicy === 'Always';
}

/** `podutil.GetContainerStatus`: the first status with that name. */
export function findStatus(
  statuses: readonly ContainerStatus[] | undefined,
  name: string,
): ContainerStatus | undefined {
  return statuses?.find((s) => s.name === name);
}

/** `podutil.GetPodConditionFromList`: the first condition of that type. */
export function findCondition(
  conditions: readonly PodCondition[] | undefined,
  type: string,
): PodCondition | undefined {
  return conditions?.find((c) => c.type === type);
}

/** True when the pod carries a condition of this type with status True. */
export function isConditionTrue(conditions: readonly PodCondition[] | undefined, type: string): boolean {
  return conditions?.some((c) => c.type === type && c.status === 'True') ?? false;
}

/**
 * `kubecontainer.HasAnyRegularContainerStarted`: some regular container's status is running or
 * terminated, which means the init containers completed at some point.
 */
export function hasAnyRegularContainerStarted(
  spec: PodSpec,
  statuses: readonly ContainerStatus[] | undefined,
): boolean {
  const names = new Set(spec.containers.map((c) => c.name));
  return (statuses ?? []).some(
    (s) => names.has(s.name) && (s.state?.running !== undefined || s.state?.terminated !== undefined),
  );
}

/**
 * `kubecontainer.HasAnyActiveRegularContainerStarted`: some regular container exists in the
 * pod's current sandbox, in any state. The kubelet passes this as getPhase's
 * `podHasInitialized`; a recreated sandbox has no such containers, so sidecars count again.
 * @param activeContainerNames names of the containers the runtime has in the current sandbox;
 *   `undefined` when there is no runtime status at all.
 */
export function hasAnyActiveRegularContainerStarted(
  spec: PodSpec,
  activeContainerNames: readonly string[] | undefined,
): boolean {
  if (activeContainerNames === undefined) return false;
  const names = new Set(spec.containers.map((c) => c.name));
  return activeContainerNames.some((n) => names.has(n));
}
