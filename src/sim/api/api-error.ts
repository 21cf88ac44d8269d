// The ways the API server (and kubectl in front of it) refuses an object, and the exact text
// kubectl prints for each (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go checkErr,
// StandardErrorMessage, AddSourceToErr).
import { assertNever } from '../../util/assert-never.js';
import { causeLine } from './field-errors.js';
import { apiMessage, type ApiLang } from './messages.js';
import type { FieldError } from './types.js';

/** A refusal, as data. `causes` carry field paths so a caller can point at YAML lines. */
export type ApiError =
  /** kubectl's own check before sending: `apiVersion not set`, `kind not set`. */
  | { readonly reason: 'MissingTypeMeta'; readonly problems: readonly string[] }
  /** kubectl cannot map the kind: `no matches for kind "Pod" in version "v2"`. */
  | { readonly reason: 'NoKindMatch'; readonly kind: string; readonly apiVersion: string; readonly name: string; readonly namespace: string }
  /** A real kind podlab does not simulate (podlab's own message). */
  | { readonly reason: 'Unsupported'; readonly kind: string; readonly apiVersion: string }
  /** 400: the body could not be decoded (strict decoding, wrong JSON type, bad quantity). */
  | { readonly reason: 'BadRequest'; readonly kind: string; readonly version: string; readonly detail: string; readonly causes: readonly FieldError[] }
  /** 422: validation failed. */
  | { readonly reason: 'Invalid'; readonly kind: string; readonly name: string; readonly causes: readonly FieldError[] }
  /** 404 at create time, e.g. `namespaces "dev" not found`. */
  | { readonly reason: 'NotFound'; readonly resource: string; readonly name: string }
  /** 403 from admission, e.g. `pods "x" is forbidden: no PriorityClass with name high was found`. */
  | { readonly reason: 'Forbidden'; readonly resource: string; readonly name: string; readonly detail: string }
  /** 409, e.g. `pods "x" already exists`. */
  | { readonly reason: 'AlreadyExists'; readonly resource: string; readonly name: string };

/** Where the object came from and what kubectl was doing, for the `error when creating "f"` prefix. */
export interface ErrorSource {
  /** File name as given to `-f` (`pod.yaml`, `STDIN`); omitted for objects built on the command line. */
  readonly source?: string;
  /** Gerund kubectl uses: `creating` (create, apply of a new object), `replacing`, `applying patch`. */
  readonly verb?: string;
  readonly lang?: ApiLang;
}

/**
 * `The Pod "x" is invalid: ...` exactly as kubectl prints a 422: one cause on the same line,
 * several as `* ` lines under the heading (which then ends in ": "). Repeated causes are
 * printed once. No trailing newline.
 */
export function formatInvalid(kind: string, name: string, causes: readonly FieldError[]): string {
  const head = `The ${kind} "${name}" is invalid`;
  const lines = [...new Set(causes.map(causeLine))];
  if (lines.length === 0) return head;
  if (lines.length === 1) return `${head}: ${lines[0]}`;
  return [`${head}: `, ...lines.map((l) => `* ${l}`)].join('\n');
}

/** The text kubectl writes to stderr for this refusal (no trailing newline). */
export function formatApiError(error: ApiError, where: ErrorSource = {}): string {
  const from = where.source === undefined ? '' : `error when ${where.verb ?? 'creating'} "${where.source}": `;
  const server = (reason: string, message: string): string => `Error from server (${reason}): ${from}${message}`;
  switch (error.reason) {
    case 'MissingTypeMeta': {
      const list = error.problems.length === 1 ? error.problems[0] : `[${error.problems.join(', ')}]`;
      const file = where.source === undefined ? '' : ` "${where.source}"`;
      return `error: error validating${file}: error validating data: ${list}; if you choose to ignore these errors, turn validation off with --validate=false`;
    }
    case 'NoKindMatch':
      return `error: resource mapping not found for name: "${error.name}" namespace: "${error.namespace}" from "${where.source ?? 'STDIN'}": `
        + `no matches for kind "${error.kind}" in version "${error.apiVersion}"\nensure CRDs are installed first`;
    case 'Unsupported':
      return `error: ${apiMessage(where.lang ?? 'en', 'unsupportedKind', { kind: error.kind, apiVersion: error.apiVersion })}`;
    case 'BadRequest':
      return server('BadRequest', `${error.kind} in version "${error.version}" cannot be handled as a ${error.kind}: ${error.detail}`);
    case 'Invalid':
      // Note: checkErr prints 422s from their details alone, so no "error when creating" prefix.
      return formatInvalid(error.kind, error.name, error.causes);
    case 'NotFound':
      return server('NotFound', `${error.resource} "${error.name}" not found`);
    case 'Forbidden':
      return server('Forbidden', `${error.resource} "${error.name}" is forbidden: ${error.detail}`);
    case 'AlreadyExists':
      return server('AlreadyExists', `${error.resource} "${error.name}" already exists`);
    default:
      return assertNever(error);
  }
}
