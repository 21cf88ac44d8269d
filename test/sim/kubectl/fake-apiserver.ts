// A tiny read-only API server on 127.0.0.1 for capturing what real kubectl prints: discovery,
// list/get of fixed objects, server-side Tables given by the case, events and pod logs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { explainDocument } from '../../../src/sim/kubectl/explain/render.js';

type Raw = Record<string, any>;

/** A Table the server returns when kubectl asks for `as=Table` (what `kubectl get` prints). */
export interface FakeTable {
  readonly columns: readonly { readonly name: string; readonly priority?: number; readonly format?: string; readonly type?: string }[];
  /** Cells per row; `object` names the object whose metadata is attached (for --show-labels, -A). */
  readonly rows: readonly { readonly cells: readonly unknown[]; readonly object: string }[];
}

/** What the fake cluster holds. */
export interface FakeWorld {
  readonly objects: readonly Raw[];
  /** Tables keyed by `<resource>` (list) or `<resource>/<name>` (get). */
  readonly tables?: Readonly<Record<string, FakeTable>>;
  /** Logs keyed by `<namespace>/<pod>/<container>`, with `/previous` for `-p`. */
  readonly logs?: Readonly<Record<string, string>>;
}

const RESOURCES: readonly { name: string; kind: string; group: string; namespaced: boolean; short?: string[] }[] = [
  { name: 'pods', kind: 'Pod', group: '', namespaced: true, short: ['po'] },
  { name: 'nodes', kind: 'Node', group: '', namespaced: false, short: ['no'] },
  { name: 'namespaces', kind: 'Namespace', group: '', namespaced: false, short: ['ns'] },
  { name: 'configmaps', kind: 'ConfigMap', group: '', namespaced: true, short: ['cm'] },
  { name: 'secrets', kind: 'Secret', group: '', namespaced: true },
  { name: 'services', kind: 'Service', group: '', namespaced: true, short: ['svc'] },
  { name: 'events', kind: 'Event', group: '', namespaced: true, short: ['ev'] },
  { name: 'deployments', kind: 'Deployment', group: 'apps', namespaced: true, short: ['deploy'] },
  { name: 'replicasets', kind: 'ReplicaSet', group: 'apps', namespaced: true, short: ['rs'] },
  { name: 'leases', kind: 'Lease', group: 'coordination.k8s.io', namespaced: true },
  { name: 'endpointslices', kind: 'EndpointSlice', group: 'discovery.k8s.io', namespaced: true },
  { name: 'resourcequotas', kind: 'ResourceQuota', group: '', namespaced: true, short: ['quota'] },
  { name: 'limitranges', kind: 'LimitRange', group: '', namespaced: true, short: ['limits'] },
];
const GROUPS = ['apps', 'coordination.k8s.io', 'discovery.k8s.io'];
const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function resourceList(group: string): Raw {
  return {
    kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/v1` : 'v1',
    resources: RESOURCES.filter((r) => r.group === group).flatMap((r) => [
      { name: r.name, singularName: r.kind.toLowerCase(), namespaced: r.namespaced, kind: r.kind, verbs: VERBS, ...(r.short ? { shortNames: r.short } : {}) },
      ...(r.name === 'pods' ? [{ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] }] : []),
    ]),
  };
}

/** An OpenAPI v3 document declaring server-side field validation for every resource of a group. */
function openapiFor(group: string): Raw {
  const paths: Raw = {};
  for (const r of RESOURCES.filter((x) => x.group === group)) {
    const base = `${group ? `/apis/${group}` : '/api'}/v1${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.name}`;
    const gvk = { group, kind: r.kind, version: 'v1' };
    const op = { 'x-kubernetes-group-version-kind': gvk, parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string' } }], responses: {} };
    paths[base] = { post: op };
    paths[`${base}/{name}`] = { patch: op, put: op };
  }
  // Note: the core group also carries podlab's explain docs, so real kubectl explain renders them.
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.5' }, paths, components: { schemas: group === '' ? explainDocument().components.schemas : {} } };
}

const DISCOVERY: Readonly<Record<string, Raw>> = {
  '/openapi/v3': { paths: { 'api/v1': { serverRelativeURL: '/openapi/v3/api/v1?hash=1' }, 'apis/apps/v1': { serverRelativeURL: '/openapi/v3/apis/apps/v1?hash=1' } } },
  '/openapi/v3/api/v1': openapiFor(''),
  '/openapi/v3/apis/apps/v1': openapiFor('apps'),
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] },
  '/apis': {
    kind: 'APIGroupList', apiVersion: 'v1',
    groups: GROUPS.map((g) => ({ name: g, versions: [{ groupVersion: `${g}/v1`, version: 'v1' }], preferredVersion: { groupVersion: `${g}/v1`, version: 'v1' } })),
  },
  '/api/v1': resourceList(''),
  '/apis/apps/v1': resourceList('apps'),
  ...Object.fromEntries(GROUPS.filter((g) => g !== 'apps').map((g) => [`/apis/${g}/v1`, resourceList(g)])),
  '/version': { major: '1', minor: '32', gitVersion: 'v1.32.5', platform: 'linux/amd64' },
};

function send(res: ServerResponse, code: number, body: unknown, type = 'application/json'): void {
  res.writeHead(code, { 'content-type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function notFound(res: ServerResponse, resource: string, name: string, group: string): void {
  send(res, 404, {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404,
    message: `${resource}${group ? `.${group}` : ''} "${name}" not found`, details: { name, group, kind: resource },
  });
}

function matchesFieldSelector(o: Raw, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const negated = term.includes('!=');
    const [path, value] = term.split(negated ? '!=' : '=');
    const got = String(path.split('.').reduce<any>((v, k) => v?.[k], o) ?? '');
    return negated ? got !== value : got === value;
  });
}

function matchesLabelSelector(o: Raw, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return o.metadata?.labels?.[k] === v;
  });
}

function tableFor(world: FakeWorld, key: string, items: readonly Raw[], full: boolean): Raw | undefined {
  const t = world.tables?.[key];
  if (!t) return undefined;
  const byName = new Map(items.map((o) => [o.metadata?.name, o]));
  return {
    kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: { resourceVersion: '1' },
    columnDefinitions: t.columns.map((c) => ({ name: c.name, type: c.type ?? 'string', format: c.format ?? '', description: '', priority: c.priority ?? 0 })),
    rows: t.rows.map((r) => ({
      cells: r.cells,
      object: full ? byName.get(r.object) : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: byName.get(r.object)?.metadata ?? { name: r.object } },
    })),
  };
}

function status(res: ServerResponse, code: number, reason: string, message: string, name: string, kind: string, group: string): void {
  send(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details: { name, group, kind }, code });
}

/** Reads a length-delimited field of a protobuf message (wire type 2). */
function protoField(buf: Buffer, field: number): Buffer | undefined {
  let i = 0;
  const varint = () => { let v = 0; let shift = 0; for (;;) { const b = buf[i++]; v += (b & 0x7f) * 2 ** shift; if (b < 0x80) return v; shift += 7; } };
  while (i < buf.length) {
    const tag = varint();
    const wire = tag & 7;
    if (wire === 2) { const len = varint(); const part = buf.subarray(i, i + len); i += len; if (tag >> 3 === field) return part; }
    else if (wire === 0) varint();
    else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else return undefined;
  }
  return undefined;
}

/** The JSON or protobuf (`k8s\0` + Unknown{raw: object{metadata{name}}}) body kubectl sent, as far as this server needs it. */
function decodeBody(raw: Buffer): Raw {
  if (raw.length === 0) return {};
  if (raw.subarray(0, 4).toString('latin1') === 'k8s\0') {
    const object = protoField(raw.subarray(4), 2);
    const meta = object && protoField(object, 1);
    const name = meta && protoField(meta, 1);
    return { metadata: { name: name?.toString('utf8') ?? '' } };
  }
  return JSON.parse(raw.toString('utf8'));
}

/** Writes are answered but not kept: each capture starts from the same world. */
function handleWrite(req: IncomingMessage, res: ServerResponse, posted: Raw, info: { name: string; kind: string; group: string }, found: Raw | undefined, name: string | undefined, sub: string | undefined): void {
  const resource = info.group ? `${info.name}.${info.group}` : info.name;
  if (req.method === 'POST') {
    const newName = posted.metadata?.name ?? '';
    if (found) return status(res, 409, 'AlreadyExists', `${resource} "${newName}" already exists`, newName, info.name, info.group);
    return send(res, 201, { ...posted, metadata: { ...posted.metadata, uid: 'created-uid', creationTimestamp: '2025-01-01T00:10:00Z' } });
  }
  if (!found) return status(res, 404, 'NotFound', `${resource} "${name}" not found`, name ?? '', info.name, info.group);
  if (sub === 'scale') {
    return send(res, 200, { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name, namespace: found.metadata.namespace }, spec: { replicas: posted.spec?.replicas ?? found.spec?.replicas }, status: { replicas: found.status?.replicas ?? 0 } });
  }
  if (req.method === 'DELETE') return send(res, 200, found);
  if (req.method === 'PUT') return send(res, 200, posted);
  return send(res, 200, found);
}

function handle(world: FakeWorld, req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  if (DISCOVERY[path]) return send(res, 200, DISCOVERY[path]);
  const m = /^\/(?:api\/v1|apis\/([a-z0-9.]+)\/v1)(?:\/namespaces\/([^/]+))?\/([a-z]+)(?:\/([^/]+))?(?:\/(log|scale))?$/.exec(path);
  if (!m) return send(res, 404, { kind: 'Status', status: 'Failure', code: 404, reason: 'NotFound' });
  const [, group = '', ns, resource, name, sub] = m;
  const info = RESOURCES.find((r) => r.name === resource && r.group === group);
  if (!info) return notFound(res, resource, name ?? '', group);
  const items = world.objects.filter((o) => o.kind === info.kind && (!ns || !info.namespaced || (o.metadata?.namespace ?? 'default') === ns));
  if (req.method !== 'GET') {
    const posted = decodeBody(raw);
    const target = name ?? posted.metadata?.name;
    return handleWrite(req, res, posted, info, items.find((o) => o.metadata?.name === target), name, sub);
  }
  const wantsTable = (req.headers.accept ?? '').includes('as=Table');
  const fullObjects = url.searchParams.get('includeObject') === 'Object';
  if (name) {
    const found = items.find((o) => o.metadata?.name === name);
    if (!found) return notFound(res, resource, name, group);
    if (sub === 'log') {
      const container = url.searchParams.get('container') ?? found.spec?.containers?.[0]?.name;
      const key = `${ns}/${name}/${container}${url.searchParams.get('previous') === 'true' ? '/previous' : ''}`;
      return send(res, 200, world.logs?.[key] ?? '', 'text/plain');
    }
    if (sub === 'scale') return handleWrite(req, res, {}, info, found, name, sub);
    return send(res, 200, (wantsTable && tableFor(world, `${resource}/${name}`, [found], fullObjects)) || found);
  }
  // Note: a real API server lists in etcd key order: namespace, then name.
  const key = (o: Raw) => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
  const selected = items
    .filter((o) => matchesFieldSelector(o, url.searchParams.get('fieldSelector')))
    .filter((o) => matchesLabelSelector(o, url.searchParams.get('labelSelector')))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const list = { kind: `${info.kind}List`, apiVersion: group ? `${group}/v1` : 'v1', metadata: { resourceVersion: '1' }, items: selected };
  send(res, 200, (wantsTable && selected.length > 0 && tableFor(world, resource, selected, fullObjects)) || list);
}

/** A running fake API server. */
export interface FakeApiServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startFakeApiServer(world: FakeWorld): Promise<FakeApiServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      try {
        handle(world, req, res, Buffer.concat(chunks));
      } catch (e) {
        send(res, 500, { kind: 'Status', status: 'Failure', code: 500, message: String(e) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
