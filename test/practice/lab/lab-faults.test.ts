// `fault` at the lab's prompt: each kind breaks the cluster as it says, bad lines get the usage,
// and a missing pod or node gets the API server's refusal as kubectl prints it.
import { describe, expect, it } from 'vitest';
import type { LabLive } from '../../../src/practice/lab/lab-live.js';
import { runLabLine, type LabReply } from '../../../src/practice/lab/lab-line.js';
import { LAB_MESSAGES } from '../../../src/practice/lab/messages.js';
import { look, memoryEnv, open, podRow, text, wait, waitFor } from './fixtures.js';

const M = LAB_MESSAGES.en;

/** nginx with probes the `fault` lines can break: liveness and readiness over HTTP. */
const WEB = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    livenessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
`;
const FILES = memoryEnv({ 'web.yaml': WEB });
const line = (lab: LabLive, l: string): LabReply => runLabLine(lab, l, FILES);

/** A free lab with `web` Running and Ready, half a minute in. */
function withWeb(): LabLive {
  const lab = open();
  expect(text(line(lab, 'kubectl apply -f web.yaml'))).toBe('pod/web created');
  wait(lab, 30_000);
  expect(podRow(lab, 'web')?.slice(1, 4)).toEqual(['1/1', 'Running', '0']);
  return lab;
}

const restarts = (lab: LabLive, pod: string) => Number(podRow(lab, pod)?.[3]?.split(' ')[0]);

describe('fault', () => {
  it('kill: the container dies and is restarted', () => {
    const lab = withWeb();
    expect(line(lab, 'fault kill web').out).toEqual([{ text: 'fault injected: kill web', tone: 'good' }]);
    expect(waitFor(lab, () => restarts(lab, 'web') === 1, 30_000)).toBeDefined();
    expect(look(lab, 'describe pod web').stdout).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+Error\n\s+Exit Code:\s+137/);
  });

  it('kill CONTAINER: that container', () => {
    const lab = withWeb();
    expect(line(lab, 'fault kill web web').out[0]?.tone).toBe('good');
    expect(waitFor(lab, () => restarts(lab, 'web') === 1, 30_000)).toBeDefined();
  });

  it('probe liveness: the liveness probe fails, the kubelet restarts the container', () => {
    const lab = withWeb();
    expect(line(lab, 'fault probe web liveness').out[0]?.tone).toBe('good');
    expect(waitFor(lab, () => restarts(lab, 'web') >= 1, 60_000)).toBeDefined();
    expect(look(lab, 'describe pod web').stdout).toContain('Liveness probe failed');
  });

  it('probe readiness DURATION: not Ready while it fails, Ready again after', () => {
    const lab = withWeb();
    line(lab, 'fault probe web readiness 1m');
    expect(waitFor(lab, () => podRow(lab, 'web')?.[1] === '0/1', 30_000)).toBeDefined();
    expect(restarts(lab, 'web')).toBe(0);
    expect(waitFor(lab, () => podRow(lab, 'web')?.[1] === '1/1', 60_000)).toBeLessThanOrEqual(30_000 + 60_000 + 15_000);
  });

  it('http STATUS: the probes get that answer', () => {
    const lab = withWeb();
    expect(line(lab, 'fault http web 500').out).toEqual([{ text: 'fault injected: http web 500', tone: 'good' }]);
    expect(waitFor(lab, () => podRow(lab, 'web')?.[1] === '0/1', 30_000)).toBeDefined();
    expect(look(lab, 'describe pod web').stdout).toContain('statuscode: 500');
  });

  it('node down: the node goes NotReady once its grace period has passed', () => {
    const lab = withWeb();
    expect(line(lab, 'fault node node01 down').out).toEqual([{ text: M.faultNodeDown.replace('{node}', 'node01'), tone: 'good' }]);
    expect(look(lab, 'get nodes').stdout).toMatch(/node01\s+Ready/);
    const at = waitFor(lab, () => /node01\s+NotReady/.test(look(lab, 'get nodes').stdout), 120_000);
    expect(at).toBeGreaterThan(30_000 + 30_000);
    expect(line(lab, 'fault node node01 up').out[0]?.tone).toBe('good');
    expect(waitFor(lab, () => /node01\s+Ready/.test(look(lab, 'get nodes').stdout), 60_000)).toBeDefined();
  });

  it('pressure on|off: the node reports MemoryPressure and is tainted, then recovers', () => {
    const lab = withWeb();
    expect(line(lab, 'fault pressure node02 on').out).toEqual([{ text: M.faultPressureOn.replace('{node}', 'node02'), tone: 'good' }]);
    wait(lab, 15_000);
    expect(look(lab, 'describe node node02').stdout).toMatch(/node\.kubernetes\.io\/memory-pressure:NoSchedule/);
    line(lab, 'fault pressure node02 off');
    expect(waitFor(lab, () => !look(lab, 'describe node node02').stdout.includes('memory-pressure:NoSchedule'), 600_000)).toBeDefined();
  });

  it.each([
    'fault', 'fault kill', 'fault zap web', 'fault kill web app extra',
    'fault probe web', 'fault probe web sometimes', 'fault probe web liveness 0s', 'fault probe web liveness soon',
    'fault http web', 'fault http web 99', 'fault http web 600', 'fault http web abc',
    'fault node node01', 'fault node node01 sideways', 'fault node node01 down now',
    'fault pressure node01 maybe', 'fault pressure node01 on off',
  ])('%s: the usage, and nothing is injected', (l) => {
    const lab = withWeb();
    const before = lab.live.added.length;
    expect(line(lab, l).out).toEqual(M.faultUsage.split('\n').map((t) => ({ text: t, tone: 'error' })));
    expect(lab.live.added.length).toBe(before);
  });

  it.each([
    ['fault kill nope', 'Error from server (NotFound): pods "nope" not found'],
    ['fault http nope 500', 'Error from server (NotFound): pods "nope" not found'],
    ['fault kill web sidecar', 'Error from server (BadRequest): container sidecar is not valid for pod web'],
    ['fault node node09 down', 'Error from server (NotFound): nodes "node09" not found'],
    ['fault pressure node09 on', 'Error from server (NotFound): nodes "node09" not found'],
  ])('%s: a kubectl-style error, nothing logged', (l, error) => {
    const lab = withWeb();
    const before = lab.live.added.length;
    expect(line(lab, l).out).toEqual([{ text: error, tone: 'error' }]);
    expect(lab.live.added.length).toBe(before);
  });

  it('logs an injected fault, so a reopened lab has it too', () => {
    const lab = withWeb();
    line(lab, 'fault kill web');
    expect(lab.live.added.at(-1)).toEqual({ t: 30_000, command: { kind: 'fault', fault: { type: 'killContainer', target: { pod: 'web', namespace: 'default' } } } });
  });
});
