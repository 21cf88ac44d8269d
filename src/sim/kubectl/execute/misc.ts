// `kubectl version`, `api-resources` and `config ...` (contexts come from the shell).
import { assertNever } from '../../../util/assert-never.js';
import { GET_TABLE, TabWriter } from '../print/tabwriter.js';
import { toYaml } from '../print/yaml.js';
import type { ConfigRequest, SimpleRequest } from '../request.js';
import { RESOURCE_TYPES } from '../resources.js';
import type { Draft, ExecEnv, KubeContext } from './types.js';

/** The kubectl podlab imitates. */
export const CLIENT_VERSION = 'v1.32.5';
const KUSTOMIZE_VERSION = 'v5.5.0';

/** The one context a podlab cluster has unless the shell declares more. */
export const DEFAULT_CONTEXTS: readonly KubeContext[] = [{ name: 'podlab', cluster: 'podlab', user: 'podlab' }];

const tab = (rows: string[][]) => {
  const w = new TabWriter(GET_TABLE);
  w.write(rows.map((r) => `${r.join('\t')}\n`).join(''));
  return w.take();
};

export function runSimple(r: SimpleRequest, out: Draft): void {
  if (r.verb === 'version') {
    out.stdout += `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!r.client) out.stdout += `Server Version: ${CLIENT_VERSION}\n`;
    return;
  }
  const types = RESOURCE_TYPES.filter((t) => r.namespaced === undefined || t.namespaced === r.namespaced);
  if (r.outputName) {
    out.stdout += types.map((t) => `${t.resource}${t.group ? `.${t.group}` : ''}\n`).join('');
    return;
  }
  const rows = types.map((t) => [t.resource, t.shortNames.join(','), t.group ? `${t.group}/v1` : 'v1', String(t.namespaced), t.kind]);
  out.stdout += tab(r.noHeaders ? rows : [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], ...rows]);
}

/** Runs a config command; returns the context to switch to, if any. */
export function runConfig(r: ConfigRequest, env: ExecEnv, out: Draft): string | undefined {
  const contexts = env.contexts ?? DEFAULT_CONTEXTS;
  const current = env.currentContext ?? contexts[0]?.name ?? '';
  switch (r.action) {
    case 'current-context':
      out.stdout += `${current}\n`;
      return undefined;
    case 'use-context':
      if (!contexts.some((c) => c.name === r.name)) {
        out.stderr += `error: no context exists with the name: ${JSON.stringify(r.name)}\n`;
        out.exitCode = 1;
        out.hint = { key: 'unknownContext' };
        return undefined;
      }
      out.stdout += `Switched to context ${JSON.stringify(r.name)}.\n`;
      return r.name;
    case 'get-contexts': {
      const shown = contexts.filter((c) => r.name === undefined || c.name === r.name);
      if (r.outputName) {
        out.stdout += shown.map((c) => `${c.name}\n`).join('');
        return undefined;
      }
      const rows = shown.map((c) => [c.name === current ? '*' : '', c.name, c.cluster, c.user, c.namespace ?? '']);
      out.stdout += tab(r.noHeaders ? rows : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], ...rows]);
      return undefined;
    }
    case 'view':
      out.stdout += toYaml({
        apiVersion: 'v1',
        clusters: [...new Set(contexts.map((c) => c.cluster))].map((name) => ({ cluster: { server: 'https://127.0.0.1:6443' }, name })),
        contexts: contexts.map((c) => ({ context: { cluster: c.cluster, user: c.user, ...(c.namespace ? { namespace: c.namespace } : {}) }, name: c.name })),
        'current-context': current,
        kind: 'Config',
        preferences: {},
        users: [...new Set(contexts.map((c) => c.user))].map((name) => ({ name, user: { token: 'REDACTED' } })),
      });
      return undefined;
    default:
      return assertNever(r.action);
  }
}
