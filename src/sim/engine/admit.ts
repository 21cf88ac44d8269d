// Objects as kubectl sends them (decoded, nothing more) go through the API server's request path
// inside the engine, so a replayed command log draws the same random names: on create the
// defaults, the admission plugins and validation (api/create.ts admitObject, as for a manifest);
// on update the defaults and validation only, since the admission plugins that fill pods
// (ServiceAccount, DefaultTolerationSeconds, Priority) act on create.
import { admitObject } from '../api/create.js';
import { defaultObject } from '../api/defaults.js';
import { formatApiError } from '../api/api-error.js';
import type { KubeObject, Pod } from '../api/types.js';
import { validate } from '../api/validate.js';
import { listObjects } from '../store/store.js';
import type { CommandOutcome } from './commands-types.js';
import { refused } from './create.js';
import type { SimState } from './state.js';
import { withLiveTokenVolume } from './token-volume.js';

/**
 * The fields create-time admission set on the live pod, kept when the update leaves them out
 * (`kubectl apply` patches the live object, so what the server added stays).
 */
function withServerFields(current: Pod, next: Pod): Pod {
  const cur = current.spec;
  const spec = {
    ...next.spec,
    serviceAccountName: next.spec.serviceAccountName ?? cur.serviceAccountName,
    serviceAccount: next.spec.serviceAccount ?? cur.serviceAccount,
    tolerations: next.spec.tolerations ?? cur.tolerations,
    priority: next.spec.priority ?? cur.priority,
    preemptionPolicy: next.spec.preemptionPolicy ?? cur.preemptionPolicy,
  };
  return withLiveTokenVolume(current, { ...next, spec });
}

/**
 * The object the API server would store for `object` sent by kubectl: `current` is the live
 * object it updates (none for a create). A refusal comes back as the command's outcome.
 */
export function admitSent(state: SimState, object: KubeObject, current: KubeObject | undefined): KubeObject | CommandOutcome {
  if (!current) {
    const namespaces = listObjects(state.store, 'Namespace').map((n) => n.metadata.name ?? '');
    const r = admitObject(object, state.rng, { namespaces });
    if (!r.ok) return refused(r.error, formatApiError(r.error));
    state.rng = r.rng;
    return r.object ?? object;
  }
  let next = defaultObject(object);
  if (next.kind === 'Pod' && current.kind === 'Pod') next = withServerFields(current, next);
  const causes = validate(next);
  if (causes.length > 0) {
    const error = { reason: 'Invalid' as const, kind: next.kind, name: next.metadata.name ?? '', causes };
    return refused(error, formatApiError(error));
  }
  return next;
}
