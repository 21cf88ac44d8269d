// The API server's object store: every object by kind and `namespace/name`, with the
// resourceVersion counter etcd would keep. Plain data (Maps), changed in place by the engine.
import type { KubeObject } from '../api/types.js';
import { defineOwn, sharedShape } from '../own-props.js';

/** The kinds the store keeps, as `KubeObject['kind']`. */
export type Kind = KubeObject['kind'];

/** An object of one kind. */
export type ObjectOf<K extends Kind> = Extract<KubeObject, { readonly kind: K }>;

/** Objects by kind, then by `namespace/name` (`/name` for cluster-scoped kinds). */
export interface Store {
  /** The last resourceVersion handed out. */
  rv: number;
  /**
   * Bumped whenever what a container's volumes show may have changed: a ConfigMap or Secret
   * written or removed, a Pod created or removed or given a new spec. Answers remembered for
   * probes depend on this, not on `rv`, so status updates elsewhere do not invalidate them.
   */
  mountsRv: number;
  readonly objects: Map<Kind, Map<string, KubeObject>>;
}

/** The kinds that live in a namespace. */
const CLUSTER_SCOPED: ReadonlySet<Kind> = new Set<Kind>(['Node', 'Namespace']);

export function isNamespaced(kind: Kind): boolean {
  return !CLUSTER_SCOPED.has(kind);
}

export function emptyStore(): Store {
  return { rv: 0, mountsRv: 0, objects: new Map() };
}

/** The store key of an object: `namespace/name`, or `/name` when cluster-scoped. */
export function keyOf(kind: Kind, namespace: string | undefined, name: string): string {
  return isNamespaced(kind) ? `${namespace ?? 'default'}/${name}` : `/${name}`;
}

export function objectKey(o: KubeObject): string {
  return keyOf(o.kind, o.metadata.namespace, o.metadata.name ?? '');
}

function bucket(store: Store, kind: Kind): Map<string, KubeObject> {
  let b = store.objects.get(kind);
  if (!b) {
    b = new Map();
    store.objects.set(kind, b);
  }
  return b;
}

export function getObject<K extends Kind>(store: Store, kind: K, namespace: string | undefined, name: string): ObjectOf<K> | undefined {
  return store.objects.get(kind)?.get(keyOf(kind, namespace, name)) as ObjectOf<K> | undefined;
}

/** Every object of a kind (in one namespace when given), in insertion order. */
export function listObjects<K extends Kind>(store: Store, kind: K, namespace?: string): ObjectOf<K>[] {
  const all = [...(store.objects.get(kind)?.values() ?? [])] as ObjectOf<K>[];
  return namespace === undefined ? all : all.filter((o) => (o.metadata.namespace ?? 'default') === namespace);
}

/** Writes an object and gives it the next resourceVersion. Returns the stored object. */
export function putObject<T extends KubeObject>(store: Store, object: T): T {
  store.rv++;
  const b = bucket(store, object.kind);
  const key = objectKey(object);
  const before = (b.get(key) as { spec?: unknown } | undefined)?.spec;
  // `{ ...object, metadata: { ...object.metadata, resourceVersion } }`. A spread that only
  // replaces keys keeps the hidden class it copies; one that adds a key makes a new class for
  // every object, so the first version is copied key by key instead (own-props.ts), as is a
  // changed spec.
  const rv = String(store.rv);
  let metadata: Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(object.metadata, 'resourceVersion')) metadata = { ...object.metadata, resourceVersion: rv };
  else {
    metadata = sharedShape(object.metadata) as Record<string, unknown>;
    defineOwn(metadata, 'resourceVersion', rv);
  }
  const stored = { ...object, metadata } as T;
  const spec = (object as { spec?: unknown }).spec;
  if (spec !== before && typeof spec === 'object' && spec !== null) (stored as { spec?: unknown }).spec = sharedShape(spec);
  if (MOUNTED_KINDS.has(object.kind)) store.mountsRv++;
  else if (object.kind === 'Pod' && before !== spec) store.mountsRv++;
  b.set(key, stored);
  return stored;
}

/** Kinds whose contents containers see through volumes. */
const MOUNTED_KINDS: ReadonlySet<Kind> = new Set<Kind>(['ConfigMap', 'Secret']);

/** Removes an object; true when it existed. */
export function removeObject(store: Store, kind: Kind, namespace: string | undefined, name: string): boolean {
  const removed = store.objects.get(kind)?.delete(keyOf(kind, namespace, name)) ?? false;
  if (removed) store.rv++;
  if (removed && (kind === 'Pod' || MOUNTED_KINDS.has(kind))) store.mountsRv++;
  return removed;
}
