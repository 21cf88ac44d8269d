/**
 * A drill's `jsonpath` check: the template printed over the object (`pod/web`), or over the List
 * of every object of a type in the namespace (`pods`), as `kubectl get -o jsonpath=` prints them.
 */
import { getObject, getObjects, type SimState } from '../../sim/index.js';
import type { KubeObject } from '../../sim/api/index.js';
import { printJsonPath, type Obj } from '../../sim/kubectl/print/objects.js';
import { resolveResourceType } from '../../sim/kubectl/resources.js';
import type { SimSaid } from './messages.js';

export function jsonpathFailures(state: SimState, resource: string, namespace: string, path: string, expect: string): SimSaid[] {
  const slash = resource.indexOf('/');
  const type = resolveResourceType(slash < 0 ? resource : resource.slice(0, slash));
  const name = resource.slice(slash + 1);
  const ns = type?.namespaced ? namespace : undefined;
  // Note: the API server lists by key, namespace then name, whatever the order of creation.
  const key = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
  const items = () => (type && type.kind !== 'Event' ? [...getObjects(state, type.kind, ns)].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) : []);
  const list = () => ({ apiVersion: 'v1', kind: 'List', items: items(), metadata: { resourceVersion: '' } });
  const object = !type || type.kind === 'Event' ? undefined : slash > 0 ? getObject(state, type.kind, ns, name) : list();
  if (!object) return [{ key: 'jsonpathMissing', vars: { resource } }];
  const printed = printJsonPath(path, object as unknown as Obj);
  const actual = printed.ok ? printed.text.trim() : printed.error.trim();
  return actual === expect.trim() ? [] : [{ key: 'jsonpathValue', vars: { resource, path, actual, expected: expect } }];
}
