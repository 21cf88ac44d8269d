// A seeded generator of manifests for the property and fuzz tests: valid Pods (with the
// ConfigMaps, Secrets and Services they refer to) built from the image catalog and the shell
// subset the simulator interprets. Same seed, same manifests.
import { createObject, formatApiError, type KubeObject } from '../../../src/sim/api/index.js';
import { seedRng } from '../../../src/sim/rng.js';
import { Gen, shuffle } from './random.js';

export { Gen };

export type Json = Record<string, unknown>;

const SHELL_IMAGES = ['busybox', 'busybox:1.36', 'busybox:1.28', 'alpine:3.20', 'ubuntu:24.04', 'debian:12', 'registry.k8s.io/busybox'];
const SERVER_IMAGES: readonly { readonly image: string; readonly port?: number; readonly env?: Json[] }[] = [
  { image: 'nginx:1.27', port: 80 }, { image: 'nginx', port: 80 }, { image: 'httpd:2.4', port: 80 }, { image: 'redis:7', port: 6379 },
  { image: 'mysql:8.0', port: 3306, env: [{ name: 'MYSQL_ROOT_PASSWORD', value: 'secret' }] },
  { image: 'mysql:8.0', port: 3306 },
  { image: 'postgres:16', port: 5432, env: [{ name: 'POSTGRES_PASSWORD', value: 'pw' }] },
  { image: 'registry.k8s.io/pause:3.9' }, { image: 'myapp:1.0', port: 8080 }, { image: 'gcr.io/google-samples/hello-app:1.0', port: 8080 },
  { image: 'fluentd' }, { image: 'nginx:no-such-tag', port: 80 }, { image: 'example.com/missing/app:1' },
];

/** Shell fragments the interpreter knows (and a few it only warns about). */
const STEPS = [
  'echo hello', 'echo "$HOSTNAME"', 'sleep 1', 'sleep 5', 'sleep 30', 'exit 0', 'exit 1', 'exit 3', 'true', 'false',
  'touch /tmp/healthy', 'rm -f /tmp/healthy', 'cat /etc/hostname', 'date > /tmp/now', 'cat /tmp/now', 'ls /',
  'nslookup kubernetes.default', 'nslookup my-svc', 'wget -qO- http://my-svc', 'nc -z localhost 80',
  'i=0; while [ $i -lt 3 ]; do i=$((i+1)); sleep 1; done', 'until [ -f /tmp/ready ]; do sleep 2; done',
  'for x in a b c; do echo $x; done', 'trap "exit 0" TERM', 'if [ -f /tmp/healthy ]; then echo ok; else echo no; fi',
  'echo $FROM_CM', 'kill -0 1', 'tail -f /dev/null', 'sleep infinity', 'yes > /dev/null & sleep 2',
];

const NAMES = ['app', 'web', 'worker', 'sidecar', 'log', 'init-a', 'init-b', 'db', 'cache', 'probe-me'];

export interface Manifests {
  /** Every document, supporting objects first. */
  readonly docs: Json[];
  readonly podNames: string[];
}

