// The whole create path of a manifest, in kube-apiserver's order: decode (strict), admission
// (namespace, priority), defaulting and the mutating plugins, name generation, validation.
import type { RngState } from '../rng.js';
import { checkNamespace, resolvePriority } from './admission.js';
import type { ApiError } from './api-error.js';
import { decode, type ForeignDocument } from './decode.js';
import { admitDefaulted, defaultObject, type DefaultsContext } from './defaults.js';
import type { KubeObject } from './types.js';
import { validate } from './validate.js';

export type CreateResult =
  | { readonly ok: true; readonly object: KubeObject; readonly rng: RngState; readonly foreign?: undefined }
  | { readonly ok: true; readonly object?: undefined; readonly foreign: ForeignDocument; readonly rng: RngState }
  | { readonly ok: false; readonly error: ApiError; readonly rng: RngState };

/**
 * Admits one parsed manifest document as `kubectl create` / `apply` would on a new object.
 * On refusal the generator is returned unchanged. Existence of an object with the same name is
 * the store's check (AlreadyExists), not this one's.
 */
export function createObject(raw: unknown, rng: RngState, ctx: DefaultsContext = {}): CreateResult {
  const decoded = decode(raw);
  if (!decoded.ok) return { ok: false, error: decoded.error, rng };
  if (!decoded.object) return { ok: true, foreign: decoded.foreign, rng };
  return admitObject(decoded.object, rng, ctx);
}

/**
 * The create path for an object that is already decoded (built by kubectl, or by a controller
 * from a template): admission, defaults, name generation and validation.
 */
export function admitObject(object: KubeObject, rng: RngState, ctx: DefaultsContext = {}): CreateResult {
  const placed = defaultObject(object, ctx);
  const missing = checkNamespace(placed, ctx);
  if (missing) return { ok: false, error: missing, rng };
  if (placed.kind === 'Pod') {
    const priority = resolvePriority(placed, ctx);
    if ('error' in priority) return { ok: false, error: priority.error, rng };
  }
  // Note: `placed` is what applyDefaults would compute first, so it is not computed twice.
  const [defaulted, next] = admitDefaulted(placed, rng, ctx);
  const causes = validate(defaulted);
  if (causes.length > 0) {
    return { ok: false, error: { reason: 'Invalid', kind: defaulted.kind, name: defaulted.metadata?.name ?? '', causes }, rng };
  }
  return { ok: true, object: defaulted, rng: next };
}
