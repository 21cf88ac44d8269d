import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIR, explainFixture } from './fixtures.js';

// file, READY, STATUS, RESTARTS, AGE, QoS, reported phase, derived phase, finding codes in order
const ROWS: readonly (readonly string[])[] = [
    ['completed-always', '0/1', 'CrashLoopBackOff', '5 (44s ago)', '3m20s', 'BestEffort', 'Running', 'Running', 'completed-restarted best-effort'],
    ['completed', '0/1', 'Completed', '0', '5m', 'BestEffort', 'Succeeded', 'Succeeded', 'completed best-effort'],
    ['config-error', '0/1', 'CreateContainerConfigError', '0', '60s', 'BestEffort', 'Pending', 'Pending', 'create-container-config-error best-effort'],
    ['container-creating', '0/1', 'ContainerCreating', '0', '2s', 'BestEffort', 'Pending', 'Pending', 'container-creating best-effort'],
    ['container-status-unknown', '0/1', 'ContainerStatusUnknown', '0', '3m', 'BestEffort', 'Failed', 'Failed', 'evicted container-status-unknown best-effort'],
    ['crashloop', '0/1', 'CrashLoopBackOff', '5 (44s ago)', '3m20s', 'BestEffort', 'Running', 'Running', 'crash-loop best-effort'],
    ['deadline', '0/1', 'Error', '0', '60s', 'BestEffort', 'Failed', 'Failed', 'deadline-exceeded best-effort'],
    ['err-image-pull', '0/1', 'ErrImagePull', '0', '13s', 'BestEffort', 'Pending', 'Pending', 'image-pull best-effort'],
    ['error', '0/1', 'Error', '0', '5m', 'BestEffort', 'Failed', 'Failed', 'failed best-effort'],
    ['evicted-completed', '0/1', 'Completed', '0', '3m', 'BestEffort', 'Failed', 'Failed', 'evicted best-effort'],
    ['evicted', '0/1', 'Evicted', '0', '3m', 'BestEffort', 'Failed', 'Failed', 'evicted best-effort'],
    ['exit-code', '0/1', 'ExitCode:3', '0', '5m', 'BestEffort', 'Failed', 'Failed', 'failed best-effort'],
    ['image-pull-backoff', '0/1', 'ImagePullBackOff', '0', '60s', 'BestEffort', 'Pending', 'Pending', 'image-pull best-effort'],
    ['init-crashloop', '0/1', 'Init:CrashLoopBackOff', '4 (44s ago)', '2m', 'BestEffort', 'Pending', 'Pending', 'init-failing best-effort'],
    ['init-error', '0/1', 'Init:Error', '0', '60s', 'BestEffort', 'Failed', 'Failed', 'init-failing best-effort'],
    ['init-exit-code', '0/1', 'Init:ExitCode:2', '0', '60s', 'BestEffort', 'Failed', 'Failed', 'init-failing best-effort'],
    ['init-running', '0/1', 'Init:0/1', '0', '90s', 'BestEffort', 'Pending', 'Pending', 'init-waiting best-effort'],
    ['init-signal', '0/1', 'Init:Signal:9', '0', '60s', 'BestEffort', 'Failed', 'Failed', 'init-failing best-effort'],
    ['liveness-restarts', '0/1', 'CrashLoopBackOff', '5 (75s ago)', '3m', 'BestEffort', 'Running', 'Running', 'crash-loop liveness-restarts best-effort'],
    ['multi', '0/1', 'CrashLoopBackOff', '5 (7m24s ago)', '10m', 'BestEffort', 'Running', 'Running', 'crash-loop best-effort'],
    ['multi', '1/1', 'Running', '0', '10m', 'Burstable', 'Running', 'Running', 'healthy'],
    ['node-unreachable', '1/1', 'Running', '0', '3m20s', 'BestEffort', 'Running', 'Running', 'node-unreachable best-effort'],
    ['not-ready-readiness', '0/1', 'Running', '0', '2m', 'BestEffort', 'Running', 'Running', 'not-ready best-effort'],
    ['notready-completed', '1/2', 'NotReady', '0', '2m', 'BestEffort', 'Running', 'Running', 'not-ready best-effort'],
    ['oom-crashloop', '0/1', 'CrashLoopBackOff', '5 (44s ago)', '3m20s', 'Burstable', 'Running', 'Running', 'oom-killed crash-loop'],
    ['oom-killed', '0/1', 'OOMKilled', '0', '60s', 'Burstable', 'Failed', 'Failed', 'oom-killed'],
    ['out-of-cpu', '0/1', 'OutOfcpu', '0', '30s', 'Burstable', 'Failed', 'Failed', 'rejected'],
    ['pending-no-scheduler', '0/1', 'Pending', '0', '5m', 'Burstable', 'Pending', 'Pending', 'pending-not-scheduled'],
    ['pending-unschedulable', '0/1', 'Pending', '0', '2m', 'Burstable', 'Pending', 'Pending', 'pending-unschedulable'],
    ['phase-mismatch', '1/1', 'Pending', '0', '10m', 'Burstable', 'Pending', 'Running', 'phase-mismatch'],
    ['pod-initializing', '0/1', 'PodInitializing', '0', '6s', 'BestEffort', 'Pending', 'Pending', 'container-creating best-effort'],
    ['probes-misconfigured', '1/1', 'Running', '0', '10m', 'Burstable', 'Running', 'Running', 'liveness-without-readiness probe-tight probe-port'],
    ['readiness-gates', '1/1', 'Running', '0', '10m', 'Burstable', 'Running', 'Running', 'readiness-gates'],
    ['restarted', '1/1', 'Running', '2 (3m ago)', '10m', 'Burstable', 'Running', 'Running', 'restarted healthy'],
    ['running', '1/1', 'Running', '0', '10m', 'Burstable', 'Running', 'Running', 'healthy'],
    ['scheduling-gated', '0/1', 'SchedulingGated', '0', '60s', 'BestEffort', 'Pending', 'Pending', 'scheduling-gated best-effort'],
    ['signal', '0/1', 'Signal:9', '0', '5m', 'BestEffort', 'Failed', 'Failed', 'failed best-effort'],
    ['start-error', '0/1', 'StartError', '0', '5s', 'BestEffort', 'Running', 'Running', 'container-start-error best-effort'],
    ['terminating-finalizer', '0/1', 'Terminating', '0', '60m', 'BestEffort', 'Running', 'Running', 'terminating-stuck best-effort'],
    ['terminating-node-lost', '1/1', 'Terminating', '0', '8m', 'BestEffort', 'Running', 'Running', 'terminating-stuck best-effort'],
    ['terminating', '1/1', 'Terminating', '0', '75s', 'BestEffort', 'Running', 'Running', 'terminating best-effort'],
    ['unknown-node-lost', '1/1', 'Unknown', '0', '8m', 'BestEffort', 'Running', 'Running', 'node-lost best-effort'],
    ['unknown-phase', '1/1', 'Unknown', '0', '3m20s', 'BestEffort', 'Unknown', 'Running', 'node-lost best-effort'],
];

