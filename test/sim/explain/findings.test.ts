import { describe, expect, it } from 'vitest';
import { EXPLAIN_MESSAGES, explainInputs, explainPod, type Finding } from '../../../src/sim/explain/index.js';
import { parseFitMessage } from '../../../src/sim/explain/scheduling.js';
import { explainFixture } from './fixtures.js';

function findingOf(file: string, code: string, lang: 'en' | 'ko' = 'en'): Finding {
  const f = explainFixture(`${file}.yaml`, lang)[0].findings.find((x) => x.code === code);
  if (!f) throw new Error(`${file}: no ${code}`);
  return f;
}

describe('finding messages say what is wrong and what to try', () => {
  it.each([
    ['crashloop', 'crash-loop', ['exited with code 1 (Error) 44s ago', 'restarted it 5 times', 'Exit code 1 is a general error'], ['kubectl logs crash -c app --previous']],
    ['completed-always', 'completed-restarted', ['exit code 0', 'restartPolicy is Always'], ['restartPolicy: Never or OnFailure']],
    ['oom-killed', 'oom-killed', ['more memory than its limit of 100Mi', 'OOMKilled, exit code 137'], ['resources.limits.memory']],
    ['oom-crashloop', 'oom-killed', ['limit of 128Mi'], ['kubectl top pod crash']],
    ['err-image-pull', 'image-pull', ['"ngnix:1.25"', '(ErrImagePull)', 'does not exist or needs credentials'], ['imagePullSecrets', 'tag', 'registry']],
    ['image-pull-backoff', 'image-pull', ['"nginx:1.255"', '(ImagePullBackOff)', 'not this tag'], ['imagePullSecrets']],
    ['config-error', 'create-container-config-error', ['ConfigMap "app-config"', 'namespace default'], ['kubectl create configmap app-config']],
    ['start-error', 'container-start-error', ['(StartError)', 'exec: "pythn": executable file not found'], ['command/args']],
    ['pending-unschedulable', 'pending-unschedulable', [
      'It said: "0/3 nodes are available: 1 node(s) had untolerated taint',
      '\n- 1 node(s) are control-plane nodes: their taint {node-role.kubernetes.io/control-plane: } keeps ordinary pods away.',
      '\n- 2 node(s) do not have enough unreserved cpu left for the pod\'s request (8)',
      '\n- Preemption could not help',
    ], ['smaller requests']],
    ['pending-no-scheduler', 'pending-not-scheduled', ['has not been assigned to a node'], ['spec.schedulerName']],
    ['scheduling-gated', 'scheduling-gated', ['schedulingGates (example.com/quota)'], ['kubectl patch pod gated']],
    ['init-error', 'init-failing', ['Init container "migrate" failed with exit code 2 (Error)', 'restartPolicy is Never, so the pod has failed for good'], ['kubectl logs initfail -c migrate']],
    ['init-crashloop', 'init-failing', ['restarted 4 times'], ['--previous']],
    ['init-signal', 'init-failing', ['exit code 137 (signal 9)'], []],
    ['init-running', 'init-waiting', ['Init container "init-myservice" (1 of 1) is still running'], ['kubectl logs myapp -c init-myservice']],
    ['not-ready-readiness', 'not-ready', ['readiness probe (HTTP GET :80/healthz every 5s) has not succeeded'], ['Unhealthy events']],
    ['notready-completed', 'not-ready', ['Container "setup" finished (exit code 0)', 'restartPolicy Never', 'STATUS NotReady'], ['init container']],
    ['readiness-gates', 'readiness-gates', ['readiness gate "example.com/lb-ready" is not "True"'], []],
    ['evicted', 'evicted', ['"The node was low on resource: memory.', 'QoS BestEffort'], ['kubectl delete pod cache']],
    ['terminating', 'terminating', ['up to 30s'], []],
    ['terminating-finalizer', 'terminating-stuck', ['asked to delete 59m ago', 'finalizers (example.com/cleanup)'], ['--grace-period=0 --force']],
    ['terminating-node-lost', 'terminating-stuck', ['node node01 does not report'], []],
    ['unknown-node-lost', 'node-lost', ['node node01 stopped reporting', 'STATUS Unknown'], ['kubectl describe node node01']],
    ['node-unreachable', 'node-unreachable', ['node node01 stopped reporting', '300s'], ['kubectl describe node node01']],
    ['completed', 'completed', ['phase Succeeded', 'restartPolicy Never'], []],
    ['error', 'failed', ['container "task" exited with code 3 (Error)', 'restartPolicy Never'], ['kubectl logs job -c task', 'OnFailure']],
    ['signal', 'failed', ['exited with code 137 (signal 9)', 'SIGKILL'], []],
    ['deadline', 'deadline-exceeded', ['activeDeadlineSeconds (30s)'], []],
    ['out-of-cpu', 'rejected', ['kubelet on node01 refused the pod at admission (OutOfcpu)', "Node didn't have enough resource: cpu"], ['Remove spec.nodeName']],
    ['container-status-unknown', 'container-status-unknown', ['ContainerStatusUnknown, exit code 137'], []],
    ['restarted', 'restarted', ['restarted 2 times', 'code 1 (Error) 3m ago'], ['--previous']],
    ['liveness-restarts', 'liveness-restarts', ['restarted 5 times, last with exit code 0', '2s after start (initialDelaySeconds 0 + periodSeconds 2 × failureThreshold 1)'], ['startupProbe']],
    ['probes-misconfigured', 'probe-tight', ['only 4s'], ['startupProbe']],
    ['probes-misconfigured', 'liveness-without-readiness', ['serves port(s) 80', 'no readinessProbe'], ['Add a readinessProbe']],
    ['probes-misconfigured', 'probe-port', ['liveness probe of container "nginx" checks port 8080, but the container declares only 80'], []],
    ['crashloop', 'best-effort', ['BestEffort'], ['resources.requests']],
    ['phase-mismatch', 'phase-mismatch', ['reported phase is Pending', 'would now compute Running'], []],
    ['container-creating', 'container-creating', ['(ContainerCreating)'], ['kubectl describe pod web']],
    ['running', 'healthy', ['Nothing looks wrong'], []],
  ])('%s → %s', (file, code, says, tries) => {
    const f = findingOf(file, code);
    for (const s of says) expect(f.message).toContain(s);
    for (const s of tries) expect(f.advice).toContain(s);
  });

  it.each([
    ['crashloop', 'crash-loop', 'error'], ['crashloop', 'best-effort', 'info'], ['not-ready-readiness', 'not-ready', 'warning'],
    ['evicted', 'evicted', 'error'], ['terminating', 'terminating', 'info'], ['terminating-finalizer', 'terminating-stuck', 'warning'],
    ['restarted', 'restarted', 'info'], ['init-running', 'init-waiting', 'info'], ['pending-unschedulable', 'pending-unschedulable', 'error'],
  ])('%s: %s is an %s', (file, code, severity) => {
    expect(findingOf(file, code).severity).toBe(severity);
  });

  it('orders findings by severity: errors, then warnings, then information', () => {
    for (const file of ['liveness-restarts', 'probes-misconfigured', 'container-status-unknown', 'terminating-finalizer']) {
      const order = explainFixture(`${file}.yaml`)[0].findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
      expect(order).toEqual([...order].sort());
    }
  });
});

