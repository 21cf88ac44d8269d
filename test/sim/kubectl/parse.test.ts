// argv → request: the fields each command line sets (kubectl's flag grammar and defaults).
import { describe, expect, it } from 'vitest';
import { parseKubectl } from '../../../src/sim/kubectl/parse.js';

function request(argv: string[]): Record<string, unknown> {
  const r = parseKubectl(argv);
  if (!r.ok || !('request' in r)) throw new Error(`not parsed: ${JSON.stringify(r)}`);
  const { targets, target, ...rest } = r.request as unknown as Record<string, unknown>;
  const names = (t: unknown) => (t as { type: { resource: string }; names: string[] }[] | undefined)?.map((x) => `${x.type.resource}:${x.names.join('+')}`);
  return { ...rest, ...(targets ? { targets: names(targets) } : {}), ...(target ? { target: typeof target === 'string' ? target : names([target]) } : {}) };
}

describe('parseKubectl reads kubectl command lines', () => {
  it.each<[string[], Record<string, unknown>]>([
    [['get', 'po'], { verb: 'get', targets: ['pods:'], output: { kind: 'table' }, allNamespaces: false }],
    [['k', 'get', 'pods', '-A', '-o', 'wide', '--show-labels'], { allNamespaces: true, output: { kind: 'wide' }, showLabels: true }],
    [['kubectl', '-n', 'dev', 'get', 'pods'], { namespace: 'dev', targets: ['pods:'] }],
    [['get', 'pod/web', 'deploy/api'], { targets: ['pods:web', 'deployments:api'] }],
    [['get', 'pods,svc', 'web'], { targets: ['pods:web', 'services:web'] }],
    [['get', 'all'], { targets: ['pods:', 'services:', 'deployments:', 'replicasets:'] }],
    [['get', 'pods', '-l', 'app=web', '--field-selector', 'status.phase=Running', '--sort-by', '.metadata.name'], { selector: 'app=web', fieldSelector: 'status.phase=Running', sortBy: '.metadata.name' }],
    [['get', 'pods', '-ojsonpath={.items[*].metadata.name}'], { output: { kind: 'jsonpath', template: '{.items[*].metadata.name}' } }],
    [['get', 'pods', '-o', 'custom-columns=N:.metadata.name'], { output: { kind: 'custom-columns', spec: 'N:.metadata.name' } }],
    [['get', 'pods', '-Aowide'], { allNamespaces: true, output: { kind: 'wide' } }],
    [['get', 'pods', '--show_labels', '-w'], { showLabels: true, watch: true }],
    [['get', 'pods', '-L', 'app,tier', '--no-headers'], { labelColumns: ['app', 'tier'], noHeaders: true }],
    [['logs', 'web', '-c', 'app', '-p', '--tail=10', '--timestamps', '-f'], { verb: 'logs', target: 'web', container: 'app', previous: true, tail: 10, timestamps: true, follow: true }],
    [['logs', 'deploy/web', 'app'], { target: 'deploy/web', container: 'app', tail: -1 }],
    [['delete', 'pod', 'web', '--force', '--grace-period=0'], { verb: 'delete', targets: ['pods:web'], force: true, gracePeriod: 0 }],
    [['delete', 'pod', 'web', '--force'], { force: true, gracePeriod: 0 }],
    [['delete', 'pod', 'web', '--grace-period=0'], { force: false, gracePeriod: 1 }],
    [['delete', 'pod', 'web', '--now'], { gracePeriod: 1 }],
    [['delete', 'pods', '--all'], { all: true, ignoreNotFound: true, targets: ['pods:'] }],
    [['run', 'web', '--image=nginx', '--port=80', '-l', 'app=web', '--env=A=1', '--restart=Never', '--dry-run=client', '-o', 'yaml', '--', 'sh', '-c', 'x'],
      { verb: 'run', name: 'web', image: 'nginx', port: 80, labels: { app: 'web' }, env: [{ name: 'A', value: '1' }], restart: 'Never', dryRun: 'client', output: { kind: 'yaml' }, args: ['sh', '-c', 'x'], command: false }],
    [['run', 'bb', '--image', 'busybox', '--command', '--', 'sleep', '1'], { image: 'busybox', command: true, args: ['sleep', '1'], dryRun: 'none' }],
    [['create', 'deploy', 'web', '--image=nginx', '-r', '3', '--port', '80'], { verb: 'create-kind', kind: 'deployment', name: 'web', images: ['nginx'], replicas: 3, port: 80 }],
    [['create', 'secret', 'generic', 'db', '--from-literal=a=b', '--type=kubernetes.io/basic-auth'], { kind: 'secret', name: 'db', literals: ['a=b'], secretType: 'kubernetes.io/basic-auth' }],
    [['create', 'svc', 'nodeport', 'web', '--tcp=80:8080', '--node-port=30080'], { kind: 'service', serviceType: 'NodePort', tcp: ['80:8080'], nodePort: 30080 }],
    [['create', 'ns', 'dev'], { kind: 'namespace', name: 'dev' }],
    [['create', '-f', 'pod.yaml'], { verb: 'create', files: ['pod.yaml'] }],
    [['apply', '-f', 'a.yaml,b.yaml', '-f', 'c.yaml'], { verb: 'apply', files: ['a.yaml', 'b.yaml', 'c.yaml'] }],
    [['replace', '--force', '-f', 'pod.yaml'], { verb: 'replace', force: true }],
    [['exec', '-it', 'web', '-c', 'app', '--', 'sh', '-c', 'ls'], { verb: 'exec', pod: 'web', container: 'app', stdin: true, tty: true, command: ['sh', '-c', 'ls'] }],
    [['exec', 'web', 'extra', '--', 'ls'], { pod: 'web', command: ['ls'] }],
    [['label', 'pod', 'web', 'a=b', 'c-', '--overwrite'], { verb: 'label', targets: ['pods:web'], changes: [{ key: 'a', value: 'b' }, { key: 'c', remove: true }], overwrite: true }],
    [['annotate', 'deploy/web', 'note=x'], { verb: 'annotate', targets: ['deployments:web'] }],
    [['set', 'image', 'deploy/web', 'nginx=nginx:1.26'], { verb: 'set-image', images: [{ container: 'nginx', image: 'nginx:1.26' }] }],
    [['set', 'resources', 'pod/web', '--limits=cpu=1,memory=1Gi', '-c', 'app'], { verb: 'set-resources', limits: { cpu: '1', memory: '1Gi' }, requests: {}, containers: 'app' }],
    [['top', 'pod', '--containers', '-A'], { verb: 'top', what: 'pod', containers: true, allNamespaces: true }],
    [['top', 'no', '--sort-by=cpu'], { what: 'node', sortBy: 'cpu' }],
    [['config', 'use', 'other'], { verb: 'config', action: 'use-context', name: 'other' }],
    [['config', 'get-contexts', '-o', 'name'], { action: 'get-contexts', outputName: true }],
    [['explain', 'pods.spec.containers'], { verb: 'explain', path: ['spec', 'containers'] }],
    [['scale', 'deploy/web', '--replicas=3'], { verb: 'scale', replicas: 3, targets: ['deployments:web'] }],
    [['version', '--client'], { verb: 'version', client: true }],
    [['api-resources', '--namespaced=false'], { verb: 'api-resources', namespaced: false }],
  ])('%j', (argv, expected) => {
    expect(request(argv)).toMatchObject(expected);
  });

  it.each([[[]], [['get', 'pods', '--help']], [['logs', '-h']], [['kubectl']]])('%j asks for help', (argv) => {
    expect(parseKubectl(argv)).toMatchObject({ ok: true, help: expect.any(String) });
  });
});
