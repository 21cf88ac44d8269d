// One manifest document through the API server's create path (decode, admission, defaults,
// validation), with every refusal turned into problems that carry a field path, so the caller
// can print `pod.yaml:9:12: spec.containers[0].image: Required value`.
import { assertNever } from '../../util/assert-never.js';
import { admitObject } from '../api/create.js';
import { formatApiError, type ApiError } from '../api/api-error.js';
import { causeLine, goQuote } from '../api/field-errors.js';
import { decode, type ForeignDocument } from '../api/decode.js';
import type { DefaultsContext } from '../api/defaults.js';
import type { KubeObject } from '../api/types.js';
import type { RngState } from '../rng.js';
import { child, type Problem } from './fields.js';

export type AdmitResult =
  | { readonly ok: true; readonly object: KubeObject; readonly rng: RngState }
  | { readonly ok: true; readonly foreign: ForeignDocument; readonly rng: RngState }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A prefix (`items[2]`, `actions[0].stdin`) joined to a path inside the object. */
const under = (prefix: string, path: string): string => (path ? (prefix ? (path.startsWith('[') ? prefix + path : child(prefix, path)) : path) : prefix);

/** The problems of one refusal; `prefix` is where the object sits in its document. */
export function refusalProblems(error: ApiError, prefix: string): Problem[] {
  const one = (path: string, message: string): Problem[] => [{ path: under(prefix, path), message }];
  switch (error.reason) {
    case 'MissingTypeMeta':
      return error.problems.map((p) => ({ path: under(prefix, p.startsWith('kind') ? 'kind' : p.startsWith('apiVersion') ? 'apiVersion' : ''), message: p }));
    case 'NoKindMatch':
      return one('kind', `no matches for kind ${goQuote(error.kind)} in version ${goQuote(error.apiVersion)}`);
    case 'Unsupported':
      return one('kind', formatApiError(error).replace(/^error: /, ''));
    case 'BadRequest':
      if (error.causes.length === 0) return one('', error.detail);
      return error.causes.map((c) => ({
        path: under(prefix, c.path),
        // Go's own decoding errors already name the field; a bad quantity does not, so say where.
        message: c.message === 'unknown field' ? `unknown field ${goQuote(c.path)}`
          : c.path && !c.message.startsWith('json:') ? `${c.path}: ${c.message}` : c.message,
      }));
    case 'Invalid':
      return error.causes.map((c) => ({ path: under(prefix, c.path), message: causeLine(c) }));
    case 'NotFound':
      return one(error.resource === 'namespaces' ? 'metadata.namespace' : '', `${error.resource} ${goQuote(error.name)} not found`);
    case 'Forbidden':
      return one('spec.priorityClassName', `${error.resource} ${goQuote(error.name)} is forbidden: ${error.detail}`);
    case 'AlreadyExists':
      return one('metadata.name', `${error.resource} ${goQuote(error.name)} already exists`);
    default:
      return assertNever(error);
  }
}

/**
 * Decodes and admits one document as `kubectl create -f` would on an empty name. Podlab's own
 * documents (the Scenario) come back untouched as `foreign`.
 */
export function admitDocument(raw: unknown, rng: RngState, ctx: DefaultsContext, prefix = ''): AdmitResult {
  const decoded = decode(raw);
  if (!decoded.ok) return { ok: false, problems: refusalProblems(decoded.error, prefix) };
  if (!decoded.object) return { ok: true, foreign: decoded.foreign, rng };
  const admitted = admitObject(decoded.object, rng, ctx);
  if (!admitted.ok) return { ok: false, problems: refusalProblems(admitted.error, prefix) };
  if (!admitted.object) return { ok: true, foreign: admitted.foreign, rng: admitted.rng };
  return { ok: true, object: admitted.object, rng: admitted.rng };
}
