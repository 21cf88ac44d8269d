import { describe, expect, it } from 'vitest';
import { getLogs } from '../../../src/sim/index.js';
import { cluster, lastRow, pod, run } from '../engine/helpers.js';

const OBJECTS = `apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {mode: fast, level: "3"}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
data: {password: czNjcjN0}
`;

const podWith = (env: string, extra = '') => `${OBJECTS}---
apiVersion: v1
kind: Pod
metadata: {name: app, labels: {tier: web}}
spec:
  nodeName: node01
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo \\"$OUT\\"; sleep 3600"]
${extra}    env:
${env}`;

function output(env: string, extra = ''): string {
  const s = run(cluster(podWith(env, extra)), 10_000);
  const logs = getLogs(s, { pod: 'app' });
  return logs.ok ? logs.lines.map((l) => l.text).join('\n') : `error: ${logs.message}`;
}

const ref = (name: string, src: string) => `    - name: ${name}\n      valueFrom: {${src}}\n`;

describe('container environment', () => {
  it.each([
    ['a literal with $(VAR) expansion', '    - {name: A, value: one}\n    - {name: OUT, value: "$(A)-two-$$(A)"}\n', 'one-two-$(A)'],
    ['a ConfigMap key', ref('OUT', 'configMapKeyRef: {name: cfg, key: mode}'), 'fast'],
    ['a Secret key, base64-decoded', ref('OUT', 'secretKeyRef: {name: creds, key: password}'), 's3cr3t'],
    ['metadata.name', ref('OUT', 'fieldRef: {fieldPath: metadata.name}'), 'app'],
    ['metadata.labels', ref('OUT', "fieldRef: {fieldPath: \"metadata.labels['tier']\"}"), 'web'],
    ['spec.nodeName', ref('OUT', 'fieldRef: {fieldPath: spec.nodeName}'), 'node01'],
    ['status.podIP', ref('OUT', 'fieldRef: {fieldPath: status.podIP}'), '10.244.1.2'],
    ['status.hostIP', ref('OUT', 'fieldRef: {fieldPath: status.hostIP}'), '192.168.1.3'],
    ['spec.serviceAccountName', ref('OUT', 'fieldRef: {fieldPath: spec.serviceAccountName}'), 'default'],
    ['limits.cpu, unset: the node allocatable', ref('OUT', 'resourceFieldRef: {resource: limits.cpu}'), '2'],
    ['limits.memory in Mi, rounded up', ref('OUT', 'resourceFieldRef: {resource: limits.memory, divisor: 1Mi}'), '4096'],
    ['an optional key that is missing is skipped', ref('OUT', 'configMapKeyRef: {name: cfg, key: nope, optional: true}'), ''],
  ])('%s', (_name, env, expected) => {
    expect(output(env)).toBe(expected);
  });

  it('takes envFrom with a prefix', () => {
    const extra = '    envFrom:\n    - prefix: CFG_\n      configMapRef: {name: cfg}\n';
    expect(output('    - {name: OUT, value: "$(CFG_mode)/$(CFG_level)"}\n', extra)).toBe('fast/3');
  });

  it.each([
    ['a missing key', ref('OUT', 'configMapKeyRef: {name: cfg, key: nope}'), "couldn't find key nope in ConfigMap default/cfg"],
    ['a missing ConfigMap', ref('OUT', 'configMapKeyRef: {name: other, key: mode}'), 'configmap "other" not found'],
    ['a missing Secret', ref('OUT', 'secretKeyRef: {name: other, key: password}'), 'secret "other" not found'],
    ['a missing Secret key', ref('OUT', 'secretKeyRef: {name: creds, key: user}'), "couldn't find key user in Secret default/creds"],
  ])('stops at CreateContainerConfigError for %s', (_name, env, message) => {
    const s = run(cluster(podWith(env)), 10_000);
    expect(lastRow(s, 'app')!.status).toBe('CreateContainerConfigError');
    expect(pod(s, 'app')!.status!.containerStatuses![0].state!.waiting).toEqual({ reason: 'CreateContainerConfigError', message });
  });
});
