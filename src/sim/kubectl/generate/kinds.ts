// The objects `kubectl create deployment|configmap|secret generic|service|namespace` build
// (cmd/create/create_*.go), keys in Go struct order.
import type { CreateKindRequest } from '../request.js';
import type { Obj } from '../print/objects.js';
import type { JsonValue } from '../print/yaml.js';
import { base64 } from './base64.js';

type Req<K> = Extract<CreateKindRequest, { kind: K }>;

const meta = (name: string, namespace: string | undefined, labels?: Record<string, string>): Record<string, JsonValue> =>
  ({ name, ...(namespace ? { namespace } : {}), creationTimestamp: null, ...(labels ? { labels } : {}) });

/**
 * A container name from an image (`registry.k8s.io/pause:3.10` → `pause`). Upstream adds a
 * random 5-letter suffix after replacing `.` or `_`; podlab derives it from the name instead,
 * so runs stay reproducible.
 */
export function containerNameFor(image: string): string {
  let name = image.split('/').pop() ?? image;
  name = name.split(':')[0].split('@')[0];
  if (/[_.]/.test(name)) {
    let h = 0;
    for (const c of name) h = (h * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
    const suffix = Array.from({ length: 5 }, (_, i) => 'bcdfghjklmnpqrstvwxz2456789'[(h >>> (i * 5)) % 27]).join('');
    name = `${name.replace(/[_.]/g, '-')}-${suffix}`;
  }
  return name;
}

export function deploymentObject(r: Req<'deployment'>, namespace: string | undefined): Obj {
  const labels = { app: r.name };
  const containers = r.images.map((image, i) => ({
    name: containerNameFor(image), image, ...(r.command.length > 0 ? { command: [...r.command] } : {}),
    ...(i === 0 && r.port >= 0 ? { ports: [{ containerPort: r.port }] } : {}), resources: {},
  }));
  return {
    kind: 'Deployment', apiVersion: 'apps/v1', metadata: meta(r.name, namespace, labels),
    spec: {
      replicas: r.replicas, selector: { matchLabels: labels },
      template: { metadata: { creationTimestamp: null, labels }, spec: { containers } }, strategy: {},
    },
    status: {},
  };
}

/** Reads `--from-file` (path or key=path) contents through the caller's file reader. */
export type ReadFile = (path: string) => { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

function envFileEntries(text: string): [string, string][] | string {
  const out: [string, string][] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^\s+/, '').replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key)) return `${JSON.stringify(key)} is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit`;
    if (eq >= 0) out.push([key, line.slice(eq + 1)]);
  }
  return out;
}

/** The data of a ConfigMap or Secret from literals, files and env files, or kubectl's error. */
export function collectData(r: Req<'configmap' | 'secret'>, readFile: ReadFile | undefined): Map<string, string> | string {
  const data = new Map<string, string>();
  const what = r.kind === 'configmap' ? 'ConfigMap' : 'Secret';
  const put = (key: string, value: string): string | undefined => {
    if (data.has(key)) return `cannot add key ${JSON.stringify(key)}, another key by that name already exists in ${r.kind === 'configmap' ? 'Data' : 'data'} for ${what} ${JSON.stringify(r.name)}`;
    data.set(key, value);
    return undefined;
  };
  for (const source of r.fromFiles) {
    const eq = source.indexOf('=');
    const [key, path] = eq < 0 ? [source.split('/').pop() ?? source, source] : [source.slice(0, eq), source.slice(eq + 1)];
    const file = readFile?.(path) ?? { ok: false as const, error: `error reading ${path}: no such file or directory` };
    if (!file.ok) return file.error;
    const err = put(key, file.text);
    if (err) return err;
  }
  for (const literal of r.literals) {
    const eq = literal.indexOf('=');
    if (eq <= 0) return `invalid literal source ${literal}, expected key=value`;
    const err = put(literal.slice(0, eq), literal.slice(eq + 1));
    if (err) return err;
  }
  for (const path of r.envFiles) {
    const file = readFile?.(path) ?? { ok: false as const, error: `error reading ${path}: no such file or directory` };
    if (!file.ok) return file.error;
    const entries = envFileEntries(file.text);
    if (typeof entries === 'string') return entries;
    for (const [k, v] of entries) {
      const err = put(k, v);
      if (err) return err;
    }
  }
  return data;
}

export function configMapObject(r: Req<'configmap' | 'secret'>, data: Map<string, string>, namespace: string | undefined): Obj {
  return { kind: 'ConfigMap', apiVersion: 'v1', metadata: meta(r.name, namespace), ...(data.size > 0 ? { data: Object.fromEntries(data) } : {}) };
}

export function secretObject(r: Req<'configmap' | 'secret'>, data: Map<string, string>, namespace: string | undefined): Obj {
  const encoded = Object.fromEntries([...data].map(([k, v]) => [k, base64(v)]));
  return {
    kind: 'Secret', apiVersion: 'v1', metadata: meta(r.name, namespace), ...(data.size > 0 ? { data: encoded } : {}),
    ...(r.secretType ? { type: r.secretType } : {}),
  };
}

export function namespaceObject(name: string): Obj {
  return { kind: 'Namespace', apiVersion: 'v1', metadata: meta(name, undefined), spec: {}, status: {} };
}
