/**
 * Check 1: every embedded manifest passes the simulated API server (kinds it does not simulate
 * only have to be well-formed objects), with each refusal at its line in the content file.
 */
import type { SimCheckCtx } from './context.js';
import type { ManifestSite } from './sites.js';

export function checkManifests(ctx: SimCheckCtx, sites: readonly ManifestSite[]): void {
  for (const site of sites) {
    ctx.guard(ctx.at(site.owner, site.field), () => {
      const place = ctx.placer(site.owner, site.field);
      for (const p of ctx.admit(site.text).problems) {
        ctx.report(place(p.line, p.col), 'sim-manifest', { key: 'manifestRefused', vars: { detail: p.detail } }, { key: 'manifestRefusedHint' });
      }
    });
  }
}