describe('findings in Korean', () => {
  it.each(['crashloop', 'pending-unschedulable', 'config-error', 'evicted', 'probes-misconfigured', 'terminating-finalizer', 'init-error', 'liveness-restarts'])('%s', (file) => {
    for (const f of explainFixture(`${file}.yaml`, 'ko')[0].findings) {
      expect(f.message).toMatch(/[가-힣]/);
      expect(`${f.message} ${f.advice ?? ''}`).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });

  it('keeps kubectl words as kubectl prints them', () => {
    const f = findingOf('crashloop', 'crash-loop', 'ko');
    expect(f.message).toContain('CrashLoopBackOff');
    expect(f.advice).toContain('kubectl logs crash -c app --previous');
  });
});

describe('message tables', () => {
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(EXPLAIN_MESSAGES.ko).sort()).toEqual(Object.keys(EXPLAIN_MESSAGES.en).sort());
    for (const key of Object.keys(EXPLAIN_MESSAGES.en) as (keyof typeof EXPLAIN_MESSAGES.en)[]) {
      expect([key, holes(EXPLAIN_MESSAGES.ko[key])]).toEqual([key, holes(EXPLAIN_MESSAGES.en[key])]);
    }
  });
});

describe('config errors name what is missing', () => {
  const pod = (message: string) => ({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'shop' },
    spec: { nodeName: 'node01', containers: [{ name: 'app', image: 'nginx' }] },
    status: { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'CreateContainerConfigError', message } } }] },
  });
  it.each([
    ['secret "db" not found', 'the Secret "db", which does not exist in namespace shop', 'kubectl create secret generic db'],
    ["couldn't find key mode in ConfigMap shop/cfg", 'the ConfigMap shop/cfg exists but has no key "mode"', 'kubectl edit configmap cfg -n shop'],
    ['something else', '(CreateContainerConfigError): something else', 'optional: true'],
  ])('%s', (message, says, tries) => {
    const [input] = explainInputs(pod(message));
    if (input.kind !== 'pod') throw new Error('not a pod');
    const f = explainPod(input.pod, Date.UTC(2025, 0, 1), 'en').findings[0];
    expect(f.code).toBe('create-container-config-error');
    expect(f.message).toContain(says);
    expect(f.advice).toContain(tries);
  });
});

