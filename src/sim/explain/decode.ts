// Reading `kubectl get pod -o yaml|json` output for explain: Pods (one per document, or inside
// a List), decoded like the API server decodes them, except that fields podlab does not know are
// ignored (newer clusters add status fields) instead of refused. A wrong type or a bad quantity
// is still an error, with the field path to point at.
import { decodeTree } from '../api/decode-walk.js';
import { expandList } from '../api/decode.js';
import { servedKind } from '../api/kinds.js';
import type { Pod } from '../api/types.js';

/** One document's outcome: a pod, something else (skipped), or a problem at a field path. */
export type ExplainInput =
  | { readonly kind: 'pod'; readonly pod: Pod; readonly prefix: string }
  | { readonly kind: 'other'; readonly objectKind: string; readonly name: string; readonly prefix: string }
  | { readonly kind: 'problem'; readonly path: string; readonly message: string };

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (prefix: string, path: string): string => (prefix && path ? `${prefix}.${path}` : prefix || path);

function one(raw: unknown, prefix: string): ExplainInput {
  if (!isRecord(raw)) return { kind: 'problem', path: prefix, message: 'expected a Pod object (a mapping with apiVersion, kind, metadata, spec and status)' };
  const kind = typeof raw.kind === 'string' ? raw.kind : '';
  const name = isRecord(raw.metadata) && typeof raw.metadata.name === 'string' ? raw.metadata.name : '';
  if (kind === '') return { kind: 'problem', path: prefix, message: 'kind not set' };
  const info = servedKind(typeof raw.apiVersion === 'string' ? raw.apiVersion : '', kind);
  if (kind !== 'Pod' || !info) return { kind: 'other', objectKind: kind, name, prefix };
  const walked = decodeTree(raw, info.schema);
  if (walked.fatal) return { kind: 'problem', path: join(prefix, walked.fatal.path), message: `${walked.fatal.path}: ${walked.fatal.message}` };
  const pod = walked.value as Pod;
  if (!Array.isArray(pod.spec?.containers) || pod.spec.containers.length === 0) {
    return { kind: 'problem', path: join(prefix, 'spec.containers'), message: 'spec.containers: Required value' };
  }
  return { kind: 'pod', pod, prefix };
}

/** Every object of one parsed document (a List gives its items). */
export function explainInputs(raw: unknown): ExplainInput[] {
  const items = expandList(raw);
  if (items.length === 1 && items[0] === raw) return [one(raw, '')];
  return items.map((item, i) => one(item, `items[${i}]`));
}
