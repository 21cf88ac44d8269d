// Container statuses as the kubelet writes them: convertToAPIContainerStatuses in
// pkg/kubelet/kubelet_pods.go, with the ready/started flags of prober_manager.UpdatePodStatus.
import type { ContainerStatus, Millis } from '../api/types.js';
import type { ContainerState } from '../status/types.js';
import { stamp } from '../time.js';
import { imageId } from './image-ids.js';
import { shouldRestart } from './restart-policy.js';
import type { ContainerRuntime, Instance, PodRuntime } from './types.js';

/** The instance's start as the status writes it (written once: every status carries it). */
function startedText(epoch: number, inst: Instance): string {
  inst.startedText ??= stamp(epoch, inst.startedAt);
  return inst.startedText;
}

/** `containerd://<id>`, as every status of the instance writes it (written once). */
function containerIdOf(inst: Instance): string {
  inst.containerIdText ??= `containerd://${inst.id}`;
  return inst.containerIdText;
}

function terminatedState(epoch: number, inst: Instance): ContainerState {
  const exit = inst.exit!;
  // Built in the API's key order: exitCode, signal?, reason, message?, startedAt, finishedAt, containerID.
  const terminated: Mutable<NonNullable<ContainerState['terminated']>> = { exitCode: exit.code };
  if (exit.signal) terminated.signal = exit.signal;
  terminated.reason = exit.reason;
  if (exit.message) terminated.message = exit.message;
  terminated.startedAt = startedText(epoch, inst);
  terminated.finishedAt = (inst.finishedText ??= stamp(epoch, exit.at));
  terminated.containerID = containerIdOf(inst);
  return { terminated };
}

function waitingState(reason: string, message: string | undefined): ContainerState {
  return { waiting: message ? { reason, message } : { reason } };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `started`: running, and the startup probe (if any) has succeeded. */
export function isStarted(c: ContainerRuntime): boolean {
  const inst = c.current;
  if (!inst || inst.exit) return false;
  const startup = c.probes.startup;
  return !startup || (startup.worker.containerId === inst.id && startup.worker.result === 'Success');
}

/** `ready` as prober_manager sets it. */
export function isReady(c: ContainerRuntime): boolean {
  const inst = c.current;
  if (c.kind === 'init') return !!inst?.exit && inst.exit.code === 0;
  if (!isStarted(c)) return false;
  const readiness = c.probes.readiness;
  if (!readiness) return true;
  return readiness.worker.containerId === inst!.id && readiness.worker.result === 'Success';
}

/**
 * One container's status at `now` (epoch is the run's start, for timestamps).
 * @param defaultReason `ContainerCreating`, or `PodInitializing` when the pod has init containers.
 */
export function containerStatus(pr: PodRuntime, c: ContainerRuntime, epoch: number, defaultReason: string, restartPolicy: string): ContainerStatus {
  const inst = c.current;
  // Note: a pod that never got past its init containers keeps its app containers waiting.
  const keepWaiting = pr.containers.some((x) => x.kind !== 'app') && !pr.containers.some((x) => x.kind === 'app' && x.current);
  let state: ContainerState;
  let lastState: ContainerState = {};
  if (!inst && pr.finished && !(c.kind === 'app' && keepWaiting)) {
    // Note: status_manager.TerminatePod reports containers that never ran as terminated.
    state = { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' } };
  } else if (!inst) {
    state = waitingState(c.reason?.reason ?? defaultReason, c.reason?.message);
  } else if (!inst.exit) {
    state = { running: { startedAt: startedText(epoch, inst) } };
    if (c.previous?.exit) lastState = terminatedState(epoch, c.previous);
  } else {
    state = terminatedState(epoch, inst);
    if (c.previous?.exit) lastState = terminatedState(epoch, c.previous);
    // Note: a container the kubelet will restart shows the start failure from the reason cache
    // (CrashLoopBackOff ...) with its exit moved to lastState (convertToAPIContainerStatuses).
    if (c.reason && pr.isActive && !pr.teardown && shouldRestart(c, inst, restartPolicy)) {
      lastState = state;
      state = waitingState(c.reason.reason, c.reason.message);
    }
  }
  const ready = isReady(c);
  const restartCount = Math.max(0, c.instances - 1);
  const started = isStarted(c);
  if (!inst) return { name: c.name, state, lastState, ready, restartCount, image: c.spec.image ?? '', imageID: '', started };
  return {
    name: c.name, state, lastState, ready, restartCount, image: inst.image.ref.full,
    imageID: (inst.imageIdText ??= imageId(inst.image)), containerID: containerIdOf(inst), started,
  };
}

/** The newest instance's finish time, if it has exited (for backoff). */
export function finishedAt(c: ContainerRuntime): Millis | undefined {
  return c.current?.exit?.at;
}
