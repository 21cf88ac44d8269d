/** A drill's `jsonpath` check: the template printed over the object, as `kubectl get -o jsonpath=` would. */
import { getObject, type SimState } from '../../sim/index.js';
import { printJsonPath, type Obj } from '../../sim/kubectl/print/objects.js';
import { resolveResourceType } from '../../sim/kubectl/resources.js';
import type { SimSaid } from './messages.js';

export function jsonpathFailures(state: SimState, resource: string, namespace: string, path: string, expect: string): SimSaid[] {
  const slash = resource.indexOf('/');
  const type = resolveResourceType(slash < 0 ? resource : resource.slice(0, slash));
  const name = resource.slice(slash + 1);
  const object = type && type.kind !== 'Event' && slash > 0 ? getObject(state, type.kind, type.namespaced ? namespace : undefined, name) : undefined;
  if (!object) return [{ key: 'jsonpathMissing', vars: { resource } }];
  const printed = printJsonPath(path, object as unknown as Obj);
  const actual = printed.ok ? printed.text.trim() : printed.error.trim();
  return actual === expect.trim() ? [] : [{ key: 'jsonpathValue', vars: { resource, path, actual, expected: expect } }];
}
