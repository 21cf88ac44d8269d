// The `kubectl get pods` row, computed as kube-apiserver's printPod does
// (pkg/printers/internalversion/printers.go). See k8s-semantics.md §1.
import { isConditionTrue, isRestartableInitContainer } from './containers.js';
import { humanDuration, translateTimestampSince } from './duration.js';
import { timestampMs } from './time.js';
import type { Container, ContainerStatus, Pod } from './types.js';

/** The `Completed` table-row condition printPod attaches to terminal pods. */
export interface RowCondition {
  readonly type: 'Completed';
  readonly status: 'True';
  readonly reason: 'Succeeded' | 'Failed';
  readonly message: string;
}

/** One row of `kubectl get pods` (the last four are the `-o wide` columns). */
export interface PodRow {
  readonly name: string;
  readonly ready: string;
  readonly status: string;
  readonly restarts: string;
  readonly age: string;
  readonly ip: string;
  readonly node: string;
  readonly nominatedNode: string;
  readonly readinessGates: string;
  /** Set for phase Succeeded or Failed, as on the upstream table row. */
  readonly rowCondition?: RowCondition;
}

/** `node.NodeUnreachablePodReason`. */
const NODE_LOST = 'NodeLost';

/** Keeps the newest `lastState.terminated.finishedAt`, like `lastRestartDate.Before(...)`. */
function newerFinish(current: number | undefined, status: ContainerStatus): number | undefined {
  const finished = timestampMs(status.lastState?.terminated?.finishedAt);
  if (finished === undefined) return current;
  return current === undefined || current < finished ? finished : current;
}

function rowConditionFor(phase: string | undefined): RowCondition | undefined {
  if (phase === 'Succeeded') {
    return { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' };
  }
  if (phase === 'Failed') return { type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' };
  return undefined;
}

function terminatedReason(t: { exitCode: number; signal?: number; reason?: string }): string {
  if (t.reason) return t.reason;
  return t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode ?? 0}`;
}

/**
 * Computes the `kubectl get pods` row for a pod at `nowMs` (epoch milliseconds).
 * Pure: the same pod and time always give the same row.
 */
export function printPodRow(pod: Pod, nowMs: number): PodRow {
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
  const initByName = new Map<string, Container>();
  for (const c of initSpecs) {
    initByName.set(c.name, c);
    if (isRestartableInitContainer(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    const isSidecar = isRestartableInitContainer(initByName.get(cs.name));
    restarts += cs.restartCount ?? 0;
    lastRestart = newerFinish(lastRestart, cs);
    if (isSidecar) {
      sidecarRestarts += cs.restartCount ?? 0;
      lastSidecarRestart = newerFinish(lastSidecarRestart, cs);
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
      lastRestart = newerFinish(lastRestart, cs);
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

  const restartsText =
    restarts !== 0 && lastRestart !== undefined
      ? `${restarts} (${humanDuration((nowMs - lastRestart) / 1000)} ago)`
      : String(restarts);

  const rowCondition = rowConditionFor(status.phase);
  return {
    name: pod.metadata.name ?? '',
    ready: `${readyContainers}/${totalContainers}`,
    status: reason,
    restarts: restartsText,
    age: translateTimestampSince(pod.metadata.creationTimestamp, nowMs),
    ...wideColumns(pod),
    ...(rowCondition ? { rowCondition } : {}),
  };
}

/** The `-o wide` columns: IP, NODE, NOMINATED NODE, READINESS GATES. */
function wideColumns(pod: Pod): Pick<PodRow, 'ip' | 'node' | 'nominatedNode' | 'readinessGates'> {
  const status = pod.status ?? {};
  // Note: the apiserver prints the internal podIPs[0]; converting from v1, a set podIP wins over
  // a differing podIPs[0] and fills an empty podIPs (the dual-stack conversion rule).
  const ip = status.podIP || status.podIPs?.[0]?.ip || '<none>';
  const gates = pod.spec.readinessGates ?? [];
  let readinessGates = '<none>';
  if (gates.length > 0) {
    const trueGates = gates.filter((g) => {
      const c = status.conditions?.find((cond) => cond.type === g.conditionType);
      return c?.status === 'True';
    }).length;
    readinessGates = `${trueGates}/${gates.length}`;
  }
  return {
    ip,
    node: pod.spec.nodeName || '<none>',
    nominatedNode: status.nominatedNodeName || '<none>',
    readinessGates,
  };
}