describe('parseFitMessage', () => {
  it.each([
    [
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
      { total: 3, parts: [{ count: 1, reason: 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }' }, { count: 2, reason: 'Insufficient cpu' }], rest: 'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.' },
    ],
    [
      '0/1 nodes are available: 1 node(s) didn\'t match Pod\'s node affinity/selector..',
      { total: 1, parts: [{ count: 1, reason: 'node(s) didn\'t match Pod\'s node affinity/selector' }], rest: '' },
    ],
    ['something else', undefined],
  ])('%s', (message, parsed) => {
    expect(parseFitMessage(message)).toEqual(parsed);
  });
});

describe('explainInputs', () => {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
  it('ignores fields this podlab does not know, as a newer cluster prints them', () => {
    const [input] = explainInputs({ ...pod, status: { phase: 'Running', observedGeneration: 1, containerStatuses: [{ name: 'app', ready: true, restartCount: 0, user: { linux: { uid: 0 } } }] } });
    expect(input.kind).toBe('pod');
  });

  it('refuses a bad quantity with the API server\'s words and its path', () => {
    const bad = { ...pod, spec: { containers: [{ name: 'app', image: 'nginx', resources: { limits: { cpu: '500x' } } }] } };
    expect(explainInputs({ apiVersion: 'v1', kind: 'List', items: [pod, bad] })[1]).toEqual({
      kind: 'problem', path: 'items[1].spec.containers[0].resources.limits[cpu]',
      message: "spec.containers[0].resources.limits[cpu]: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    });
  });

  it('sends a manifest without status to podlab sim', () => {
    const [input] = explainInputs(pod);
    if (input.kind !== 'pod') throw new Error('not a pod');
    expect(explainPod(input.pod, Date.UTC(2025, 0, 1), 'en').findings.map((f) => [f.code, f.advice])).toEqual([
      ['no-status', 'To see what would happen to it, run it: podlab sim FILE.'], ['best-effort', expect.any(String)],
    ]);
  });

  it.each([
    [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } }, { kind: 'other', objectKind: 'Service', name: 'web', prefix: '' }],
    [{ metadata: { name: 'x' } }, { kind: 'problem', path: '', message: 'kind not set' }],
    [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: {} }, { kind: 'problem', path: 'spec.containers', message: 'spec.containers: Required value' }],
  ])('%j', (raw, expected) => {
    expect(explainInputs(raw)).toEqual([expected]);
  });
});
