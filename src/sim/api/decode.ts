// `decode`: a manifest document → a typed object, or the refusal kubectl / the API server gives.
// Order follows a real `kubectl apply -f`: kubectl's own apiVersion/kind check, its REST
// mapping, then the server's strict decoding (wrong types first, then unknown fields).
import type { ApiError } from './api-error.js';
import { decodeTree } from './decode-walk.js';
import { isForeignKind, isUnsimulatedKind, servedKind } from './kinds.js';
import type { FieldError, KubeObject } from './types.js';

/** A document that belongs to podlab itself (the Scenario), passed through untouched. */
export interface ForeignDocument {
  readonly apiVersion: string;
  readonly kind: string;
  readonly raw: Readonly<Record<string, unknown>>;
}

export type DecodeResult =
  | { readonly ok: true; readonly object: KubeObject; readonly foreign?: undefined }
  | { readonly ok: true; readonly object?: undefined; readonly foreign: ForeignDocument }
  | {
    readonly ok: false;
    readonly error: ApiError;
    /** Field paths to point at (unknown fields, the field with the wrong type). */
    readonly errors: readonly FieldError[];
    readonly kind?: string;
    readonly name?: string;
  };

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(error: ApiError, errors: readonly FieldError[] = [], kind?: string, name?: string): DecodeResult {
  return { ok: false, error, errors, kind, name };
}

/** kubectl's getObjectKind check (k8s.io/kubectl/pkg/validation/schema.go). */
function typeMetaProblems(raw: unknown): string[] {
  if (!isRecord(raw)) return ['invalid object to validate'];
  const problems: string[] = [];
  if (raw.apiVersion === undefined || raw.apiVersion === null) problems.push('apiVersion not set');
  else if (typeof raw.apiVersion !== 'string') problems.push("apiVersion isn't string type");
  if (raw.kind === undefined || raw.kind === null) problems.push('kind not set');
  else if (typeof raw.kind !== 'string') problems.push("kind isn't string type");
  return problems;
}

function metaString(raw: Readonly<Record<string, unknown>>, field: 'name' | 'namespace'): string {
  const meta = raw.metadata;
  return isRecord(meta) && typeof meta[field] === 'string' ? meta[field] : '';
}

/**
 * Decodes one parsed YAML/JSON document (plain data). Null values and the zero values of
 * optional non-pointer fields are dropped, as a Go round trip drops them; nothing is defaulted.
 */
export function decode(raw: unknown): DecodeResult {
  const problems = typeMetaProblems(raw);
  if (problems.length > 0 || !isRecord(raw)) return fail({ reason: 'MissingTypeMeta', problems });
  const apiVersion = raw.apiVersion as string;
  const kind = raw.kind as string;
  const name = metaString(raw, 'name');
  if (isForeignKind(apiVersion, kind)) return { ok: true, foreign: { apiVersion, kind, raw } };
  const info = servedKind(apiVersion, kind);
  if (!info) {
    if (isUnsimulatedKind(apiVersion, kind)) return fail({ reason: 'Unsupported', kind, apiVersion }, [], kind, name);
    return fail({ reason: 'NoKindMatch', kind, apiVersion, name, namespace: metaString(raw, 'namespace') }, [], kind, name);
  }
  const walked = decodeTree(raw, info.schema);
  const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
  if (walked.fatal) {
    const causes = [walked.fatal];
    return fail({ reason: 'BadRequest', kind, version, detail: walked.fatal.message, causes }, causes, kind, name);
  }
  if (walked.unknown.length > 0) {
    const causes = walked.unknown.map((path) => ({ path, message: 'unknown field' }));
    const detail = `strict decoding error: ${walked.unknown.map((p) => `unknown field "${p}"`).join(', ')}`;
    return fail({ reason: 'BadRequest', kind, version, detail, causes }, causes, kind, name);
  }
  return { ok: true, object: walked.value as KubeObject };
}

/**
 * The documents inside a `kind: List` (or any `*List` with `items`), as kubectl expands them
 * before sending; any other document is returned alone.
 */
export function expandList(raw: unknown): unknown[] {
  if (isRecord(raw) && typeof raw.kind === 'string' && raw.kind.endsWith('List') && Array.isArray(raw.items)) {
    return [...raw.items];
  }
  return [raw];
}
