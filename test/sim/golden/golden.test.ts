import { describe, expect, it } from 'vitest';
import { getPods, type SimCommand } from '../../../src/sim/index.js';
import { loadObjects, renderCase, type GoldenCase } from './harness.js';

const create = (yaml: string): SimCommand => ({ kind: 'create', object: loadObjects(yaml)[0] });

const service = (name: string, port: number): SimCommand => create(`
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  ports:
  - protocol: TCP
    port: ${port}
    targetPort: ${port + 9000}
`);

const CASES: readonly GoldenCase[] = [
  { name: 'liveness-exec', until: 300_000 },
  { name: 'crashloop', until: 900_000 },
  { name: 'init-nslookup', until: 60_000 },
  { name: 'init-services', until: 90_000, steps: [{ at: 20_000, command: service('myservice', 80) }, { at: 40_000, command: service('mydb', 80) }] },
  { name: 'oom-stress', until: 120_000 },
  { name: 'unschedulable', until: 60_000 },
  { name: 'readiness-good', until: 60_000 },
  { name: 'readiness-bad', until: 60_000 },
  { name: 'mysql-no-password', until: 120_000 },
  { name: 'image-typo', until: 180_000 },
  { name: 'restart-policies', until: 120_000 },
  { name: 'sidecar', until: 90_000 },
  {
    name: 'configmap-later', until: 60_000,
    steps: [{ at: 30_000, command: create('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  mode: fast\n') }],
  },
  { name: 'delete-sigterm', until: 60_000, steps: [{ at: 10_000, command: { kind: 'delete', ref: { kind: 'Pod', name: 'sleeper' } } }] },
  {
    name: 'deployment', until: 60_000,
    steps: [{ at: 20_000, command: (s) => ({ kind: 'delete', ref: { kind: 'Pod', name: getPods(s)[0].metadata.name ?? '' } }) }],
  },
  // Each case file below says, at its top, what Kubernetes does and why; its Scenario document
  // (if any) holds the timed actions.
  { name: 'restart-always', until: 120_000 },
  { name: 'init-error-never', until: 60_000 },
  { name: 'init-crashloop', until: 120_000 },
  { name: 'init-pod-initializing', until: 30_000 },
  { name: 'init-image-typo', until: 60_000 },
  { name: 'oom-never', until: 60_000 },
  { name: 'config-missing-key', until: 45_000 },
  { name: 'secret-missing', until: 45_000 },
  { name: 'image-never-pull', until: 45_000 },
  { name: 'completed-notready', until: 60_000 },
  { name: 'liveness-http', until: 150_000 },
  { name: 'readiness-exec', until: 40_000 },
  { name: 'readiness-redirect', until: 40_000 },
  { name: 'tcp-probes', until: 60_000 },
  { name: 'grpc-probes', until: 30_000 },
  { name: 'startup-holds-liveness', until: 70_000 },
  { name: 'startup-too-short', until: 120_000 },
  { name: 'sched-insufficient-cpu', until: 60_000 },
  { name: 'sched-node-selector', until: 45_000 },
  { name: 'sched-node-affinity', until: 30_000 },
  { name: 'sched-taint', until: 30_000 },
  { name: 'sched-cordoned', until: 30_000 },
  { name: 'sched-too-many-pods', until: 30_000 },
  { name: 'prestop-hook', until: 40_000 },
  { name: 'deployment-scale', until: 70_000 },
  { name: 'node-down', until: 400_000 },
  { name: 'nodename-outofcpu', until: 30_000 },
  { name: 'scheduling-gated', until: 40_000 },
  { name: 'eviction-ranking', until: 60_000, priorityClasses: { high: 1000 } },
  { name: 'start-error', until: 60_000 },
  { name: 'invalid-image-name', until: 30_000 },
];

describe('golden timelines', () => {
  it.each(CASES.filter((c) => !c.skip))('$name', async (c) => {
    await expect(renderCase(c)).toMatchFileSnapshot(`./timelines/${c.name}.txt`);
  });
  it.skip.each(CASES.filter((c) => c.skip))('$name: $skip', async (c) => {
    await expect(renderCase(c)).toMatchFileSnapshot(`./timelines/${c.name}.txt`);
  });
});