describe('podlab explain over kubectl snapshots', () => {
  it.each(ROWS)('%s: %s %s %s %s, %s, %s/%s: %s', (file, ready, status, restarts, age, qosClass, reported, derived, codes) => {
    const found = explainFixture(`${file}.yaml`).map((e) => [e.ready, e.status, e.restarts, e.age, e.qosClass, e.phase.reported, e.phase.derived, e.findings.map((f) => f.code).join(' ')]);
    expect(found).toContainEqual([ready, status, restarts, age, qosClass, reported, derived, codes]);
  });

  it('has a row for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    expect(new Set(ROWS.map((r) => r[0]))).toEqual(new Set(files));
  });

  it.each([
    'Pending', 'Running', 'Completed', 'Error', 'Unknown', 'Init:0/1', 'Init:Error', 'Init:CrashLoopBackOff', 'Init:ExitCode:2',
    'Init:Signal:9', 'PodInitializing', 'ContainerCreating', 'CrashLoopBackOff', 'ErrImagePull', 'ImagePullBackOff',
    'CreateContainerConfigError', 'OOMKilled', 'NotReady', 'Terminating', 'SchedulingGated', 'Evicted', 'ContainerStatusUnknown',
    'ExitCode:3', 'Signal:9', 'OutOfcpu', 'StartError',
  ])('covers STATUS %s', (status) => {
    expect(ROWS.some((r) => r[2] === status)).toBe(true);
  });
});
