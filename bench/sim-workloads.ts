// The simulator benchmark's workloads: raw manifests (as a user would write them) and how long
// to run them. The bundled runner (bench/sim-run.ts) reports each workload's description.

/** One benchmark workload: manifests to create, then a run of `untilMs` simulated time. */
export interface Workload {
  readonly name: string;
  /** One line for the bench output: what runs and for how long. */
  readonly describe: string;
  readonly manifests: readonly Record<string, unknown>[];
  readonly untilMs: number;
}

const HOUR = 3_600_000;

const pod = (name: string, spec: Record<string, unknown>, labels: Record<string, string> = {}): Record<string, unknown> => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec,
});

const REQUESTS = { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '128Mi' } };

/** nginx serving on 80 with both probes every second (the probe-heavy pod of the first bar). */
function nginxProbed(name: string): Record<string, unknown> {
  const http = { httpGet: { path: '/', port: 80 }, periodSeconds: 1 };
  return pod(name, {
    containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }], livenessProbe: http, readinessProbe: http }],
  });
}

const crashLoop = (name: string): Record<string, unknown> =>
  pod(name, { containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] });

/** The cluster mix, by pod index: realistic pods of the kinds tutorials write. */
const MIX: readonly { readonly share: number; readonly label: string; readonly make: (name: string) => Record<string, unknown> }[] = [
  {
    share: 5, label: 'nginx:1.27 with an httpGet readiness probe (default 10 s period)',
    make: (name) => pod(name, {
      containers: [{
        name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }], resources: REQUESTS,
        readinessProbe: { httpGet: { path: '/', port: 80 } },
      }],
    }, { app: 'web' }),
  },
  {
    share: 2, label: 'busybox sleepers (`sleep 3600` loop)',
    make: (name) => pod(name, {
      containers: [{ name: 'sleeper', image: 'busybox:1.36', command: ['sh', '-c', 'while true; do sleep 3600; done'], resources: REQUESTS }],
    }, { app: 'sleeper' }),
  },
  {
    share: 1, label: 'redis:7 with a tcpSocket liveness probe (10 s)',
    make: (name) => pod(name, {
      containers: [{
        name: 'redis', image: 'redis:7', ports: [{ containerPort: 6379 }], resources: REQUESTS,
        livenessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 10 },
      }],
    }, { app: 'cache' }),
  },
  {
    share: 1, label: 'busybox logging every minute, with an exec liveness probe (10 s) on a file it touched',
    make: (name) => pod(name, {
      containers: [{
        name: 'worker', image: 'busybox:1.36', resources: REQUESTS,
        command: ['sh', '-c', 'touch /tmp/healthy; while true; do echo tick; sleep 60; done'],
        livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, periodSeconds: 10 },
      }],
    }, { app: 'worker' }),
  },
  { share: 1, label: 'busybox crash loops (`exit 1`)', make: crashLoop },
];

const MIX_TOTAL = MIX.reduce((n, m) => n + m.share, 0);

function mixFor(i: number): (typeof MIX)[number] {
  let slot = i % MIX_TOTAL;
  for (const m of MIX) {
    if (slot < m.share) return m;
    slot -= m.share;
  }
  return MIX[0];
}

/** A worker node with room for the mix (64 CPU, 256Gi, 250 pods). */
function node(i: number): Record<string, unknown> {
  const name = `worker-${String(i).padStart(3, '0')}`;
  const resources = { cpu: '64', memory: '256Gi', pods: '250', 'ephemeral-storage': '200Gi' };
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' } },
    status: { capacity: resources, allocatable: resources },
  };
}

function cluster(pods: number, nodes: number): Workload {
  const manifests: Record<string, unknown>[] = [];
  for (let i = 0; i < nodes; i++) manifests.push(node(i));
  for (let i = 0; i < pods; i++) manifests.push(mixFor(i).make(`pod-${String(i).padStart(5, '0')}`));
  const mix = MIX.map((m) => `${Math.round((m.share / MIX_TOTAL) * 100)}% ${m.label}`).join('; ');
  return { name: `cluster-${pods}`, describe: `${pods} pods on ${nodes} nodes for 1 h (${mix})`, manifests, untilMs: HOUR };
}

/** Every workload by name. */
export const WORKLOADS: Readonly<Record<string, () => Workload>> = {
  probes24h: () => ({
    name: 'probes24h',
    describe: 'nginx with 1 s liveness and readiness httpGet probes + a busybox `exit 1` crash loop, 24 h',
    manifests: [nginxProbed('web'), crashLoop('crash')],
    untilMs: 24 * HOUR,
  }),
  cluster1k: () => cluster(1_000, 50),
  cluster10k: () => cluster(10_000, 100),
};