function script(g: Gen): string {
  const n = g.int(1, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(g.pick(STEPS));
  return parts.join('; ');
}

function quantityPair(g: Gen): Json | undefined {
  if (g.bool(0.4)) return undefined;
  const cpu = g.pick([50, 100, 250, 500, 1000, 1500]);
  const mem = g.pick([16, 64, 128, 256, 512, 1024]);
  const requests: Json = {};
  const limits: Json = {};
  if (g.bool(0.7)) requests.cpu = `${cpu}m`;
  if (g.bool(0.7)) requests.memory = `${mem}Mi`;
  if (g.bool(0.5)) limits.cpu = g.pick([`${cpu * 2}m`, String(cpu * 2 / 1000)]);
  if (g.bool(0.5)) limits.memory = `${mem * g.pick([1, 2, 4])}Mi`;
  const out: Json = {};
  if (Object.keys(requests).length > 0) out.requests = requests;
  if (Object.keys(limits).length > 0) out.limits = limits;
  return out;
}

function handler(g: Gen, port: number | undefined, kind: 'liveness' | 'readiness' | 'startup', namedPort: boolean): Json {
  const which = g.pick(port ? ['exec', 'httpGet', 'httpGet', 'tcpSocket', 'grpc'] : ['exec', 'exec', 'tcpSocket']);
  const timing: Json = {};
  if (g.bool()) timing.initialDelaySeconds = g.int(0, 10);
  if (g.bool()) timing.periodSeconds = g.int(1, 20);
  if (g.bool(0.3)) timing.timeoutSeconds = g.int(1, 3);
  if (g.bool(0.4)) timing.failureThreshold = g.int(1, 5);
  if (kind === 'readiness' && g.bool(0.3)) timing.successThreshold = g.int(1, 3);
  if (kind !== 'readiness' && g.bool(0.2)) timing.terminationGracePeriodSeconds = g.int(1, 30);
  switch (which) {
    case 'exec': return { exec: { command: g.pick([['cat', '/tmp/healthy'], ['true'], ['sh', '-c', 'exit 1'], ['ls', '/'], ['test', '-f', '/tmp/ready']]) }, ...timing };
    case 'httpGet': return { httpGet: { path: g.pick(['/', '/healthz', '/missing', '/index.html']), port: namedPort && g.bool(0.3) ? 'http' : port }, ...timing };
    case 'tcpSocket': return { tcpSocket: { port: port ?? g.int(1000, 9000) }, ...timing };
    default: return { grpc: { port: port ?? 9000 }, ...timing };
  }
}

function env(g: Gen, names: readonly string[]): Json[] {
  const out: Json[] = [];
  const n = g.int(0, 3);
  for (let i = 0; i < n; i++) {
    // Names that are also properties of every JS object must stay plain variables.
    const name = g.bool(0.1) ? g.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty']) : `VAR_${i}`;
    const source = g.int(0, 5);
    if (source === 0) out.push({ name, value: g.pick(['x', '', '$(VAR_0)', 'héllo wörld', '42']) });
    else if (source === 1) out.push({ name, valueFrom: { configMapKeyRef: { name: g.pick(['app-config', 'missing-cm']), key: g.pick(['mode', 'nope']), ...(g.bool(0.3) ? { optional: true } : {}) } } });
    else if (source === 2) out.push({ name, valueFrom: { secretKeyRef: { name: g.pick(['app-secret', 'missing-secret']), key: g.pick(['password', 'nope']), ...(g.bool(0.3) ? { optional: true } : {}) } } });
    else if (source === 3) out.push({ name, valueFrom: { fieldRef: { fieldPath: g.pick(['metadata.name', 'metadata.namespace', 'status.podIP', 'spec.nodeName', "metadata.labels['app']"]) } } });
    else if (source === 4) out.push({ name, valueFrom: { resourceFieldRef: { resource: g.pick(['limits.cpu', 'limits.memory', 'requests.cpu', 'requests.memory']), containerName: g.pick(names) } } });
    else out.push({ name: 'FROM_CM', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'mode', optional: true } } });
  }
  if (g.bool(0.2)) out.push({ name: 'FROM_CM', value: 'plain' });
  return out;
}

function container(g: Gen, name: string, role: 'app' | 'init' | 'sidecar', names: readonly string[], volumes: readonly string[]): Json {
  const server = role !== 'init' && g.bool(0.5) ? g.pick(SERVER_IMAGES) : undefined;
  const c: Json = { name, image: server?.image ?? g.pick(SHELL_IMAGES) };
  if (!server || g.bool(0.1)) c.command = g.bool(0.8) ? ['sh', '-c', script(g)] : g.pick([['sleep', '3600'], ['true'], ['false'], ['echo', 'hi']]);
  if (server?.env) c.env = [...server.env];
  const port = server?.port;
  if (port && g.bool(0.8)) c.ports = [{ containerPort: port, ...(g.bool(0.5) ? { name: 'http' } : {}), ...(g.bool(0.2) ? { protocol: 'TCP' } : {}) }];
  const namedPort = (c.ports as Json[] | undefined)?.some((p) => p.name === 'http') ?? false;
  if (role !== 'init') {
    for (const kind of ['liveness', 'readiness', 'startup'] as const) {
      if (g.bool(0.3)) c[`${kind}Probe`] = handler(g, port, kind, namedPort);
    }
  }
  if (role === 'sidecar') c.restartPolicy = 'Always';
  const resources = quantityPair(g);
  if (resources) c.resources = resources;
  const e = env(g, names);
  if (e.length > 0) c.env = [...((c.env as Json[] | undefined) ?? []), ...e.filter((x) => !(c.env as Json[] | undefined)?.some((y) => y.name === x.name))];
  if (g.bool(0.2)) c.envFrom = [{ configMapRef: { name: g.pick(['app-config', 'missing-cm']), ...(g.bool(0.5) ? { optional: true } : {}) } }];
  if (volumes.length > 0 && g.bool(0.5)) {
    c.volumeMounts = g.some(volumes, 0.6).map((v, i) => ({ name: v, mountPath: `/data/${v}-${i}`, ...(g.bool(0.2) ? { readOnly: true } : {}) }));
  }
  if (role !== 'init' && g.bool(0.2)) {
    c.lifecycle = g.bool()
      ? { preStop: { exec: { command: ['sh', '-c', g.pick(['sleep 2', 'echo bye', 'exit 1'])] } } }
      : { postStart: { exec: { command: ['sh', '-c', g.pick(['echo started', 'exit 1', 'touch /tmp/ready'])] } } };
  }
  if (g.bool(0.1)) c.imagePullPolicy = g.pick(['Always', 'IfNotPresent', 'Never']);
  return c;
}

