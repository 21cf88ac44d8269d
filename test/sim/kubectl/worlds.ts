// Objects the fake API server serves when fixtures are captured, in the shape a real API server
// returns them. Timestamps are relative to FIXTURE_NOW (2025-01-01T00:10:00Z).
import type { FakeWorld } from './fake-apiserver.js';

const T = (minutesBeforeNow: number, seconds = 0): string =>
  new Date(Date.UTC(2025, 0, 1, 0, 10, 0) - minutesBeforeNow * 60_000 - seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');

const defaultTolerations = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

const tokenVolume = {
  name: 'kube-api-access-abcde',
  projected: {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  },
};
const tokenMount = { name: 'kube-api-access-abcde', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' };

export const webPod = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: {
    name: 'web', namespace: 'default', uid: '6f1c2b7e-1111-4a3b-9c1d-000000000001', resourceVersion: '1234',
    creationTimestamp: T(12), labels: { app: 'web', tier: 'frontend' },
    annotations: { 'podlab.dev/note': 'serves the landing page' },
  },
  spec: {
    containers: [{
      name: 'nginx', image: 'nginx:1.25', imagePullPolicy: 'IfNotPresent',
      ports: [{ containerPort: 80, protocol: 'TCP' }],
      env: [{ name: 'MODE', value: 'prod' }, { name: 'POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
        { name: 'DB_PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }],
      resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '250m', memory: '128Mi' } },
      livenessProbe: { httpGet: { path: '/', port: 80, scheme: 'HTTP' }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      readinessProbe: { tcpSocket: { port: 80 }, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
      volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html' }, tokenMount],
      terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
    }],
    volumes: [{ name: 'html', emptyDir: {} }, tokenVolume],
    restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst',
    serviceAccountName: 'default', serviceAccount: 'default', nodeName: 'node01',
    securityContext: {}, schedulerName: 'default-scheduler', tolerations: defaultTolerations,
    priority: 0, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority',
  },
  status: {
    phase: 'Running',
    conditions: [
      { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: T(11, 58) },
      { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: T(12) },
      { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: T(11, 50) },
      { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: T(11, 50) },
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: T(12) },
    ],
    hostIP: '192.168.1.11', hostIPs: [{ ip: '192.168.1.11' }], podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }],
    startTime: T(12),
    containerStatuses: [{
      name: 'nginx', state: { running: { startedAt: T(11, 54) } }, lastState: {}, ready: true, restartCount: 0,
      image: 'docker.io/library/nginx:1.25', imageID: 'docker.io/library/nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
      containerID: 'containerd://3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a', started: true,
    }],
    qosClass: 'Burstable',
  },
};

export const crashPod = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'crash', namespace: 'default', uid: '6f1c2b7e-2222-4a3b-9c1d-000000000002', creationTimestamp: T(8), labels: { run: 'crash' } },
  spec: {
    initContainers: [
      { name: 'init-db', image: 'busybox:1.36', command: ['sh', '-c', 'until nslookup db; do sleep 2; done'], resources: {}, imagePullPolicy: 'IfNotPresent' },
      { name: 'log-shipper', image: 'fluentd', restartPolicy: 'Always', resources: {}, imagePullPolicy: 'Always' },
    ],
    containers: [{
      name: 'app', image: 'busybox', command: ['sh', '-c', 'echo starting\nexit 1'], args: ['--verbose'],
      resources: {}, imagePullPolicy: 'Always',
      envFrom: [{ configMapRef: { name: 'app-config' } }, { prefix: 'S_', secretRef: { name: 'db', optional: true } }],
      volumeMounts: [{ name: 'cfg', mountPath: '/etc/app', readOnly: true, subPath: 'app.conf' }],
    }],
    volumes: [{ name: 'cfg', configMap: { name: 'app-config', defaultMode: 420 } }, { name: 'data', hostPath: { path: '/var/data', type: 'DirectoryOrCreate' } }],
    restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', nodeName: 'node02',
    serviceAccountName: 'default', tolerations: defaultTolerations, priority: 0, nodeSelector: { disk: 'ssd' },
  },
  status: {
    phase: 'Running',
    conditions: [
      { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: T(7, 40) },
      { type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: T(7, 30), reason: 'ContainersNotReady', message: 'containers with unready status: [app]' },
      { type: 'ContainersReady', status: 'False', lastProbeTime: null, lastTransitionTime: T(7, 30), reason: 'ContainersNotReady', message: 'containers with unready status: [app]' },
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: T(8) },
    ],
    hostIP: '192.168.1.12', podIP: '10.244.2.7', podIPs: [{ ip: '10.244.2.7' }], startTime: T(8),
    initContainerStatuses: [
      { name: 'init-db', state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: T(7, 58), finishedAt: T(7, 45), containerID: 'containerd://aa01' } },
        lastState: {}, ready: true, restartCount: 0, image: 'docker.io/library/busybox:1.36', imageID: 'docker.io/library/busybox@sha256:aa', containerID: 'containerd://aa01', started: false },
      { name: 'log-shipper', state: { running: { startedAt: T(7, 44) } }, lastState: {}, ready: true, restartCount: 0,
        image: 'docker.io/library/fluentd:latest', imageID: 'docker.io/library/fluentd@sha256:bb', containerID: 'containerd://bb02', started: true },
    ],
    containerStatuses: [{
      name: 'app', state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 1m20s restarting failed container=app pod=crash_default(6f1c2b7e-2222-4a3b-9c1d-000000000002)' } },
      lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: T(1, 30), finishedAt: T(1, 29), containerID: 'containerd://cc03' } },
      ready: false, restartCount: 4, image: 'docker.io/library/busybox:latest', imageID: 'docker.io/library/busybox@sha256:cc', containerID: 'containerd://cc03', started: false,
    }],
    qosClass: 'BestEffort',
  },
};

