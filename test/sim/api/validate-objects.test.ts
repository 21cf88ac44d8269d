import { describe, expect, it } from 'vitest';
import { reject } from './helpers.js';

const lines = (head: string, causes: string[]): string =>
  causes.length === 1 ? `${head}: ${causes[0]}` : [`${head}: `, ...causes.map((c) => `* ${c}`)].join('\n');

const deployment = (spec: Record<string, unknown>) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
    ...spec,
  },
});

describe('Deployments and ReplicaSets', () => {
  it.each([
    [{ selector: undefined }, [
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    ]],
    [{ selector: { matchLabels: { app: 'api' } } }, ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`']],
    [{ selector: {} }, ['spec.selector: Invalid value: &v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment']],
    [{ replicas: -1 }, ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    [{ template: { metadata: { labels: { app: 'web' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'nginx', image: 'nginx' }] } } }, [
      'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    ]],
    [{ template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx' }] } } }, ['spec.template.spec.containers[0].image: Required value']],
    [{ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }, ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]],
    [{ strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } }, ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0']],
    [{ strategy: { rollingUpdate: { maxSurge: 'lots' } } }, ["spec.strategy.rollingUpdate.maxSurge: Invalid value: lots: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"]],
    [{ minReadySeconds: 700 }, ['spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds']],
  ])('%#', (spec, causes) => {
    expect(reject(deployment(spec))).toBe(lines('The Deployment "web" is invalid', causes));
  });

  it('checks a ReplicaSet the same way', () => {
    const rs = { ...deployment({ selector: undefined }), kind: 'ReplicaSet' };
    expect(reject(rs)).toBe(lines('The ReplicaSet "web" is invalid', [
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    ]));
  });
});

describe('Services', () => {
  const service = (spec: Record<string, unknown>, name = 'web') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });
  it.each([
    [service({ selector: { app: 'web' } }), ['spec.ports: Required value']],
    [service({ ports: [{ port: 80 }, { port: 81 }] }), ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value']],
    [service({ ports: [{ port: 0 }] }), ['spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive', 'spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive']],
    [service({ ports: [{ port: 80, nodePort: 30080 }] }), ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]],
    [service({ type: 'Ingress', ports: [{ port: 80 }] }), ['spec.type: Unsupported value: "Ingress": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']],
    [service({ type: 'ExternalName' }), ['spec.externalName: Required value']],
    [service({ ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] }), [
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]],
  ])('%#', (raw, causes) => {
    expect(reject(raw)).toBe(lines('The Service "web" is invalid', causes));
  });

  it('takes DNS-1035 names only (no leading digit)', () => {
    expect(reject(service({ ports: [{ port: 80 }] }, '1web'))).toBe(
      "The Service \"1web\" is invalid: metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
  });
});

describe('ConfigMaps, Secrets, Namespaces, Nodes', () => {
  it('rejects a bad ConfigMap key', () => {
    const raw = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { 'app config': 'x' } };
    expect(reject(raw)).toBe(
      "The ConfigMap \"cfg\" is invalid: data[app config]: Invalid value: \"app config\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    );
  });

  it('requires the keys a typed Secret carries', () => {
    const raw = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'tls' }, type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'x' } };
    expect(reject(raw)).toBe('The Secret "tls" is invalid: data[tls.key]: Required value');
  });

  it('takes DNS labels for Namespaces', () => {
    expect(reject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'my.ns' } })).toBe(
      'The Namespace "my.ns" is invalid: metadata.name: Invalid value: "my.ns": must not contain dots',
    );
  });

  it('reports Node taints under metadata, as upstream does', () => {
    const raw = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, spec: { taints: [{ key: 'gpu', effect: 'NoRun' }] } };
    expect(reject(raw)).toBe('The Node "node01" is invalid: metadata.taints[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"');
  });

  it('rejects negative Node capacity', () => {
    const raw = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, status: { capacity: { cpu: '-2' } } };
    expect(reject(raw)).toBe(lines('The Node "node01" is invalid', [
      'status.capacity.cpu: Invalid value: "-2": must be greater than or equal to 0',
      'status.allocatable.cpu: Invalid value: "-2": must be greater than or equal to 0',
    ]));
  });
});
