// Pod phase as the kubelet computes it: getPhase in pkg/kubelet/kubelet_pods.go, with the
// ContainerRestartRules feature gate off (the rules up to 1.34). See k8s-semantics.md §2.
import { findStatus, hasAnyRegularContainerStarted, isRestartableInitContainer } from './containers.js';
import type { ContainerStatus, Pod, PodPhase, PodSpec } from './types.js';

/**
 * getPhase: the phase of a pod from its container statuses.
 * @param spec the pod spec; a missing restartPolicy is the API default, Always.
 * @param info regular and init container statuses together (looked up by name).
 * @param podIsTerminal the kubelet is terminating the pod, so nothing will restart.
 * @param podHasInitialized a regular container exists in the current sandbox
 *   (see hasAnyActiveRegularContainerStarted).
 * @param isStaticPod static pods never get a terminal phase from podIsTerminal.
 */
export function getPhase(
  spec: PodSpec,
  info: readonly ContainerStatus[],
  podIsTerminal: boolean,
  podHasInitialized: boolean,
  isStaticPod = false,
): PodPhase {
  const restartPolicy = spec.restartPolicy ?? 'Always';
  const initContainers = spec.initContainers ?? [];
  let pendingRestartableInit = 0;
  let pendingRegularInit = 0;
  let failedInitialization = 0;

  for (const container of initContainers) {
    if (isRestartableInitContainer(container)) continue;
    const cs = findStatus(info, container.name);
    const state = cs?.state;
    if (!cs || state?.running) {
      pendingRegularInit++;
    } else if (state?.terminated) {
      if ((state.terminated.exitCode ?? 0) !== 0) failedInitialization++;
    } else if (state?.waiting) {
      const last = cs.lastState?.terminated;
      if (!last) pendingRegularInit++;
      else if ((last.exitCode ?? 0) !== 0) failedInitialization++;
    } else {
      pendingRegularInit++;
    }
  }

  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;

  // Note: a terminated sidecar, or one waiting after a termination, is left out of the phase.
  for (const container of initContainers) {
    if (!isRestartableInitContainer(container)) continue;
    const cs = findStatus(info, container.name);
    const state = cs?.state;
    if (!cs) {
      unknown++;
    } else if (state?.running) {
      if (cs.started !== true) pendingRestartableInit++;
      running++;
    } else if (state?.terminated) {
      // ignored
    } else if (state?.waiting) {
      if (!cs.lastState?.terminated) {
        pendingRestartableInit++;
        waiting++;
      }
    } else {
      pendingRestartableInit++;
      unknown++;
    }
  }

  for (const container of spec.containers) {
    const cs = findStatus(info, container.name);
    const state = cs?.state;
    if (!cs) {
      unknown++;
    } else if (state?.running) {
      running++;
    } else if (state?.terminated) {
      stopped++;
      if ((state.terminated.exitCode ?? 0) === 0) succeeded++;
    } else if (state?.waiting) {
      // Note: a container waiting to restart counts as stopped, whatever its last exit code.
      if (cs.lastState?.terminated) stopped++;
      else waiting++;
    } else {
      unknown++;
    }
  }

  if (failedInitialization > 0 && restartPolicy === 'Never') return 'Failed';
  if (pendingRegularInit > 0 || (pendingRestartableInit > 0 && !podHasInitialized) || waiting > 0) {
    return 'Pending';
  }
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal && !isStaticPod) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

/** `kubetypes.IsStaticPod`: the config-source annotation is present and is not `api`. */
export function isStaticPod(pod: Pod): boolean {
  const source = pod.metadata.annotations?.['kubernetes.io/config.source'];
  return source !== undefined && source !== 'api';
}

/**
 * The phase the kubelet would write for a stored pod object, for checking a reported phase.
 * Without a runtime, "has initialized" falls back to the API statuses (a regular container is
 * running or terminated), and a terminal reported phase is kept, as generateAPIPodStatus does.
 */
export function derivePhase(pod: Pod): PodPhase {
  const status = pod.status ?? {};
  if (status.phase === 'Succeeded' || status.phase === 'Failed') return status.phase;
  const info = [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? [])];
  const initialized = hasAnyRegularContainerStarted(pod.spec, status.containerStatuses);
  return getPhase(pod.spec, info, false, initialized, isStaticPod(pod));
}
