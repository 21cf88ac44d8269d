// The `pod-template-hash` label: controller.ComputeHash (pkg/controller/controller_utils.go)
// is FNV-32a over the template, then rand.SafeEncodeString of the decimal sum.
// Note: upstream hashes spew's dump of the Go struct (hashutil.DeepHashObject); podlab hashes a
// stable JSON form (keys sorted) instead, so the characters are the same kind (bcdf...789) and
// stable per template, but not the exact value a real cluster would print.
import type { PodTemplateSpec } from '../api/types.js';
import { fnv32a } from '../kubelet/image-ids.js';

/** `utilrand.SafeEncodeString`'s alphabet. */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/** JSON with object keys sorted at every level. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v);
}

export function computeHash(template: PodTemplateSpec, collisionCount?: number): string {
  let text = stableJson(template);
  if (collisionCount !== undefined) text += String(collisionCount);
  return safeEncodeString(String(fnv32a(text)));
}
