// Which pods a ReplicaSet deletes first when it scales down: getPodsToDelete with
// ActivePodsWithRanks.Less (pkg/controller/controller_utils.go), LogarithmicScaleDown on.
import type { Millis, Pod } from '../api/types.js';
import { timestampMs } from '../status/time.js';

const PHASE_ORDER: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };

const isReady = (p: Pod): boolean => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

function readySince(p: Pod): number | undefined {
  const c = p.status?.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  return timestampMs(c?.lastTransitionTime);
}

function restarts(p: Pod): number {
  return Math.max(0, ...(p.status?.containerStatuses ?? []).map((s) => s.restartCount ?? 0));
}

/** `logarithmicScale`-style bucket of an age: pods within the same power of two tie. */
function logBucket(sinceMs: number | undefined, nowMs: Millis): number {
  if (sinceMs === undefined) return Number.POSITIVE_INFINITY;
  const age = Math.max(1, Math.floor((nowMs - sinceMs) / 1000));
  return Math.floor(Math.log2(age));
}

/**
 * Sorts pods most-deletable first. `rank` counts the pods of the same owner on the pod's node
 * (doubled-up pods go first). `nowMs` is epoch milliseconds.
 */
export function rankForDeletion(pods: readonly Pod[], rank: ReadonlyMap<Pod, number>, nowMs: Millis): Pod[] {
  return [...pods].sort((a, b) => {
    // 1. Unassigned before assigned.
    const assigned = Number(!!a.spec.nodeName) - Number(!!b.spec.nodeName);
    if (assigned !== 0) return assigned;
    // 2. Pending < Unknown < Running.
    const phase = (PHASE_ORDER[a.status?.phase ?? 'Pending'] ?? 0) - (PHASE_ORDER[b.status?.phase ?? 'Pending'] ?? 0);
    if (phase !== 0) return phase;
    // 3. Not ready before ready.
    const ready = Number(isReady(a)) - Number(isReady(b));
    if (ready !== 0) return ready;
    // 4. More pods of the same owner on the node first.
    const r = (rank.get(b) ?? 0) - (rank.get(a) ?? 0);
    if (r !== 0) return r;
    // 5. Ready for less time first (log buckets).
    if (isReady(a) && isReady(b)) {
      const ba = logBucket(readySince(a), nowMs);
      const bb = logBucket(readySince(b), nowMs);
      if (ba !== bb) return ba - bb;
    }
    // 6. More restarts first.
    const rs = restarts(b) - restarts(a);
    if (rs !== 0) return rs;
    // 7. Newer first (log buckets of age), then by name for a stable order.
    const ca = logBucket(timestampMs(a.metadata.creationTimestamp), nowMs);
    const cb = logBucket(timestampMs(b.metadata.creationTimestamp), nowMs);
    if (ca !== cb) return ca - cb;
    return (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '');
  });
}
