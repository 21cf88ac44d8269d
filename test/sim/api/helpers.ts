// Shared builders for the API server tests: minimal valid manifests and a one-call "create and
// print what kubectl would print".
import { createObject, formatApiError, type KubeObject } from '../../../src/sim/api/index.js';
import { seedRng } from '../../../src/sim/rng.js';

type Json = Record<string, unknown>;

/** A minimal valid Pod with one container; `spec` and `container` fields are merged in. */
export function pod(container: Json = {}, spec: Json = {}, metadata: Json = {}): Json {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', ...metadata },
    spec: { containers: [{ name: 'app', image: 'nginx:1.25', ...container }], ...spec },
  };
}

export const NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** What kubectl prints when creating `raw` from pod.yaml fails; throws if it succeeds. */
export function reject(raw: unknown, namespaces: readonly string[] = NAMESPACES): string {
  const r = createObject(raw, seedRng(7), { namespaces });
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.object ?? r.foreign)}`);
  return formatApiError(r.error, { source: 'pod.yaml' });
}

/** The stored object after a successful create; throws with kubectl's text if refused. */
export function admit(raw: unknown, seed = 7): KubeObject {
  const r = createObject(raw, seedRng(seed), { namespaces: NAMESPACES });
  if (!r.ok) throw new Error(formatApiError(r.error, { source: 'pod.yaml' }));
  if (!r.object) throw new Error('expected a stored object');
  return r.object;
}
