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
];

describe('golden timelines', () => {
  it.each(CASES)('$name', async (c) => {
    await expect(renderCase(c)).toMatchFileSnapshot(`./timelines/${c.name}.txt`);
  });
});
