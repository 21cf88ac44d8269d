// Field selectors (`--field-selector`) for the fields the API server supports per kind.
import type { KubeObject, Pod } from '../../api/types.js';
import type { ClusterEvent } from '../cluster.js';

type Term = { readonly path: string; readonly value: string; readonly negated: boolean };

const POD_FIELDS = ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName',
  'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'];
const EVENT_FIELDS = ['metadata.name', 'metadata.namespace', 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name',
  'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason',
  'reportingComponent', 'source', 'type'];
const NODE_FIELDS = ['metadata.name', 'spec.unschedulable'];
const BASIC = ['metadata.name', 'metadata.namespace'];

/** The fields a kind can be selected on. */
export function supportedFields(kind: string): readonly string[] {
  return kind === 'Pod' ? POD_FIELDS : kind === 'Event' ? EVENT_FIELDS : kind === 'Node' ? NODE_FIELDS : BASIC;
}

export function parseFieldSelector(text: string, kind: string): { ok: true; terms: Term[] } | { ok: false; error: string } {
  const terms: Term[] = [];
  for (const raw of text.split(',').filter((t) => t.trim() !== '')) {
    const m = /^\s*([^=!]+?)\s*(==|=|!=)\s*(.*?)\s*$/.exec(raw);
    if (!m) return { ok: false, error: `invalid selector: '${text}'; can't understand '${raw}'` };
    if (!supportedFields(kind).includes(m[1])) return { ok: false, error: `field label not supported: ${m[1]}` };
    terms.push({ path: m[1], value: m[3], negated: m[2] === '!=' });
  }
  return { ok: true, terms };
}

function objectField(o: KubeObject, path: string): string {
  switch (path) {
    case 'metadata.name': return o.metadata.name ?? '';
    case 'metadata.namespace': return o.metadata.namespace ?? '';
    case 'spec.nodeName': return (o as Pod).spec?.nodeName ?? '';
    case 'spec.restartPolicy': return (o as Pod).spec?.restartPolicy ?? '';
    case 'spec.schedulerName': return (o as Pod).spec?.schedulerName ?? '';
    case 'spec.serviceAccountName': return (o as Pod).spec?.serviceAccountName ?? '';
    case 'spec.hostNetwork': return String((o as Pod).spec?.hostNetwork ?? false);
    case 'status.phase': return (o as Pod).status?.phase ?? '';
    case 'status.podIP': return (o as Pod).status?.podIP ?? '';
    case 'status.nominatedNodeName': return (o as Pod).status?.nominatedNodeName ?? '';
    case 'spec.unschedulable': return String((o as { spec?: { unschedulable?: boolean } }).spec?.unschedulable ?? false);
    default: return '';
  }
}

function eventField(e: ClusterEvent, path: string): string {
  switch (path) {
    case 'metadata.name': return e.name;
    case 'metadata.namespace': case 'involvedObject.namespace': return e.namespace;
    case 'involvedObject.kind': return e.involvedKind;
    case 'involvedObject.name': return e.involvedName;
    case 'involvedObject.fieldPath': return e.fieldPath ?? '';
    case 'reason': return e.reason;
    case 'type': return e.type;
    case 'source': case 'reportingComponent': return e.source;
    default: return '';
  }
}

export function matchesFields(terms: readonly Term[], item: KubeObject | ClusterEvent, isEvent: boolean): boolean {
  return terms.every((t) => {
    const got = isEvent ? eventField(item as ClusterEvent, t.path) : objectField(item as KubeObject, t.path);
    return t.negated ? got !== t.value : got === t.value;
  });
}
