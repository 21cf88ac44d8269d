// Taints and tolerations (`Toleration.ToleratesTaint` in staging/src/k8s.io/api/core/v1 and the
// helpers in staging/src/k8s.io/component-helpers/scheduling/corev1 and pkg/apis/core/v1/helper).
import type { Taint, Toleration } from '../api/types.js';

/**
 * Note: an empty effect tolerates every effect, an empty key with `Exists` tolerates every
 * taint, and a missing operator means `Equal` (value must match exactly, empty included).
 */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  // Not a switch: an operator outside the enum tolerates nothing, as upstream's default case.
  const op: string = t.operator ?? 'Equal';
  if (op === 'Exists') return true;
  return op === 'Equal' && (t.value ?? '') === (taint.value ?? '');
}

export function tolerationsTolerateTaint(tolerations: readonly Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

/** `FindMatchingUntoleratedTaint`: the first taint, in node order, that passes `only` and nothing tolerates. */
export function findUntoleratedTaint(
  taints: readonly Taint[] | undefined, tolerations: readonly Toleration[] | undefined, only: (t: Taint) => boolean,
): Taint | undefined {
  return (taints ?? []).find((taint) => only(taint) && !tolerationsTolerateTaint(tolerations, taint));
}

/**
 * `GetMatchingTolerations`: for each taint the first toleration that tolerates it, or
 * `undefined` when some taint is not tolerated at all.
 */
export function matchingTolerations(
  taints: readonly Taint[], tolerations: readonly Toleration[] | undefined,
): readonly Toleration[] | undefined {
  const used: Toleration[] = [];
  for (const taint of taints) {
    const t = (tolerations ?? []).find((tol) => toleratesTaint(tol, taint));
    if (!t) return undefined;
    used.push(t);
  }
  return used;
}

/** `{key: value}` as the scheduler printed an untolerated taint up to v1.34.1. */
export function taintKeyValue(taint: Taint): string {
  return `{${taint.key}: ${taint.value ?? ''}}`;
}
