// The arithmetic of a rollout (pkg/controller/deployment/rolling.go, recreate.go,
// util/deployment_util.go): maxSurge and maxUnavailable, how far the new ReplicaSet may grow
// and how far the old ones may shrink at this moment.
import type { Deployment, ReplicaSet } from '../api/types.js';

/** `intstr.GetScaledValueFromIntOrPercent`. */
function scaled(value: number | string | undefined, total: number, roundUp: boolean, fallback: string): number {
  const v = value ?? fallback;
  if (typeof v === 'number') return v;
  const m = v.match(/^(\d+)%$/);
  if (!m) return Number(v) || 0;
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

/** `ResolveFenceposts`: (maxSurge, maxUnavailable), never both zero. */
export function fenceposts(d: Deployment): { surge: number; unavailable: number } {
  const replicas = d.spec.replicas ?? 1;
  const ru = d.spec.strategy?.rollingUpdate;
  const surge = scaled(ru?.maxSurge, replicas, true, '25%');
  let unavailable = scaled(ru?.maxUnavailable, replicas, false, '25%');
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

const specReplicas = (rs: ReplicaSet): number => rs.spec.replicas ?? 0;
const available = (rs: ReplicaSet): number => rs.status?.availableReplicas ?? 0;

/** NewRSNewReplicas: the size the new ReplicaSet may have now. */
export function newReplicaTarget(d: Deployment, newRS: ReplicaSet | undefined, all: readonly ReplicaSet[]): number {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type === 'Recreate') return replicas;
  const current = newRS ? specReplicas(newRS) : 0;
  const { surge } = fenceposts(d);
  const total = all.reduce((n, rs) => n + specReplicas(rs), 0);
  const maxTotal = replicas + surge;
  if (total >= maxTotal) return current;
  return current + Math.max(0, Math.min(maxTotal - total, replicas - current));
}

/** How the old ReplicaSets shrink now (reconcileOldReplicaSets), oldest first. */
export function oldReplicaTargets(d: Deployment, newRS: ReplicaSet, olds: readonly ReplicaSet[]): Map<ReplicaSet, number> {
  const out = new Map<ReplicaSet, number>();
  const replicas = d.spec.replicas ?? 1;
  const { unavailable } = fenceposts(d);
  const all = [newRS, ...olds];
  const allPods = all.reduce((n, rs) => n + specReplicas(rs), 0);
  const minAvailable = replicas - unavailable;
  const newUnavailable = specReplicas(newRS) - available(newRS);
  let maxScaledDown = allPods - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return out;
  const target = new Map(olds.map((rs) => [rs, specReplicas(rs)]));
  // cleanupUnhealthyReplicas: pods that are not available go first.
  for (const rs of olds) {
    const unhealthy = specReplicas(rs) - available(rs);
    const cut = Math.min(unhealthy, maxScaledDown);
    if (cut <= 0) continue;
    target.set(rs, target.get(rs)! - cut);
    maxScaledDown -= cut;
  }
  // scaleDownOldReplicaSetsForRollingUpdate: then available ones, while minAvailable holds.
  const availableAll = all.reduce((n, rs) => n + available(rs), 0);
  let budget = availableAll - minAvailable;
  for (const rs of olds) {
    if (budget <= 0) break;
    const cut = Math.min(target.get(rs)!, budget);
    target.set(rs, target.get(rs)! - cut);
    budget -= cut;
  }
  for (const [rs, n] of target) if (n !== specReplicas(rs)) out.set(rs, n);
  return out;
}
