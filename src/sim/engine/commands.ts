// `apply(state, command)`: one kubectl-level change at the current time. Refusals come back as
// values with the API server's reason and message; nothing is thrown for bad requests.
import { assertNever } from '../../util/assert-never.js';
import type { KubeObject, ObjectMeta } from '../api/types.js';
import { getObject, isNamespaced } from '../store/store.js';
import type { CommandOutcome, MetaChanges, ObjectRef, SimCommand } from './commands-types.js';
import { createObject, groupResource, refused } from './create.js';
import { deleteObject } from './deletion.js';
import { warn } from './emit.js';
import { execCommand } from './exec.js';
import { applyFault } from './faults.js';
import { patchImages, patchReplicas, patchResources } from './patches.js';
import { admitSent } from './admit.js';
import type { SimState } from './state.js';
import { updateObject } from './update.js';


function find(state: SimState, ref: ObjectRef): KubeObject | CommandOutcome {
  const ns = isNamespaced(ref.kind) ? ref.namespace ?? 'default' : undefined;
  const obj = getObject(state.store, ref.kind, ns, ref.name);
  if (obj) return obj;
  const resource = groupResource(ref.kind);
  return refused({ reason: 'NotFound', resource, name: ref.name }, `${resource} "${ref.name}" not found`);
}

const isOutcome = (x: KubeObject | CommandOutcome): x is CommandOutcome => 'ok' in x;

function existing(state: SimState, obj: KubeObject): KubeObject | undefined {
  const ns = isNamespaced(obj.kind) ? obj.metadata.namespace ?? 'default' : undefined;
  return getObject(state.store, obj.kind, ns, obj.metadata.name ?? '');
}

function changeMeta(state: SimState, ref: ObjectRef, field: 'labels' | 'annotations', changes: MetaChanges, overwrite: boolean): CommandOutcome {
  const obj = find(state, ref);
  if (isOutcome(obj)) return obj;
  const current: Record<string, string> = { ...(obj.metadata[field] ?? {}) };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) {
      delete current[k];
      continue;
    }
    if (current[k] !== undefined && current[k] !== v && !overwrite) {
      return refused({ reason: 'Invalid', kind: obj.kind, name: ref.name, causes: [] },
        `'${k}' already has a value (${current[k]}), and --overwrite is false (${groupResource(obj.kind)}/${ref.name})`);
    }
    current[k] = v;
  }
  const metadata: ObjectMeta = { ...obj.metadata, [field]: current };
  const r = updateObject(state, obj, { ...obj, metadata } as KubeObject);
  return r.ok ? { ok: true, action: r.action === 'unchanged' ? 'not ' + (field === 'labels' ? 'labeled' : 'annotated') : field === 'labels' ? 'labeled' : 'annotated', ref } : r;
}

export function runCommand(state: SimState, command: SimCommand): CommandOutcome {
  switch (command.kind) {
    case 'create': {
      const obj = command.admit ? admitSent(state, command.object, undefined) : command.object;
      if (isOutcome(obj)) return obj;
      if (existing(state, obj)) {
        const resource = groupResource(obj.kind);
        return refused({ reason: 'AlreadyExists', resource, name: obj.metadata.name ?? '' }, `${resource} "${obj.metadata.name}" already exists`);
      }
      return createObject(state, obj);
    }
    case 'apply': {
      const current = existing(state, command.object);
      const obj = command.admit ? admitSent(state, command.object, current) : command.object;
      if (isOutcome(obj)) return obj;
      return current ? updateObject(state, current, obj) : createObject(state, obj);
    }
    case 'replace': {
      const current = existing(state, command.object);
      if (!current) {
        const resource = groupResource(command.object.kind);
        return refused({ reason: 'NotFound', resource, name: command.object.metadata.name ?? '' }, `${resource} "${command.object.metadata.name}" not found`);
      }
      // `--force` deletes the live object and creates the new one (create-time admission).
      const obj = command.admit ? admitSent(state, command.object, command.force ? undefined : current) : command.object;
      if (isOutcome(obj)) return obj;
      if (command.force) {
        deleteObject(state, current, 0, true);
        const r = createObject(state, obj);
        return r.ok ? { ...r, action: 'replaced' } : r;
      }
      const r = updateObject(state, current, obj);
      return r.ok ? { ...r, action: 'replaced' } : r;
    }
    case 'delete': {
      const obj = find(state, command.ref);
      if (isOutcome(obj)) return obj;
      deleteObject(state, obj, command.gracePeriodSeconds, command.force ?? false);
      return { ok: true, action: 'deleted', ref: command.ref };
    }
    case 'scale': {
      const obj = find(state, command.ref);
      return isOutcome(obj) ? obj : patchReplicas(state, obj, command.replicas);
    }
    case 'label':
      return changeMeta(state, command.ref, 'labels', command.changes, command.overwrite ?? false);
    case 'annotate':
      return changeMeta(state, command.ref, 'annotations', command.changes, command.overwrite ?? false);
    case 'setImage': {
      const obj = find(state, command.ref);
      return isOutcome(obj) ? obj : patchImages(state, obj, command.images);
    }
    case 'setResources': {
      const obj = find(state, command.ref);
      return isOutcome(obj) ? obj : patchResources(state, obj, command);
    }
    case 'fault':
      return applyFault(state, command.fault);
    case 'exec':
      return execCommand(state, command.target, command.command);
    case 'unparsed':
      warn(state, '', command.reason ? `${command.text}: ${command.reason}` : `could not interpret: ${command.text}`);
      return { ok: true, action: 'ignored' };
    default:
      return assertNever(command);
  }
}
