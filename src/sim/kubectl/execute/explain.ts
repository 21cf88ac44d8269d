// `kubectl explain RESOURCE[.field...]` over podlab's built-in doc tree.
import { renderExplain } from '../explain/render.js';
import type { ExplainRequest } from '../request.js';
import type { Draft } from './types.js';

export function runExplain(r: ExplainRequest, out: Draft): void {
  const result = renderExplain(r.resource.kind, r.path, r.recursive);
  if (result.ok) {
    out.stdout += result.text;
    return;
  }
  out.stdout += result.text;
  out.stderr += result.error;
  out.exitCode = 1;
  out.hint = { key: 'explainUnknown' };
}
