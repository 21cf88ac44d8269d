// The shape every controller has: reconcile one object of its kind against the world.
import type { SimState } from '../engine/state.js';
import type { Kind, ObjectOf } from '../store/store.js';

/** A controller (ReplicaSet, Deployment; later DaemonSet, StatefulSet, Job, HPA), one per file. */
export interface Controller<K extends Kind> {
  readonly kind: K;
  /** Brings the world closer to what `obj` asks for; may create, change or delete objects. */
  sync(state: SimState, obj: ObjectOf<K>): void;
}
