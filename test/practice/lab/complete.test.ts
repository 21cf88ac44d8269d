// Tab completion at the Lab prompt, against a small engine cluster: `|` marks the cursor before
// Tab (in the input) and after it (in the expected line).
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { completeLine } from '../../../src/practice/lab/complete.js';
import { init } from '../../../src/sim/index.js';
import { engineCluster, runKubectl, type ExecEnv } from '../../../src/sim/kubectl/index.js';

const WEB = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  initContainers:
  - {name: init-db, image: busybox, command: [sh, -c, "true"]}
  - {name: log-shipper, image: busybox, restartPolicy: Always, command: [sleep, "3600"]}
  containers:
  - {name: web, image: nginx}
  - {name: metrics, image: busybox, command: [sleep, "3600"]}
`;

function lab() {
  const cluster = engineCluster({ state: init({ objects: [], startEpochMs: Date.UTC(2025, 0, 1) }, 1), commands: [] });
  const withFile: ExecEnv = { readManifests: () => ({ ok: true, documents: parseAllDocuments(WEB).map((d) => d.toJS()) }) };
  const setup: [readonly string[], ExecEnv][] = [
    [['create', 'namespace', 'dev'], {}],
    [['apply', '-f', 'web.yaml'], withFile],
    [['run', 'worker', '--image=busybox'], {}],
    [['run', 'db', '--image=postgres', '-n', 'dev'], {}],
    [['create', 'deployment', 'api', '--image=nginx'], {}],
  ];
  for (const [argv, env] of setup) expect(runKubectl(argv, cluster, env).exitCode).toBe(0);
  return cluster.view;
}

const view = lab();

/** Tab at the `|` of `marked`: the line with `|` at the new cursor, and the listed candidates. */
function tab(marked: string): [string, readonly string[]] {
  const cursor = marked.indexOf('|');
  const c = completeLine(marked.replace('|', ''), cursor, view, 'default');
  return [`${c.line.slice(0, c.cursor)}|${c.line.slice(c.cursor)}`, c.candidates];
}

const NAMESPACES = ['default', 'dev', 'kube-node-lease', 'kube-public', 'kube-system'];
const CONTAINERS = ['init-db', 'log-shipper', 'metrics', 'web'];
const NODES = ['controlplane', 'node01', 'node02'];

describe('completeLine', () => {
  it.each<[string, string, string, readonly string[]]>([
    // first word: kubectl, its alias and the lab commands
    ['an empty line lists every command', '|', '|', ['clear', 'clock', 'exit', 'fault', 'help', 'hint', 'k', 'kubectl', 'reset']],
    ['kubectl', 'kub|', 'kubectl |', []],
    ['two lab commands share a prefix', 'cl|', 'cl|', ['clear', 'clock']],
    ['a lab command', 'fa|', 'fault |', []],
    ['an unknown first word completes nothing', 'foo |', 'foo |', []],
    ['a lab command without arguments', 'hint |', 'hint |', []],
    // verbs and subcommands, from the parser's tables
    ['verbs after k', 'k de|', 'k de|', ['delete', 'describe']],
    ['a verb after kubectl', 'kubectl app|', 'kubectl apply |', []],
    ['create lists its sub-kinds', 'k create |', 'k create |', ['configmap', 'deployment', 'namespace', 'secret', 'service']],
    ['a create sub-kind', 'k create dep|', 'k create deployment |', []],
    ['create service lists its types', 'k create service n|', 'k create service nodeport |', []],
    ['set', 'k set |', 'k set |', ['image', 'resources']],
    ['config', 'k config |', 'k config |', ['current-context', 'get-contexts', 'use-context', 'view']],
    ['top', 'k top |', 'k top |', ['node', 'pod']],
    ['context names are not known', 'k config use-context |', 'k config use-context |', []],
    // resource types and names
    ['resource types by every name', 'k get po|', 'k get po|', ['po', 'pod', 'pods']],
    ['deploy, deployment, deployments', 'k describe dep|', 'k describe deploy|', ['deploy', 'deployment', 'deployments']],
    ['explain takes a type', 'k explain no|', 'k explain no|', ['no', 'node', 'nodes']],
    ['names after a type', 'k get pods w|', 'k get pods w|', ['web', 'worker']],
    ['one name', 'k delete pod wo|', 'k delete pod worker |', []],
    ['a deployment name', 'k get deploy |', 'k get deploy api |', []],
    ['node names are cluster-wide', 'k label node -n dev |', 'k label node -n dev |', NODES],
    ['TYPE/NAME names', 'k describe pod/w|', 'k describe pod/w|', ['pod/web', 'pod/worker']],
    ['one TYPE/NAME', 'k delete po/wo|', 'k delete po/worker |', []],
    ['an unknown type has no names', 'k get podz/|', 'k get podz/|', []],
    // the namespace in effect
    ['-n NS', 'k get pods -n dev |', 'k get pods -n dev db |', []],
    ['--namespace=NS', 'k get pods --namespace=dev d|', 'k get pods --namespace=dev db |', []],
    ['-n before the verb', 'k -n dev annotate po |', 'k -n dev annotate po db |', []],
    ['-A lists every namespace', 'k get pods -A d|', 'k get pods -A db |', []],
    ['other namespaces are not listed', 'k get pods d|', 'k get pods d|', []],
    ['-A for services', 'k get svc -A kube|', 'k get svc -A kube|', ['kube-dns', 'kubernetes']],
    ['namespace names after -n', 'k get pods -n |', 'k get pods -n |', NAMESPACES],
    ['namespace names after --namespace=', 'k get po --namespace=kube-p|', 'k get po --namespace=kube-public |', []],
    // logs, exec and containers
    ['logs takes a pod', 'k logs w|', 'k logs w|', ['web', 'worker']],
    ['logs pod/NAME', 'k logs pod/we|', 'k logs pod/web |', []],
    ['containers after the pod, sidecar and init too', 'k logs web |', 'k logs web |', CONTAINERS],
    ['containers after -c', 'k logs web -c |', 'k logs web -c |', CONTAINERS],
    ['containers after --container=', 'k logs web --container=l|', 'k logs web --container=log-shipper |', []],
    ['containers of a pod/NAME', 'k exec -it pod/web -c m|', 'k exec -it pod/web -c metrics |', []],
    ['exec takes a pod', 'k exec -it wo|', 'k exec -it worker |', []],
    ['nothing after --', 'k exec web -- |', 'k exec web -- |', []],
    ['top pod names', 'k top pod w|', 'k top pod w|', ['web', 'worker']],
    ['top node names', 'k top node node0|', 'k top node node0|', ['node01', 'node02']],
    ['cordon, uncordon and drain take node names', 'k drain node0|', 'k drain node0|', ['node01', 'node02']],
    ['cordon completes a node name', 'k cordon control|', 'k cordon controlplane |', []],
    // flags of the verb
    ['a bool flag', 'k get pods --show-l|', 'k get pods --show-labels |', []],
    ['a value flag keeps the cursor after =', 'k get pods --sort|', 'k get pods --sort-by=|', []],
    ['flags of logs', 'k logs web --pre|', 'k logs web --pre|', ['--prefix', '--previous']],
    ['get has no --prefix', 'k get pods --pre|', 'k get pods --pre|', []],
    ['delete has --all and --all-namespaces', 'k delete pods --all|', 'k delete pods --all|', ['--all', '--all-namespaces']],
    ['a short flag', 'k get pods -A|', 'k get pods -A |', []],
    // output formats
    ['-o formats for get', 'k get pods -o |', 'k get pods -o |', ['custom-columns=', 'json', 'jsonpath=', 'name', 'wide', 'yaml']],
    ['-o formats without tables', 'k create deploy x --image=y -o |', 'k create deploy x --image=y -o |', ['json', 'jsonpath=', 'name', 'yaml']],
    ['a format with an argument', 'k get pods -o jsonp|', 'k get pods -o jsonpath=|', []],
    ['--output=', 'k get pods --output=y|', 'k get pods --output=yaml |', []],
    ['the common prefix of formats', 'k get pods -o j|', 'k get pods -o json|', ['json', 'jsonpath=']],
    // the lab's own commands
    ['clock words', 'clock |', 'clock |', ['pause', 'play', 'x1', 'x10', 'x60']],
    ['one clock word', 'clock pa|', 'clock pause |', []],
    ['fault subcommands', 'fault |', 'fault |', ['http', 'kill', 'node', 'pressure', 'probe']],
    ['fault kill takes a pod', 'fault kill w|', 'fault kill w|', ['web', 'worker']],
    ['fault kill POD takes a container', 'fault kill web i|', 'fault kill web init-db |', []],
    ['fault probe POD takes a probe', 'fault probe web |', 'fault probe web |', ['liveness', 'readiness', 'startup']],
    ['fault http takes a pod', 'fault http we|', 'fault http web |', []],
    ['fault node takes a node', 'fault node |', 'fault node |', NODES],
    ['fault node NODE takes down or up', 'fault node node01 d|', 'fault node node01 down |', []],
    ['fault pressure NODE takes on or off', 'fault pressure node02 |', 'fault pressure node02 o|', ['off', 'on']],
    ['nothing past the last argument', 'fault http web |', 'fault http web |', []],
    // the cursor in the middle, and quoting
    ['text after the cursor is kept', 'k get pods -n dev d| -o wide', 'k get pods -n dev db |-o wide', []],
    ['the word before the cursor is completed', 'k desc|ribe', 'k describe |ribe', []],
    ['candidates keep the text after the cursor', 'k get pods w| -o name', 'k get pods w| -o name', ['web', 'worker']],
    ['an open single quote', "k get pods 'w|", "k get pods 'w|", []],
    ['an open double quote', 'k label pod web "a=|', 'k label pod web "a=|', []],
    ['a closed quote earlier on the line', "k get pods -l 'app in (a, b)' wo|", "k get pods -l 'app in (a, b)' worker |", []],
    ['a quoted word is left alone', 'k get pods "we"|', 'k get pods "we"|', []],
    ['a trailing backslash', 'k get pods w\\|', 'k get pods w\\|', []],
    ['a prototype key is no command', 'k constructor -|', 'k constructor -|', []],
    ['a command podlab does not simulate', 'k rollout status deploy/|', 'k rollout status deploy/|', []],
  ])('%s', (_what, input, line, candidates) => {
    expect(tab(input)).toEqual([line, candidates]);
  });

  it('lists the verbs and the global flags from the parser tables', () => {
    expect(tab('k |')[1]).toEqual(expect.arrayContaining(['get', 'describe', 'logs', 'exec', 'api-resources']));
    expect(tab('k logs web -|')[1]).toEqual(expect.arrayContaining(['-c', '--container=', '-f', '--follow', '-n', '--namespace=']));
  });

  it('lists resource types in their plural, singular and short forms', () => {
    expect(tab('k get |')[1]).toEqual(expect.arrayContaining(['pods', 'pod', 'po', 'nodes', 'deployments', 'deploy', 'svc', 'cm', 'rs']));
  });
});
