/**
 * Whether a manifest can be run faithfully, and the objects to start from. A manifest the API
 * server refuses is already reported by the manifest check and is not run again here.
 */
import type { KubeObject } from '../../sim/api/index.js';
import type { Scenario } from '../../sim/index.js';
import type { SimCheckCtx } from './context.js';
import type { ManifestSite } from './sites.js';

/** Unsimulated kinds whose whole effect admission has already applied (a pod's priority). */
const ADMISSION_ONLY = new Set(['PriorityClass']);

export type Runnable =
  | { readonly ok: true; readonly objects: readonly KubeObject[]; readonly scenario?: Scenario }
  /** `refused`: reported by the manifest check; `skipped`: noted as not checked. */
  | { readonly ok: false; readonly why: 'refused' | 'skipped' };

export function runnable(ctx: SimCheckCtx, site: ManifestSite): Runnable {
  const admitted = ctx.admit(site.text);
  if (admitted.problems.length > 0) return { ok: false, why: 'refused' };
  const unsimulated = admitted.unsimulated.filter((k) => !ADMISSION_ONLY.has(k));
  if (unsimulated.length > 0) {
    ctx.skip(ctx.at(site.owner, site.field), 'unsimulated-kind', [...new Set(unsimulated)].join(', '));
    return { ok: false, why: 'skipped' };
  }
  return { ok: true, objects: admitted.objects, ...(admitted.scenario ? { scenario: admitted.scenario } : {}) };
}
