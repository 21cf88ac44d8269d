import { describe, expect, it } from 'vitest';
import { getObjectEvents, init } from '../../../src/sim/index.js';
import { act, cluster, lastRow, loadObjects, pod, podYaml, run, START } from '../engine/helpers.js';

const nginx = (probes: string) => podYaml('web', `  - name: nginx
    image: nginx:1.27
    ports: [{containerPort: 80, name: http}]
${probes}`);

const messages = (s: ReturnType<typeof cluster>, reason: string) =>
  getObjectEvents(s, 'pod/web', 'default').filter((e) => e.reason === reason).map((e) => e.message);

describe('probes', () => {
  it.each([
    ['tcpSocket on a closed port', '    readinessProbe: {tcpSocket: {port: 8080}, periodSeconds: 5}\n', 'Readiness probe failed: dial tcp 10.244.1.2:8080: connect: connection refused'],
    ['httpGet to a missing page', '    readinessProbe: {httpGet: {path: /missing, port: http}, periodSeconds: 5}\n', 'Readiness probe failed: HTTP probe failed with statuscode: 404'],
    ['grpc on a closed port', '    readinessProbe: {grpc: {port: 9000}, periodSeconds: 5}\n', 'Readiness probe failed: timeout: failed to connect service "10.244.1.2:9000" within 1s: context deadline exceeded'],
  ])('%s', (_name, probe, message) => {
    const s = run(cluster(nginx(probe)), 30_000);
    expect(messages(s, 'Unhealthy')).toEqual([message]);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '0/1', status: 'Running' });
  });

  it('counts a redirect as success with a ProbeWarning', () => {
    const manifest = podYaml('web', `  - name: app
    image: example.com/redirector:1
    readinessProbe: {httpGet: {path: /, port: 8080}, periodSeconds: 5}
`);
    const images = [{ image: 'example.com/redirector', behaviour: { listen: [{ port: 8080, http: { kind: 'routes' as const, routes: [{ path: '*', status: 302, body: 'moved' }] } }] } }];
    const s = run(init({ objects: loadObjects(manifest), scenario: { images }, startEpochMs: START }, 1), 30_000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1' });
    expect(messages(s, 'ProbeWarning')).toEqual(['Readiness probe warning: Probe terminated redirects, Response body: moved']);
  });

  it('holds liveness and readiness back until the startup probe succeeds', () => {
    const s = run(cluster(nginx(`    startupProbe: {httpGet: {path: /, port: 80}, periodSeconds: 10}
    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 3}
`)), 30_000);
    const p = pod(s, 'web')!;
    expect(p.status!.containerStatuses![0]).toMatchObject({ started: true, ready: true });
    // Started at 5.5 s: the startup probe runs at 10 s, then readiness on its next tick (12 s).
    const ready = p.status!.conditions!.find((c) => c.type === 'Ready')!;
    expect(ready.lastTransitionTime).toBe('2025-01-01T00:00:12Z');
  });

  it('restarts a container when an injected fault makes its liveness probe fail', () => {
    let s = run(cluster(nginx('    livenessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5, failureThreshold: 2}\n')), 20_000);
    [s] = act(s, { kind: 'fault', fault: { type: 'probeFail', target: { pod: 'web' }, probe: 'liveness', until: 31_000 } });
    s = run(s, 60_000);
    expect(messages(s, 'Killing')).toEqual(['Container nginx failed liveness probe, will be restarted']);
    expect(messages(s, 'Unhealthy')).toEqual(['Liveness probe failed: HTTP probe failed with statuscode: 500']);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running', restarts: 1 });
  });

  it('makes a failing HTTP path fail readiness (httpFail fault)', () => {
    let s = run(cluster(nginx('    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}\n')), 20_000);
    expect(lastRow(s, 'web')!.ready).toBe('1/1');
    [s] = act(s, { kind: 'fault', fault: { type: 'httpFail', target: { pod: 'web' }, path: '/', status: 503 } });
    s = run(s, 40_000);
    expect(lastRow(s, 'web')!.ready).toBe('0/1');
    expect(messages(s, 'Unhealthy')[0]).toBe('Readiness probe failed: HTTP probe failed with statuscode: 503');
  });
});
