// Finding the objects a command names: by type and name, by label and field selectors, across
// one namespace or all. Errors are kubectl's (`Error from server (NotFound): ...`).
import type { KubeObject } from '../../api/types.js';
import type { ClusterEvent, ClusterView } from '../cluster.js';
import type { Target } from '../request.js';
import { notFoundMessage, type ResourceType } from '../resources.js';
import { matchesFields, parseFieldSelector } from '../select/fields.js';
import { matchesLabels, parseLabelSelector } from '../select/labels.js';

/** Objects found for one target, in the order kubectl would list them. */
export interface Found {
  readonly type: ResourceType;
  readonly objects: readonly KubeObject[];
  readonly events: readonly ClusterEvent[];
  /** One NotFound line per missing name. */
  readonly errors: readonly string[];
  /** Names were given (as opposed to a list). */
  readonly named: boolean;
}

export interface GatherOptions {
  readonly namespace: string;
  readonly allNamespaces: boolean;
  readonly selector?: string;
  readonly fieldSelector?: string;
}

/** A selector problem, worded as kubectl reports it. */
export interface GatherError {
  readonly error: string;
}

export function gather(view: ClusterView, targets: readonly Target[], o: GatherOptions): Found[] | GatherError {
  const labels = parseLabelSelector(o.selector ?? '');
  if (!labels.ok) return { error: `error: ${labels.error}\n` };
  const out: Found[] = [];
  for (const t of targets) {
    const fields = parseFieldSelector(o.fieldSelector ?? '', t.type.kind);
    if (!fields.ok) {
      const what = `${t.type.group ? `${t.type.group}/v1` : '/v1'}, Resource=${t.type.resource}`;
      return { error: `Error from server (BadRequest): Unable to find "${what}" that match label selector "${o.selector ?? ''}", field selector "${o.fieldSelector}": ${fields.error}\n` };
    }
    const ns = o.allNamespaces || !t.type.namespaced ? undefined : o.namespace;
    if (t.type.kind === 'Event') {
      const events = view.events(ns).filter((e) => matchesFields(fields.terms, e, true));
      const named = t.names.length > 0;
      // Note: the API server lists in key order (namespace, name); event names are `<object>.<id>`.
      const byKey = (a: ClusterEvent, b: ClusterEvent) => { const x = `${a.namespace}/${a.name}`; const y = `${b.namespace}/${b.name}`; return x < y ? -1 : x > y ? 1 : 0; };
      const picked = named ? t.names.flatMap((n) => events.filter((e) => e.name === n)) : events.slice().sort(byKey);
      const errors = named ? t.names.filter((n) => !events.some((e) => e.name === n)).map((n) => notFoundMessage(t.type, n)) : [];
      out.push({ type: t.type, objects: [], events: picked, errors, named });
      continue;
    }
    const kind = t.type.kind;
    if (t.names.length > 0) {
      const objects: KubeObject[] = [];
      const errors: string[] = [];
      for (const name of t.names) {
        const found = view.get(kind, t.type.namespaced ? o.namespace : '', name);
        if (found) objects.push(found);
        else errors.push(notFoundMessage(t.type, name));
      }
      out.push({ type: t.type, objects, events: [], errors, named: true });
      continue;
    }
    const objects = view.list(kind, ns)
      .filter((obj) => matchesLabels(labels.requirements, obj.metadata.labels))
      .filter((obj) => matchesFields(fields.terms, obj, false));
    out.push({ type: t.type, objects, events: [], errors: [], named: false });
  }
  return out;
}

/** `No resources found in default namespace.` or `No resources found`. */
export function noResourcesLine(found: readonly Found[], namespace: string, allNamespaces: boolean): string {
  const allNamespaced = found.every((f) => f.type.namespaced);
  return allNamespaced && !allNamespaces ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}
