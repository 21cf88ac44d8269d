// An in-memory Cluster for tests: the fixture world as a view, plus actions that record what
// was asked and answer like a small API server (AlreadyExists, NotFound, created/configured).
import type { ApiError } from '../../../src/sim/api/api-error.js';
import type { KubeObject } from '../../../src/sim/api/types.js';
import type { ApplyOutcome, ClusterActions, ClusterView, ExecResult, WriteResult } from '../../../src/sim/kubectl/cluster.js';
import type { Cluster } from '../../../src/sim/kubectl/execute/types.js';
import { typeOfKind, qualifiedResource } from '../../../src/sim/kubectl/resources.js';
import type { FakeWorld } from './fake-apiserver.js';
import { worldView } from './world-view.js';
import { mainWorld } from './worlds.js';

/** A recorded call. */
export interface Call {
  readonly action: string;
  readonly args: readonly unknown[];
}

export interface FakeCluster extends Cluster {
  readonly calls: Call[];
  readonly objects: KubeObject[];
}

const keyOf = (kind: string, ns: string, name: string) => `${kind}/${typeOfKind(kind)?.namespaced ? ns : ''}/${name}`;

export function fakeCluster(world: FakeWorld = mainWorld, exec?: (cmd: readonly string[]) => ExecResult): FakeCluster {
  const base = worldView(world);
  const objects: KubeObject[] = [...base.list('Pod'), ...base.list('Node'), ...base.list('ConfigMap'), ...base.list('Secret'),
    ...base.list('Service'), ...base.list('Deployment'), ...base.list('ReplicaSet'), ...base.list('Namespace')];
  const calls: Call[] = [];
  const find = (kind: string, ns: string, name: string) => objects.findIndex((o) => keyOf(o.kind, o.metadata.namespace ?? '', o.metadata.name ?? '') === keyOf(kind, ns, name));
  const resource = (kind: string) => { const t = typeOfKind(kind); return t ? qualifiedResource(t) : kind.toLowerCase(); };
  const notFound = (kind: string, name: string): { ok: false; error: ApiError } => ({ ok: false, error: { reason: 'NotFound', resource: resource(kind), name } });
  const view: ClusterView = {
    ...base,
    list: (kind, ns) => objects.filter((o) => o.kind === kind && (ns === undefined || !typeOfKind(kind)?.namespaced || o.metadata.namespace === ns))
      .sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`)),
    get: (kind, ns, name) => objects[find(kind, ns, name)],
  };
  const actions: ClusterActions = {
    create(object, source): WriteResult {
      calls.push({ action: 'create', args: [object, source] });
      if (find(object.kind, object.metadata.namespace ?? '', object.metadata.name ?? '') >= 0) {
        return { ok: false, error: { reason: 'AlreadyExists', resource: resource(object.kind), name: object.metadata.name ?? '' } };
      }
      objects.push(object);
      return { ok: true, object };
    },
    apply(object, source): ApplyOutcome {
      calls.push({ action: 'apply', args: [object, source] });
      const at = find(object.kind, object.metadata.namespace ?? '', object.metadata.name ?? '');
      if (at < 0) { objects.push(object); return { ok: true, object, result: 'created' }; }
      const same = JSON.stringify((objects[at] as { spec?: unknown }).spec ?? null) === JSON.stringify((object as { spec?: unknown }).spec ?? null);
      objects[at] = object;
      return { ok: true, object, result: same ? 'unchanged' : 'configured' };
    },
    replace(object, force, source): WriteResult {
      calls.push({ action: 'replace', args: [object, force, source] });
      const at = find(object.kind, object.metadata.namespace ?? '', object.metadata.name ?? '');
      if (at < 0) return notFound(object.kind, object.metadata.name ?? '');
      objects[at] = object;
      return { ok: true, object };
    },
    delete(kind, ns, name, options): WriteResult {
      calls.push({ action: 'delete', args: [kind, ns, name, options] });
      const at = find(kind, ns, name);
      if (at < 0) return notFound(kind, name);
      const [gone] = objects.splice(at, 1);
      return { ok: true, object: gone };
    },
    scale(kind, ns, name, replicas): WriteResult {
      calls.push({ action: 'scale', args: [kind, ns, name, replicas] });
      const at = find(kind, ns, name);
      if (at < 0) return notFound(kind, name);
      const o = objects[at] as KubeObject & { spec: { replicas?: number } };
      objects[at] = { ...o, spec: { ...o.spec, replicas } } as KubeObject;
      return { ok: true, object: objects[at] };
    },
    patch(kind, ns, name, change): WriteResult {
      calls.push({ action: 'patch', args: [kind, ns, name] });
      const at = find(kind, ns, name);
      if (at < 0) return notFound(kind, name);
      objects[at] = change(objects[at]);
      return { ok: true, object: objects[at] };
    },
    exec(ns, pod, container, command): ExecResult {
      calls.push({ action: 'exec', args: [ns, pod, container, command] });
      return exec?.(command) ?? { stdout: '', stderr: '', exitCode: 0 };
    },
  };
  return { view, actions, calls, objects };
}
