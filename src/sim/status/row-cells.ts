// The cells of the `kubectl get pods` row that printPod derives from container statuses: READY,
// STATUS and the restart count (pkg/printers/internalversion/printers.go printPod), kept apart
// from the clock-dependent cells so that a watch can compare them cheaply.
import { isConditionTrue, isRestartableInitContainer } from './containers.js';
import { timestampMs } from './time.js';
import type { Container, ContainerStatus, Pod } from './types.js';

/** `node.NodeUnreachablePodReason`. */
const NODE_LOST = 'NodeLost';

/** Keeps the newest `lastState.terminated.finishedAt`, like `lastRestartDate.Before(...)`. */
function newerFinish(current: number | undefined, status: ContainerStatus): number | undefined {
  const finished = timestampMs(status.lastState?.terminated?.finishedAt);
  if (finished === undefined) return current;
  return current === undefined || current < finished ? finished : current;
}

function terminatedReason(t: { exitCode: number; signal?: number; reason?: string }): string {
  if (t.reason) return t.reason;
  return t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode ?? 0}`;
}

/** The (never changed) lookup of a pod without init containers. */
const NO_INIT: ReadonlyMap<string, Container> = new Map();

function initLookup(specs: readonly Container[]): Map<string, Container> {
  const byName = new Map<string, Container>();
  for (const c of specs) byName.set(c.name, c);
  return byName;
}

/** READY, STATUS and the restart count of a row, with the newest restart when asked for. */
export interface RowCells {
  readonly ready: string;
  readonly status: string;
  readonly restarts: number;
  readonly lastRestart: number | undefined;
}

/**
 * The cells printPod derives from container statuses. `withTimes` also finds the newest
 * restart (parsing timestamps), which only the RESTARTS text needs.
 */
export function rowCells(pod: Pod, withTimes: boolean): RowCells {
  const status = pod.status ?? {};
  const initSpecs = pod.spec.initContainers ?? [];
  let restarts = 0;
  let sidecarRestarts = 0;
  let readyContainers = 0;
  let lastRestart: number | undefined;
  let lastSidecarRestart: number | undefined;
  let totalContainers = pod.spec.containers.length;

  let reason = status.reason || status.phase || '';
  // Note: the PodScheduled condition's status is not checked, only its reason.
  if (status.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) {
    reason = 'SchedulingGated';
  }

  // Note: init containers are looked up by name; a later duplicate name wins, as with a Go map.
  const initByName: ReadonlyMap<string, Container> = initSpecs.length > 0 ? initLookup(initSpecs) : NO_INIT;
  for (const c of initSpecs) if (isRestartableInitContainer(c)) totalContainers++;

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    const isSidecar = isRestartableInitContainer(initByName.get(cs.name));
    restarts += cs.restartCount ?? 0;
    if (withTimes) lastRestart = newerFinish(lastRestart, cs);
    if (isSidecar) {
      sidecarRestarts += cs.restartCount ?? 0;
      if (withTimes) lastSidecarRestart = newerFinish(lastSidecarRestart, cs);
    }
    const { terminated, waiting } = cs.state ?? {};
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (isSidecar && cs.started === true) {
      if (cs.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      reason = `Init:${terminatedReason(terminated)}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${initSpecs.length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || isConditionTrue(status.conditions, 'Initialized')) {
    // Once initialized, restarts of finished regular init containers no longer count.
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Walk from the last container to the first, so the first container's reason wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      if (withTimes) lastRestart = newerFinish(lastRestart, cs);
      const { waiting, terminated, running } = cs.state ?? {};
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated) {
        reason = terminatedReason(terminated);
      } else if (cs.ready && running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = isConditionTrue(status.conditions, 'Ready') ? 'Running' : 'NotReady';
    }
  }

  // Note: Go tests the pointer, so any deletionTimestamp that is present counts.
  const deleting = pod.metadata.deletionTimestamp != null;
  if (deleting && status.reason === NODE_LOST) {
    reason = 'Unknown';
  } else if (deleting && status.phase !== 'Succeeded' && status.phase !== 'Failed') {
    reason = 'Terminating';
  }
  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts, lastRestart };
}
