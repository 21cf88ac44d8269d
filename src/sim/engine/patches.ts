// The small patches kubectl sends for `scale`, `set image` and `set resources`.
import type { Container, KubeObject, PodSpec } from '../api/types.js';
import type { CommandOutcome, SimCommand } from './commands-types.js';
import { refused } from './create.js';
import type { SimState } from './state.js';
import { updateObject } from './update.js';

type Workload = Extract<KubeObject, { kind: 'Deployment' | 'ReplicaSet' }>;

function podSpecOf(obj: KubeObject): PodSpec | undefined {
  if (obj.kind === 'Pod') return obj.spec;
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') return obj.spec.template.spec;
  return undefined;
}

function withPodSpec(obj: KubeObject, spec: PodSpec): KubeObject {
  if (obj.kind === 'Pod') return { ...obj, spec };
  const w = obj as Workload;
  return { ...w, spec: { ...w.spec, template: { ...w.spec.template, spec } } } as KubeObject;
}

function notSupported(obj: KubeObject, what: string): CommandOutcome {
  return refused({ reason: 'BadRequest', kind: obj.kind, version: obj.apiVersion, detail: what, causes: [] }, what);
}

export function patchReplicas(state: SimState, obj: KubeObject, replicas: number): CommandOutcome {
  if (obj.kind !== 'Deployment' && obj.kind !== 'ReplicaSet') return notSupported(obj, `the server could not find the requested resource`);
  const r = updateObject(state, obj, { ...obj, spec: { ...obj.spec, replicas } } as KubeObject);
  return r.ok ? { ok: true, action: 'scaled' } : r;
}

export function patchImages(state: SimState, obj: KubeObject, images: Readonly<Record<string, string>>): CommandOutcome {
  const spec = podSpecOf(obj);
  if (!spec) return notSupported(obj, `error: ${obj.kind.toLowerCase()}s "${obj.metadata.name}" has no containers`);
  const names = [...spec.containers, ...(spec.initContainers ?? [])].map((c) => c.name);
  for (const name of Object.keys(images)) {
    if (name !== '*' && !names.includes(name)) return notSupported(obj, `error: unable to find container named "${name}"`);
  }
  const set = (c: Container): Container => {
    const image = images[c.name] ?? images['*'];
    return image === undefined ? c : { ...c, image };
  };
  const next = withPodSpec(obj, { ...spec, containers: spec.containers.map(set), ...(spec.initContainers ? { initContainers: spec.initContainers.map(set) } : {}) });
  const r = updateObject(state, obj, next);
  return r.ok ? { ok: true, action: r.action === 'unchanged' ? 'unchanged' : 'image updated' } : r;
}

export function patchResources(state: SimState, obj: KubeObject, cmd: Extract<SimCommand, { kind: 'setResources' }>): CommandOutcome {
  const spec = podSpecOf(obj);
  if (!spec) return notSupported(obj, `error: ${obj.kind.toLowerCase()}s "${obj.metadata.name}" has no containers`);
  const set = (c: Container): Container => {
    if (cmd.container && cmd.container !== c.name) return c;
    return {
      ...c,
      resources: {
        ...(cmd.requests || c.resources?.requests ? { requests: { ...c.resources?.requests, ...cmd.requests } } : {}),
        ...(cmd.limits || c.resources?.limits ? { limits: { ...c.resources?.limits, ...cmd.limits } } : {}),
      },
    };
  };
  const r = updateObject(state, obj, withPodSpec(obj, { ...spec, containers: spec.containers.map(set) }));
  return r.ok ? { ok: true, action: r.action === 'unchanged' ? 'unchanged' : 'resource requirements updated' } : r;
}
