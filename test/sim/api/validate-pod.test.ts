import { describe, expect, it } from 'vitest';
import { pod, reject } from './helpers.js';

const invalid = (...causes: string[]): string =>
  causes.length === 1 ? `The Pod "web" is invalid: ${causes[0]}` : ['The Pod "web" is invalid: ', ...causes.map((c) => `* ${c}`)].join('\n');

const DNS1123_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1123_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('names', () => {
  it.each([
    ['My_Pod', `metadata.name: Invalid value: "My_Pod": ${DNS1123_SUBDOMAIN}`],
    ['web-', `metadata.name: Invalid value: "web-": ${DNS1123_SUBDOMAIN}`],
    ['a'.repeat(254), `metadata.name: Invalid value: "${'a'.repeat(254)}": must be no more than 253 characters`],
  ])('pod name %j', (name, cause) => {
    expect(reject(pod({}, {}, { name }))).toBe(`The Pod "${name}" is invalid: ${cause}`);
  });

  it('requires a name or generateName', () => {
    expect(reject(pod({}, {}, { name: undefined }))).toBe('The Pod "" is invalid: metadata.name: Required value: name or generateName is required');
  });

  it.each([
    ['App', `spec.containers[0].name: Invalid value: "App": ${DNS1123_LABEL}`],
    ['my.app', 'spec.containers[0].name: Invalid value: "my.app": must not contain dots'],
    ['a'.repeat(64), `spec.containers[0].name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`],
  ])('container name %j', (name, cause) => {
    expect(reject(pod({ name }))).toBe(invalid(cause));
  });

  it('rejects label values kubectl would reject', () => {
    const raw = pod({}, {}, { labels: { app: 'web server' } });
    expect(reject(raw)).toBe(invalid(
      "metadata.labels: Invalid value: \"web server\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ));
  });
});

describe('containers', () => {
  it.each([
    [pod({ image: undefined }), ['spec.containers[0].image: Required value']],
    [pod({ image: ' nginx' }), ['spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace']],
    [pod({}, { containers: [] }), ['spec.containers: Required value']],
    [pod({}, { containers: [{ name: 'app', image: 'a' }, { name: 'app', image: 'b' }] }), ['spec.containers[1].name: Duplicate value: "app"']],
    [pod({}, { initContainers: [{ name: 'app', image: 'busybox' }] }), ['spec.initContainers[0].name: Duplicate value: "app"']],
    [pod({ restartPolicy: 'Always' }), ['spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers']],
    [pod({ imagePullPolicy: 'Sometimes' }), ['spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"']],
    [pod({ terminationMessagePolicy: 'Logs' }), ['spec.containers[0].terminationMessagePolicy: Unsupported value: "Logs": supported values: "File", "FallbackToLogsOnError"']],
  ])('%#', (raw, causes) => {
    expect(reject(raw)).toBe(invalid(...causes));
  });
});

describe('ports', () => {
  it.each([
    [{ containerPort: 70000 }, 'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    [{ containerPort: 0 }, 'spec.containers[0].ports[0].containerPort: Required value'],
    [{ containerPort: 80, protocol: 'HTTP' }, 'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'],
    [{ containerPort: 80, name: 'http_port' }, 'spec.containers[0].ports[0].name: Invalid value: "http_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
    [{ containerPort: 80, name: 'web-server-port-1' }, 'spec.containers[0].ports[0].name: Invalid value: "web-server-port-1": must be no more than 15 characters'],
  ])('%j', (port, cause) => {
    expect(reject(pod({ ports: [port] }))).toBe(invalid(cause));
  });

  it('finds host ports used twice across containers', () => {
    const raw = pod({}, { containers: [
      { name: 'a', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] },
      { name: 'b', image: 'nginx', ports: [{ containerPort: 81, hostPort: 8080 }] },
    ] });
    expect(reject(raw)).toBe(invalid('spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'));
  });
});

describe('resources', () => {
  it.each([
    [{ requests: { cpu: '1' }, limits: { cpu: '500m' } }, ['spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m']],
    [{ requests: { memory: '2Gi' }, limits: { memory: '1024Mi' } }, ['spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi']],
    [{ limits: { memory: '-1Gi' } }, [
      'spec.containers[0].resources.limits[memory]: Invalid value: "-1Gi": must be greater than or equal to 0',
      'spec.containers[0].resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to 0',
    ]],
    [{ requests: { cpux: '1' } }, [
      'spec.containers[0].resources.requests[cpux]: Invalid value: cpux: must be a standard resource type or fully qualified',
      'spec.containers[0].resources.requests[cpux]: Invalid value: cpux: must be a standard resource for containers',
    ]],
    [{ requests: { 'nvidia.com/gpu': '1' } }, ['spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources']],
    [{ requests: { 'nvidia.com/gpu': '1' }, limits: { 'nvidia.com/gpu': '2' } }, ['spec.containers[0].resources.requests: Invalid value: "1": must be equal to nvidia.com/gpu limit of 2']],
    [{ limits: { 'example.com/foo': '500m' } }, [
      'spec.containers[0].resources.limits[example.com/foo]: Invalid value: 500m: must be an integer',
      'spec.containers[0].resources.requests[example.com/foo]: Invalid value: 500m: must be an integer',
    ]],
  ])('%j', (resources, causes) => {
    expect(reject(pod({ resources }))).toBe(invalid(...causes));
  });
});

describe('probes and lifecycle', () => {
  const exec = { exec: { command: ['cat', '/tmp/healthy'] } };
  it.each([
    [{ livenessProbe: { ...exec, successThreshold: 2 } }, ['spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1']],
    [{ startupProbe: { ...exec, successThreshold: 3 } }, ['spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1']],
    [{ readinessProbe: { ...exec, successThreshold: 3 } }, []],
    [{ readinessProbe: { ...exec, terminationGracePeriodSeconds: 10 } }, ['spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes']],
    [{ livenessProbe: { periodSeconds: 5 } }, ['spec.containers[0].livenessProbe: Required value: must specify a handler type']],
    [{ livenessProbe: { ...exec, httpGet: { port: 80 } } }, ['spec.containers[0].livenessProbe.httpGet: Forbidden: may not specify more than 1 handler type']],
    [{ livenessProbe: { exec: { command: [] } } }, ['spec.containers[0].livenessProbe.exec.command: Required value']],
    [{ livenessProbe: { httpGet: { port: 'web_port' } } }, ['spec.containers[0].livenessProbe.httpGet.port: Invalid value: "web_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']],
    [{ livenessProbe: { httpGet: { port: 80, scheme: 'http' } } }, ['spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value: "http": supported values: "HTTP", "HTTPS"']],
    [{ livenessProbe: { tcpSocket: { port: 0 } } }, ['spec.containers[0].livenessProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive']],
    [{ livenessProbe: { ...exec, initialDelaySeconds: -5 } }, ['spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -5: must be greater than or equal to 0']],
    [{ livenessProbe: { ...exec, terminationGracePeriodSeconds: 0 } }, ['spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0']],
    [{ lifecycle: { preStop: { sleep: { seconds: 60 } } } }, ['spec.containers[0].lifecycle.preStop.sleep: Invalid value: 60: must be non-negative and less than terminationGracePeriodSeconds (30)']],
  ])('%j', (container, causes) => {
    if (causes.length === 0) expect(() => reject(pod(container))).toThrow(/expected a refusal/);
    else expect(reject(pod(container))).toBe(invalid(...causes));
  });

  it('forbids probes and lifecycle on regular init containers', () => {
    const raw = pod({}, { initContainers: [{ name: 'init', image: 'busybox', readinessProbe: { exec: { command: ['true'] } }, lifecycle: { postStart: { exec: { command: ['true'] } } } }] });
    expect(reject(raw)).toBe(invalid(
      'spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always',
      'spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
    ));
  });

  it('allows probes on sidecars and checks them', () => {
    const sidecar = { name: 'log', image: 'busybox', restartPolicy: 'Always', livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 } };
    expect(reject(pod({}, { initContainers: [sidecar] }))).toBe(invalid('spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'));
  });

  it('accepts only Always as an init container restartPolicy', () => {
    const raw = pod({}, { initContainers: [{ name: 'init', image: 'busybox', restartPolicy: 'OnFailure' }] });
    expect(reject(raw)).toBe(invalid('spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"'));
  });
});

describe('env', () => {
  it.each([
    [[{ name: '' }], 'spec.containers[0].env[0].name: Required value'],
    [[{ name: 'A=B' }], "spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='"],
    [[{ name: 'A', valueFrom: {} }], 'spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'],
    [[{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }], 'spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty'],
    [[{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg' } } }], 'spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Required value'],
    [[{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }], 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"'],
    [[{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.foo' } } }], 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "spec.foo": error converting fieldPath: field label not supported: spec.foo'],
  ])('%j', (env, cause) => {
    expect(reject(pod({ env }))).toBe(invalid(cause));
  });

  it('accepts names the relaxed rules allow (on by default since v1.32)', () => {
    expect(() => reject(pod({ env: [{ name: '1ST_VAR', value: 'x' }] }))).toThrow(/expected a refusal/);
  });
});

describe('volumes and mounts', () => {
  it.each([
    [{ volumeMounts: [{ name: 'data', mountPath: '/data' }] }, {}, ['spec.containers[0].volumeMounts[0].name: Not found: "data"']],
    [{}, { volumes: [{ name: 'data', configMap: {} }] }, ['spec.volumes[0].configMap.name: Required value']],
    [{}, { volumes: [{ name: 'data', secret: {} }] }, ['spec.volumes[0].secret.secretName: Required value']],
    [{}, { volumes: [{ name: 'data', emptyDir: {}, hostPath: { path: '/x' } }] }, ['spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type']],
    [{}, { volumes: [{ name: 'd', emptyDir: {} }, { name: 'd', emptyDir: {} }] }, ['spec.volumes[1].name: Duplicate value: "d"']],
    [{}, { volumes: [{ name: 'Data', emptyDir: {} }] }, [`spec.volumes[0].name: Invalid value: "Data": ${DNS1123_LABEL}`]],
    [{}, { volumes: [{ name: 'data', hostPath: { path: '/x', type: 'Dir' } }] }, ['spec.volumes[0].hostPath.type: Unsupported value: "Dir": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"']],
    [{}, { volumes: [{ name: 'data', configMap: { name: 'c', defaultMode: 1000 } }] }, ['spec.volumes[0].configMap.defaultMode: Invalid value: 1000: must be a number between 0 and 0777 (octal), both inclusive']],
  ])('%#', (container, spec, causes) => {
    expect(reject(pod(container, spec))).toBe(invalid(...causes));
  });

  it('mounts of a volume with errors read "Not found" as upstream reports them', () => {
    const raw = pod({ volumeMounts: [{ name: 'cfg', mountPath: '/etc/cfg' }] }, { volumes: [{ name: 'cfg', configMap: {} }] });
    expect(reject(raw)).toBe(invalid('spec.volumes[0].configMap.name: Required value', 'spec.containers[0].volumeMounts[0].name: Not found: "cfg"'));
  });

  it('a volume with no source becomes an emptyDir (SetDefaults_Volume)', () => {
    expect(() => reject(pod({ volumeMounts: [{ name: 'cache', mountPath: '/cache' }] }, { volumes: [{ name: 'cache' }] }))).toThrow(/expected a refusal/);
  });
});

describe('pod spec fields', () => {
  it.each([
    [{ restartPolicy: 'Sometimes' }, 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'],
    [{ dnsPolicy: 'Cluster' }, 'spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'],
    [{ dnsPolicy: 'None' }, 'spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None'],
    [{ activeDeadlineSeconds: 0 }, 'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'],
    [{ nodeName: 'Node_1' }, `spec.nodeName: Invalid value: "Node_1": ${DNS1123_SUBDOMAIN}`],
    [{ nodeSelector: { 'disk type': 'ssd' } }, "spec.nodeSelector: Invalid value: \"disk type\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"],
    [{ tolerations: [{ operator: 'Equal', value: 'x' }] }, 'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"'],
    [{ tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }] }, "spec.tolerations[0].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'"],
    [{ tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 60 }] }, "spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set"],
    [{ tolerations: [{ key: 'k', operator: 'Exists', effect: 'Never' }] }, 'spec.tolerations[0].effect: Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"'],
    [{ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } } }, 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term'],
    [{ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In' }] }] } } } }, "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    [{ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 0, preference: {} }] } } }, 'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100'],
    [{ schedulingGates: [{ name: 'a' }], nodeName: 'node01' }, 'spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared'],
  ])('%j', (spec, cause) => {
    expect(reject(pod({}, spec))).toBe(invalid(cause));
  });
});

describe('several errors at once', () => {
  it('prints them as a list under the heading, in upstream order, without repeats', () => {
    const raw = pod({ image: undefined, resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }, { restartPolicy: 'Sometimes', containers: undefined });
    const withTwo = { ...raw, spec: { ...(raw.spec as object), containers: [{ name: 'app', resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }] } };
    expect(reject(withTwo)).toBe(invalid(
      'spec.containers[0].image: Required value',
      'spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    ));
  });
});