const longMessage = '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';

export const pendingPod = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'big', namespace: 'default', uid: '6f1c2b7e-3333-4a3b-9c1d-000000000003', creationTimestamp: T(3) },
  spec: {
    containers: [{ name: 'big', image: 'nginx', resources: { requests: { memory: '64Gi' } }, imagePullPolicy: 'Always' }],
    restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', tolerations: defaultTolerations, priority: 0,
  },
  status: {
    phase: 'Pending',
    conditions: [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: T(3), reason: 'Unschedulable', message: longMessage }],
    qosClass: 'Burstable',
  },
};

export const trickyConfigMap = {
  apiVersion: 'v1', kind: 'ConfigMap',
  metadata: { name: 'tricky', namespace: 'default', creationTimestamp: T(5), uid: '6f1c2b7e-4444-4a3b-9c1d-000000000004',
    labels: { key10: 'a', key9: 'b', a_b: 'c', aB: 'd', 'a-b': 'e', a1b: 'f', a01: 'g', a1: 'h', 'Zed': 'i', 'app.kubernetes.io/name': 'tricky' } },
  data: {
    port: '80', bool: 'true', empty: '', yes: 'yes', y: 'y', n: 'N', float: '1.5', hex: '0x1F', date: '2025-01-01', ts: '2025-01-01T00:00:00Z',
    colon: 'a: b', dash: '- x', hash: '#x', spacehash: 'a #b', lead: ' lead', trail: 'trail ', multi: 'multi\nline\n', multinoeol: 'multi\nline',
    multikeep: 'keep\n\n', tab: 'with\ttab', star: '*star', nul: 'null', tilde: '~', quote: "it's", dquote: 'say "hi"', clock: '12:30', under: '1_000',
    plus: '+1', dot: '.5', octal: '08', oct2: '0o17', story: 'true story', korean: '한글 설정', backslash: 'a\\b', url: 'http://x:80/a?b=c&d',
    brace: '{"a":1}', bracket: '[1,2]', percent: '%x', at: '@x', backtick: '`x`', bang: '!x', amp: '&x', pipe: '| x', gt: '> x', qmark: '? x',
    dashonly: '-', dots: '...x', dashes: '---x', leadnl: '\nx', spaceline: 'a \nb', indented: '  two\nlines', emoji: 'ok 🙂', ctrl: 'bell\u0007',
    long: 'This is a long configuration value that goes on and on past the eighty column limit of the YAML emitter so it must fold somewhere.',
    longquoted: 'key: a long value that needs quoting because of the colon and space and it goes on past the eighty column limit',
    longdouble: 'a long value with a tab\tthat needs double quotes and is long enough to pass the eighty column limit of the emitter',
    html: '<b>&</b>', longword: 'x'.repeat(100),
  },
};

