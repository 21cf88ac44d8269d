// A container's environment at creation: makeEnvironmentVariables in pkg/kubelet/kubelet_pods.go.
// Service links first, then envFrom, then env (with `$(VAR)` expansion against what came
// before). A missing ConfigMap, Secret or key that is not optional fails the start with
// CreateContainerConfigError and the same message as upstream.
import type { ConfigMap, Container, Secret } from '../api/types.js';
import { getObject, listObjects, type Store } from '../store/store.js';
import type { SimState } from '../engine/state.js';
import { fieldRefValue, resourceFieldValue, type FieldContext } from './env-fields.js';
import { serviceEnv } from './env-services.js';
import { defineOwn } from '../own-props.js';

export type EnvResult = { readonly env: Readonly<Record<string, string>> } | { readonly error: string };

/** Secret data is base64 in the API; the container sees the decoded bytes (as UTF-8 text). */
export function decodeBase64(text: string): string {
  const bytes = Uint8Array.from(atob(text.replace(/\s+/g, '')), (ch) => ch.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function secretData(secret: Secret): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(secret.data ?? {})) out[k] = decodeBase64(v);
  for (const [k, v] of Object.entries(secret.stringData ?? {})) out[k] = v;
  return out;
}

/** `$(VAR)` from earlier variables; `$$(VAR)` is a literal `$(VAR)`; unknown names stay as written. */
export function expandEnv(value: string, vars: ReadonlyMap<string, string>): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    return vars.has(name!) ? vars.get(name!)! : m;
  });
}

/**
 * serviceEnv results by store, then by namespace, enableServiceLinks and every Service's
 * resourceVersion and IP: every container start asks, and Services rarely change. The key holds
 * all the inputs (a changed Service has a new resourceVersion), so nothing invalidates an entry;
 * a store's table is emptied when it grows large.
 */
const SERVICE_VARS = new WeakMap<Store, Map<string, readonly [string, string][]>>();

function serviceVarsOf(state: SimState, ns: string, links: boolean, clusterIPs: ReadonlyMap<string, string>): readonly [string, string][] {
  const services = listObjects(state.store, 'Service').map((svc) => ({
    svc, ip: clusterIPs.get(`${svc.metadata.namespace ?? 'default'}/${svc.metadata.name}`) ?? svc.spec?.clusterIP ?? '',
  }));
  let key = `${ns}\u0000${links}`;
  for (const { svc, ip } of services) key += `\u0000${svc.metadata.resourceVersion}=${ip}`;
  let table = SERVICE_VARS.get(state.store);
  if (!table) {
    table = new Map();
    SERVICE_VARS.set(state.store, table);
  }
  let vars = table.get(key);
  if (!vars) {
    if (table.size >= 64) table.clear();
    vars = serviceEnv(services, ns, links);
    table.set(key, vars);
  }
  return vars;
}

export function resolveEnv(state: SimState, container: Container, f: FieldContext, clusterIPs: ReadonlyMap<string, string>): EnvResult {
  const ns = f.pod.metadata.namespace ?? 'default';
  const vars = new Map<string, string>();
  for (const [k, v] of serviceVarsOf(state, ns, f.pod.spec.enableServiceLinks ?? true, clusterIPs)) vars.set(k, v);

  const configMap = (name: string): ConfigMap | undefined => getObject(state.store, 'ConfigMap', ns, name);
  const secret = (name: string): Secret | undefined => getObject(state.store, 'Secret', ns, name);

  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const cm = configMap(from.configMapRef.name);
      if (!cm) {
        if (from.configMapRef.optional) continue;
        return { error: `configmap "${from.configMapRef.name}" not found` };
      }
      for (const [k, v] of Object.entries(cm.data ?? {})) vars.set(prefix + k, v);
    } else if (from.secretRef) {
      const s = secret(from.secretRef.name);
      if (!s) {
        if (from.secretRef.optional) continue;
        return { error: `secret "${from.secretRef.name}" not found` };
      }
      for (const [k, v] of Object.entries(secretData(s))) vars.set(prefix + k, v);
    }
  }

  for (const e of container.env ?? []) {
    const src = e.valueFrom;
    if (!src) {
      vars.set(e.name, expandEnv(e.value ?? '', vars));
      continue;
    }
    if (src.configMapKeyRef) {
      const ref = src.configMapKeyRef;
      const cm = configMap(ref.name);
      if (!cm) {
        if (ref.optional) continue;
        return { error: `configmap "${ref.name}" not found` };
      }
      const value = cm.data?.[ref.key];
      if (value === undefined) {
        if (ref.optional) continue;
        return { error: `couldn't find key ${ref.key} in ConfigMap ${ns}/${ref.name}` };
      }
      vars.set(e.name, value);
    } else if (src.secretKeyRef) {
      const ref = src.secretKeyRef;
      const s = secret(ref.name);
      if (!s) {
        if (ref.optional) continue;
        return { error: `secret "${ref.name}" not found` };
      }
      const value = secretData(s)[ref.key];
      if (value === undefined) {
        if (ref.optional) continue;
        return { error: `couldn't find key ${ref.key} in Secret ${ns}/${ref.name}` };
      }
      vars.set(e.name, value);
    } else if (src.fieldRef) {
      vars.set(e.name, fieldRefValue(src.fieldRef.fieldPath, f) ?? '');
    } else if (src.resourceFieldRef) {
      const target = src.resourceFieldRef.containerName
        ? [...f.pod.spec.containers, ...(f.pod.spec.initContainers ?? [])].find((c) => c.name === src.resourceFieldRef!.containerName) ?? container
        : container;
      vars.set(e.name, resourceFieldValue(src.resourceFieldRef, target, f) ?? '');
    }
  }
  // Object.fromEntries(vars), without the iterator protocol (own-props.ts keeps `__proto__`).
  const env: Record<string, string> = {};
  vars.forEach((v, k) => defineOwn(env, k, v));
  return { env };
}