/** One valid Pod manifest. */
export function validPod(g: Gen, name: string): Json {
  const appCount = g.int(1, 3);
  const initCount = g.bool(0.4) ? g.int(1, 2) : 0;
  const names = shuffle(g, NAMES).slice(0, appCount + initCount);
  const initNames = names.slice(0, initCount);
  const appNames = names.slice(initCount);
  const volumes: Json[] = [];
  if (g.bool(0.3)) volumes.push({ name: 'scratch', emptyDir: {} });
  if (g.bool(0.2)) volumes.push({ name: 'config', configMap: { name: g.pick(['app-config', 'missing-cm']), ...(g.bool(0.5) ? { optional: true } : {}) } });
  if (g.bool(0.1)) volumes.push({ name: 'creds', secret: { secretName: 'app-secret' } });
  const volumeNames = volumes.map((v) => v.name as string);
  const spec: Json = {
    containers: appNames.map((n) => container(g, n, 'app', names, volumeNames)),
  };
  if (initCount > 0) spec.initContainers = initNames.map((n) => container(g, n, g.bool(0.4) ? 'sidecar' : 'init', names, volumeNames));
  if (volumes.length > 0) spec.volumes = volumes;
  if (g.bool(0.5)) spec.restartPolicy = g.pick(['Always', 'OnFailure', 'Never']);
  // Note: a negative grace period is admitted (with a warning) and treated as 1 s.
  if (g.bool(0.2)) spec.terminationGracePeriodSeconds = g.pick([-1, 0, 1, 5, 30]);
  if (g.bool(0.1)) spec.activeDeadlineSeconds = g.int(5, 200);
  if (g.bool(0.1)) spec.nodeSelector = { disk: 'ssd' };
  if (g.bool(0.1)) spec.nodeName = g.pick(['node01', 'node02', 'controlplane', 'ghost']);
  if (g.bool(0.1)) spec.tolerations = [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }];
  // Note: the API server refuses nodeName together with scheduling gates.
  if (g.bool(0.05) && spec.nodeName === undefined) spec.schedulingGates = [{ name: 'example.com/wait' }];
  const labels: Json = { app: g.pick(['web', 'db', 'job']) };
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec };
}

/** A pod spec a Deployment may carry: restartPolicy Always, no deadline, no node of its own. */
function templateSpec(g: Gen): Json {
  const { restartPolicy: _r, activeDeadlineSeconds: _a, nodeName: _n, schedulingGates: _s, ...spec } = validPod(g, 'x').spec as Json;
  return spec;
}

/** A cluster's worth of documents: supporting objects (sometimes) and a few pods. */
export function validManifests(g: Gen): Manifests {
  const docs: Json[] = [];
  if (g.bool(0.6)) docs.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config' }, data: { mode: g.pick(['fast', 'slow']), 'index.html': 'hi' } });
  if (g.bool(0.5)) docs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app-secret' }, stringData: { password: 's3cr3t' } });
  if (g.bool(0.4)) docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'my-svc' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: g.pick([80, 8080]) }] } });
  if (g.bool(0.1)) {
    docs.push({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'deploy' },
      spec: { replicas: g.int(0, 3), selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: templateSpec(g) } },
    });
  }
  const podNames: string[] = [];
  const n = g.int(1, 3);
  for (let i = 0; i < n; i++) {
    const name = `pod-${i}`;
    podNames.push(name);
    docs.push(validPod(g, name));
  }
  return { docs, podNames };
}

/** Admits every document, in order; a refusal of a valid manifest throws with kubectl's text. */
export function admitAll(docs: readonly Json[]): KubeObject[] {
  let rng = seedRng(7);
  const out: KubeObject[] = [];
  for (const doc of docs) {
    const r = createObject(doc, rng);
    if (!r.ok) throw new Error(`valid manifest refused: ${formatApiError(r.error)}\n${JSON.stringify(doc)}`);
    rng = r.rng;
    if (r.object) out.push(r.object);
  }
  return out;
}