export const node01 = {
  apiVersion: 'v1', kind: 'Node',
  metadata: {
    name: 'node01', uid: '6f1c2b7e-5555-4a3b-9c1d-000000000005', creationTimestamp: T(600 * 24),
    labels: { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'node01', 'kubernetes.io/os': 'linux' },
    annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
  },
  spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] },
  status: {
    capacity: { cpu: '2', 'ephemeral-storage': '20Gi', memory: '4Gi', pods: '110' },
    allocatable: { cpu: '2', 'ephemeral-storage': '20Gi', memory: '4Gi', pods: '110' },
    conditions: [
      { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: T(1), lastTransitionTime: T(600 * 24), reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
      { type: 'DiskPressure', status: 'False', lastHeartbeatTime: T(1), lastTransitionTime: T(600 * 24), reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
      { type: 'PIDPressure', status: 'False', lastHeartbeatTime: T(1), lastTransitionTime: T(600 * 24), reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
      { type: 'Ready', status: 'True', lastHeartbeatTime: T(1), lastTransitionTime: T(600 * 24), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
    ],
    addresses: [{ type: 'InternalIP', address: '192.168.1.11' }, { type: 'Hostname', address: 'node01' }],
    nodeInfo: {
      machineID: 'b1', systemUUID: 'b2', bootID: 'b3', kernelVersion: '6.8.0-1015-gcp', osImage: 'Ubuntu 22.04.4 LTS',
      containerRuntimeVersion: 'containerd://1.7.22', kubeletVersion: 'v1.32.5', kubeProxyVersion: 'v1.32.5', operatingSystem: 'linux', architecture: 'amd64',
    },
  },
};

const event = (name: string, obj: { name: string; uid: string; kind?: string }, type: string, reason: string, message: string, first: string, last: string, count: number, component: string, host?: string, fieldPath?: string) => ({
  apiVersion: 'v1', kind: 'Event',
  metadata: { name: `${obj.name}.${name}`, namespace: 'default', creationTimestamp: first },
  involvedObject: { kind: obj.kind ?? 'Pod', ...(obj.kind === 'Node' ? {} : { namespace: 'default' }), name: obj.name, uid: obj.uid, apiVersion: 'v1', ...(fieldPath ? { fieldPath } : {}) },
  reason, message, source: { component, ...(host ? { host } : {}) }, firstTimestamp: first, lastTimestamp: last, count, type,
  eventTime: null, reportingComponent: component, reportingInstance: host ?? '',
});

const web = { name: 'web', uid: webPod.metadata.uid };
const crash = { name: 'crash', uid: crashPod.metadata.uid };
const big = { name: 'big', uid: pendingPod.metadata.uid };

export const events = [
  event('1', web, 'Normal', 'Scheduled', 'Successfully assigned default/web to node01', T(12), T(12), 1, 'default-scheduler'),
  event('2', web, 'Normal', 'Pulling', 'Pulling image "nginx:1.25"', T(11, 59), T(11, 59), 1, 'kubelet', 'node01', 'spec.containers{nginx}'),
  event('3', web, 'Normal', 'Pulled', 'Successfully pulled image "nginx:1.25" in 4.2s (4.2s including waiting). Image size: 72080558 bytes.', T(11, 55), T(11, 55), 1, 'kubelet', 'node01', 'spec.containers{nginx}'),
  event('4', web, 'Normal', 'Created', 'Created container: nginx', T(11, 55), T(11, 55), 1, 'kubelet', 'node01', 'spec.containers{nginx}'),
  event('5', web, 'Normal', 'Started', 'Started container nginx', T(11, 54), T(11, 54), 1, 'kubelet', 'node01', 'spec.containers{nginx}'),
  event('6', crash, 'Normal', 'Scheduled', 'Successfully assigned default/crash to node02', T(8), T(8), 1, 'default-scheduler'),
  event('7', crash, 'Normal', 'Pulling', 'Pulling image "busybox"', T(7, 40), T(2), 5, 'kubelet', 'node02'),
  event('8', crash, 'Normal', 'Created', 'Created container: app', T(7, 38), T(1, 30), 5, 'kubelet', 'node02'),
  event('9', crash, 'Warning', 'BackOff', 'Back-off restarting failed container app in pod crash_default(6f1c2b7e-2222-4a3b-9c1d-000000000002)', T(7, 20), T(0, 15), 31, 'kubelet', 'node02'),
  event('10', big, 'Warning', 'FailedScheduling', longMessage, T(3), T(3), 1, 'default-scheduler'),
];

export const lease = {
  apiVersion: 'coordination.k8s.io/v1', kind: 'Lease',
  metadata: { name: 'node01', namespace: 'kube-node-lease', creationTimestamp: T(600 * 24) },
  spec: { holderIdentity: 'node01', leaseDurationSeconds: 40, renewTime: `${T(0).slice(0, 19)}.000000Z` },
};

export const nodeEvent = event('n1', { name: 'node01', uid: 'node01', kind: 'Node' }, 'Normal', 'NodeReady', 'Node node01 status is now: NodeReady', T(600 * 24), T(600 * 24), 1, 'kubelet', 'node01');

export const endpointSlice = {
  apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
  metadata: { name: 'web-abc12', namespace: 'default', labels: { 'kubernetes.io/service-name': 'web' }, creationTimestamp: T(30) },
  addressType: 'IPv4',
  endpoints: [{ addresses: ['10.244.1.5'], conditions: { ready: true, serving: true, terminating: false }, nodeName: 'node01', targetRef: { kind: 'Pod', name: 'web', namespace: 'default' } }],
  ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
};

export const appConfig = {
  apiVersion: 'v1', kind: 'ConfigMap',
  metadata: { name: 'app-config', namespace: 'default', creationTimestamp: T(20), labels: { app: 'web' } },
  data: { 'app.conf': 'listen 80;\nworkers 4;\n' },
};

export const tokenSecret = {
  apiVersion: 'v1', kind: 'Secret',
  metadata: { name: 'token', namespace: 'default', creationTimestamp: T(20) },
  type: 'kubernetes.io/basic-auth', data: { password: 'czNjcjN0' },
};

export const defaultNamespace = {
  apiVersion: 'v1', kind: 'Namespace',
  metadata: { name: 'default', uid: 'ns1', creationTimestamp: T(600 * 24), labels: { 'kubernetes.io/metadata.name': 'default' } },
  spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' },
};

export const deployment = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', uid: 'd1', generation: 1, creationTimestamp: T(30), labels: { app: 'web' }, annotations: { 'deployment.kubernetes.io/revision': '1' } },
  spec: {
    replicas: 3, selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', resources: {} }], restartPolicy: 'Always' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } }, revisionHistoryLimit: 10, progressDeadlineSeconds: 600,
  },
  status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 1 },
};

export const service = {
  apiVersion: 'v1', kind: 'Service',
  metadata: { name: 'web', namespace: 'default', uid: 's1', creationTimestamp: T(30), labels: { app: 'web' } },
  spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], type: 'ClusterIP', clusterIP: '10.96.0.15', clusterIPs: ['10.96.0.15'], sessionAffinity: 'None' },
  status: { loadBalancer: {} },
};

export const secret = {
  apiVersion: 'v1', kind: 'Secret',
  metadata: { name: 'db', namespace: 'default', uid: 'x1', creationTimestamp: T(30) },
  type: 'Opaque', data: { password: 'czNjcjN0', user: 'YWRtaW4=' },
};

const col = (name: string, priority = 0, format?: string) => ({ name, priority, ...(format ? { format } : {}) });
const POD_COLUMNS = [col('Name', 0, 'name'), col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', 1), col('Node', 1), col('Nominated Node', 1), col('Readiness Gates', 1)];
const podRows = {
  big: { cells: ['big', '0/1', 'Pending', '0', '3m', '<none>', '<none>', '<none>', '<none>'], object: 'big' },
  crash: { cells: ['crash', '1/2', 'CrashLoopBackOff', '4 (89s ago)', '8m', '10.244.2.7', 'node02', '<none>', '<none>'], object: 'crash' },
  web: { cells: ['web', '1/1', 'Running', '0', '12m', '10.244.1.5', 'node01', '<none>', '<none>'], object: 'web' },
};
const eventRow = (name: string, cells: unknown[]) => ({ cells: [...cells, name], object: name });
const kubeletOn = (node: string) => `kubelet, ${node}`;

/**
 * The Tables a real API server would answer `kubectl get` with for the world below, cell by
 * cell as pkg/printers/internalversion/printers.go computes them at FIXTURE_NOW.
 */
export const serverTables = {
  pods: { columns: POD_COLUMNS, rows: [podRows.big, podRows.crash, podRows.web] },
  'pods/web': { columns: POD_COLUMNS, rows: [podRows.web] },
  'pods/crash': { columns: POD_COLUMNS, rows: [podRows.crash] },
  nodes: {
    columns: [col('Name', 0, 'name'), col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 1), col('External-IP', 1), col('OS-Image', 1), col('Kernel-Version', 1), col('Container-Runtime', 1)],
    rows: [{ cells: ['node01', 'Ready', '<none>', '10d', 'v1.32.5', '192.168.1.11', '<none>', 'Ubuntu 22.04.4 LTS', '6.8.0-1015-gcp', 'containerd://1.7.22'], object: 'node01' }],
  },
  events: {
    columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 1), col('Source', 1), col('Message'), col('First Seen', 1), col('Count', 1), col('Name', 1, 'name')],
    rows: [
      eventRow('big.10', ['3m', 'Warning', 'FailedScheduling', 'pod/big', '', 'default-scheduler', longMessage, '3m', 1]),
      eventRow('crash.6', ['8m', 'Normal', 'Scheduled', 'pod/crash', '', 'default-scheduler', 'Successfully assigned default/crash to node02', '8m', 1]),
      eventRow('crash.7', ['2m', 'Normal', 'Pulling', 'pod/crash', '', kubeletOn('node02'), 'Pulling image "busybox"', '7m40s', 5]),
      eventRow('crash.8', ['90s', 'Normal', 'Created', 'pod/crash', '', kubeletOn('node02'), 'Created container: app', '7m38s', 5]),
      eventRow('crash.9', ['15s', 'Warning', 'BackOff', 'pod/crash', '', kubeletOn('node02'), 'Back-off restarting failed container app in pod crash_default(6f1c2b7e-2222-4a3b-9c1d-000000000002)', '7m20s', 31]),
      eventRow('node01.n1', ['10d', 'Normal', 'NodeReady', 'node/node01', '', kubeletOn('node01'), 'Node node01 status is now: NodeReady', '10d', 1]),
      eventRow('web.1', ['12m', 'Normal', 'Scheduled', 'pod/web', '', 'default-scheduler', 'Successfully assigned default/web to node01', '12m', 1]),
      eventRow('web.2', ['11m', 'Normal', 'Pulling', 'pod/web', 'spec.containers{nginx}', kubeletOn('node01'), 'Pulling image "nginx:1.25"', '11m', 1]),
      eventRow('web.3', ['11m', 'Normal', 'Pulled', 'pod/web', 'spec.containers{nginx}', kubeletOn('node01'), 'Successfully pulled image "nginx:1.25" in 4.2s (4.2s including waiting). Image size: 72080558 bytes.', '11m', 1]),
      eventRow('web.4', ['11m', 'Normal', 'Created', 'pod/web', 'spec.containers{nginx}', kubeletOn('node01'), 'Created container: nginx', '11m', 1]),
      eventRow('web.5', ['11m', 'Normal', 'Started', 'pod/web', 'spec.containers{nginx}', kubeletOn('node01'), 'Started container nginx', '11m', 1]),
    ],
  },
  deployments: {
    columns: [col('Name', 0, 'name'), col('Ready'), col('Up-to-date'), col('Available'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1)],
    rows: [{ cells: ['web', '2/3', 3, 2, '30m', 'nginx', 'nginx:1.25', 'app=web'], object: 'web' }],
  },
  services: {
    columns: [col('Name', 0, 'name'), col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)],
    rows: [{ cells: ['web', 'ClusterIP', '10.96.0.15', '<none>', '80/TCP', '30m', 'app=web'], object: 'web' }],
  },
  secrets: {
    columns: [col('Name', 0, 'name'), col('Type'), col('Data'), col('Age')],
    rows: [{ cells: ['db', 'Opaque', 2, '30m'], object: 'db' }, { cells: ['token', 'kubernetes.io/basic-auth', 1, '20m'], object: 'token' }],
  },
  configmaps: {
    columns: [col('Name', 0, 'name'), col('Data'), col('Age')],
    rows: [{ cells: ['app-config', 1, '20m'], object: 'app-config' }, { cells: ['tricky', Object.keys(trickyConfigMap.data).length, '5m'], object: 'tricky' }],
  },
  namespaces: { columns: [col('Name', 0, 'name'), col('Status'), col('Age')], rows: [{ cells: ['default', 'Active', '10d'], object: 'default' }] },
};

/** The cluster most fixtures are captured against. */
export const mainWorld: FakeWorld = {
  objects: [webPod, crashPod, pendingPod, trickyConfigMap, appConfig, node01, lease, defaultNamespace, deployment, service, endpointSlice, secret, tokenSecret, ...events, nodeEvent],
  tables: serverTables,
  logs: {
    'default/web/nginx': '10.244.0.1 - - [01/Jan/2025:00:05:00 +0000] "GET / HTTP/1.1" 200 615\n',
    'default/crash/app': 'starting\n',
    'default/crash/app/previous': 'starting\nfatal: config missing\n',
  },
};
