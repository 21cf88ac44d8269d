import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../../../src/sim/scenario/index.js';

const NS = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];
const decode = (doc: Record<string, unknown>) => decodeScenario({ apiVersion: 'podlab.dev/v1', kind: 'Scenario', ...doc }, { namespaces: NS, rng: 1 });
const action = (a: Record<string, unknown>) => decode({ actions: [a] });

describe('decodeScenario: images', () => {
  it('reads every field of an image and its behaviour', () => {
    const d = decode({
      images: [{
        image: 'shop/checkout:2.0', size: '45Mi', pullTime: '3s', entrypoint: ['/checkout'], cmd: ['--port', 8080],
        env: { MODE: 'prod', WORKERS: 4 }, stopSignal: 'SIGINT', userland: 'gnu',
        behavior: {
          logs: [{ after: '1s', text: 'listening', stream: 'stderr' }],
          repeat: { every: '10s', text: 'tick', start: 5 },
          listen: [{ port: 8080, after: '2s', http: [{ path: '/healthz', status: 200, body: 'ok', from: '0s', until: '1m' }] }, { port: 9000 }],
          memory: { size: '64Mi', after: '1s', growPerSecond: '1Mi' },
          cpu: '250m',
          exit: { after: '5m', code: 3 },
          signals: { SIGTERM: { exitCode: 0, after: '2s', logs: [{ text: 'bye' }] } },
        },
      }],
    });
    expect(d.problems).toEqual([]);
    expect(d.scenario.images).toEqual([{
      image: 'shop/checkout:2.0', sizeBytes: 47185920, pullMs: 3000, entrypoint: ['/checkout'], cmd: ['--port', '8080'],
      env: { MODE: 'prod', WORKERS: '4' }, stopSignal: 'SIGINT', userland: 'gnu',
      behaviour: {
        logs: [{ afterMs: 1000, text: 'listening', stream: 'stderr' }],
        repeat: { everyMs: 10000, text: 'tick', startMs: 5000 },
        listen: [
          { port: 8080, afterMs: 2000, http: { kind: 'routes', routes: [{ path: '/healthz', status: 200, body: 'ok', fromMs: 0, untilMs: 60000 }] } },
          { port: 9000 },
        ],
        memory: { bytes: 67108864, afterMs: 1000, growBytesPerSecond: 1048576 },
        cpuMilli: 250,
        exit: { afterMs: 300000, code: 3 },
        signals: { SIGTERM: { exitCode: 0, afterMs: 2000, logs: [{ afterMs: 0, text: 'bye' }] } },
      },
    }]);
  });

  it('gives an image without behavior a quiet program', () => {
    expect(decode({ images: [{ image: 'app' }] }).scenario.images).toEqual([{ image: 'app', behaviour: {} }]);
  });
});

describe('decodeScenario: faults', () => {
  it.each([
    [{ type: 'killContainer', pod: 'web' }, { type: 'killContainer', target: { pod: 'web' } }],
    [{ type: 'killContainer', pod: 'web', namespace: 'dev', container: 'app', signal: 'SIGTERM' }, { type: 'killContainer', target: { pod: 'web', namespace: 'dev', container: 'app' }, signal: 'SIGTERM' }],
    [{ type: 'httpFail', pod: 'web', path: '/healthz', port: 8080, status: 500 }, { type: 'httpFail', target: { pod: 'web' }, path: '/healthz', port: 8080, status: 500 }],
    [{ type: 'probeFail', pod: 'web', probe: 'liveness', for: '30s' }, { type: 'probeFail', target: { pod: 'web' }, probe: 'liveness', until: 90000 }],
    [{ type: 'probeFail', pod: 'web', probe: 'readiness' }, { type: 'probeFail', target: { pod: 'web' }, probe: 'readiness' }],
    [{ type: 'nodeDown', node: 'node01' }, { type: 'nodeDown', node: 'node01' }],
    [{ type: 'nodeUp', node: 'node01' }, { type: 'nodeUp', node: 'node01' }],
    [{ type: 'memoryPressure', node: 'node02', available: '20Mi' }, { type: 'memoryPressure', node: 'node02', availableBytes: 20971520 }],
    [{ type: 'memoryRelief', node: 'node02' }, { type: 'memoryRelief', node: 'node02' }],
  ])('%j at 60s', (fault, expected) => {
    const d = action({ at: '60s', fault });
    expect(d.problems).toEqual([]);
    expect(d.scenario.actions).toEqual([{ at: 60000, command: { kind: 'fault', fault: expected } }]);
  });

  it('describes each action for the run summary', () => {
    const d = decode({ actions: [{ at: 1, fault: { type: 'killContainer', pod: 'web', container: 'app', namespace: 'dev' } }, { at: 2, fault: { type: 'nodeDown', node: 'n1' } }, { at: 3, kubectl: 'delete pod web' }] });
    expect(d.timeline).toEqual([
      { at: 1000, text: 'fault killContainer pod/web (app) -n dev' },
      { at: 2000, text: 'fault nodeDown node/n1' },
      { at: 3000, text: 'delete pod web' },
    ]);
  });
});

describe('decodeScenario: kubectl actions', () => {
  const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'app', image: 'nginx:1.25' }] } });

  it.each([
    ['kubectl delete pod web', [{ kind: 'delete', ref: { kind: 'Pod', name: 'web' } }]],
    ['delete pod a b', [{ kind: 'delete', ref: { kind: 'Pod', name: 'a' } }, { kind: 'delete', ref: { kind: 'Pod', name: 'b' } }]],
    ['kubectl delete po/web --grace-period=0 --force', [{ kind: 'delete', ref: { kind: 'Pod', name: 'web' }, gracePeriodSeconds: 0, force: true }]],
    ['kubectl -n shop delete pod web --now', [{ kind: 'delete', ref: { kind: 'Pod', name: 'web', namespace: 'shop' }, gracePeriodSeconds: 1 }]],
    ['kubectl scale deployment web --replicas=3', [{ kind: 'scale', ref: { kind: 'Deployment', name: 'web' }, replicas: 3 }]],
    ['kubectl label pod web tier=front old-', [{ kind: 'label', ref: { kind: 'Pod', name: 'web' }, changes: { tier: 'front', old: null }, overwrite: false }]],
    ['kubectl annotate pod web note="a b" --overwrite', [{ kind: 'annotate', ref: { kind: 'Pod', name: 'web' }, changes: { note: 'a b' }, overwrite: true }]],
    ['kubectl set image deployment/web app=nginx:1.26', [{ kind: 'setImage', ref: { kind: 'Deployment', name: 'web' }, images: { app: 'nginx:1.26' } }]],
    ['kubectl set resources deployment web -c app --limits=memory=256Mi', [{ kind: 'setResources', ref: { kind: 'Deployment', name: 'web' }, container: 'app', limits: { memory: '256Mi' } }]],
    ['kubectl exec web -- rm /tmp/healthy', [{ kind: 'exec', target: { pod: 'web' }, command: ['rm', '/tmp/healthy'] }]],
    ['kubectl exec -n dev pod/web -c app -- sh -c "echo hi > /tmp/x"', [{ kind: 'exec', target: { pod: 'web', container: 'app', namespace: 'dev' }, command: ['sh', '-c', 'echo hi > /tmp/x'] }]],
  ])('%s', (line, commands) => {
    const d = action({ at: 10, kubectl: line });
    expect(d.problems).toEqual([]);
    expect(d.scenario.actions).toEqual(commands.map((command) => ({ at: 10000, command })));
  });

  it.each([
    ['one object', pod('a'), ['a']],
    ['a list of objects', [pod('a'), pod('b')], ['a', 'b']],
    ['a kind: List', { apiVersion: 'v1', kind: 'List', items: [pod('a'), pod('b')] }, ['a', 'b']],
  ])('applies %s from stdin, admitted and defaulted', (_, stdin, names) => {
    const d = action({ at: 5, kubectl: 'kubectl apply -f -', stdin });
    expect(d.problems).toEqual([]);
    expect((d.scenario.actions ?? []).map((a) => a.command.kind === 'apply' && a.command.object.metadata.name)).toEqual(names);
    const first = (d.scenario.actions ?? [])[0].command;
    expect(first.kind === 'apply' && first.object.kind === 'Pod' && first.object.spec.restartPolicy).toBe('Always');
  });

  it.each([
    ['kubectl create -f -', 'create'],
    ['kubectl replace --force -f -', 'replace'],
  ])('%s', (line, kind) => {
    const d = action({ at: 5, kubectl: line, stdin: pod('a') });
    expect((d.scenario.actions ?? [])[0].command).toMatchObject(kind === 'replace' ? { kind, force: true } : { kind });
  });

  it.each([
    ['kubectl run web --image=nginx:1.25 --restart=Never', { kind: 'Pod', metadata: { name: 'web', labels: { run: 'web' } }, spec: { restartPolicy: 'Never' } }],
    ['kubectl create deployment web --image=nginx --replicas=2', { kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2 } }],
    ['kubectl create configmap cfg --from-literal=mode=fast', { kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { mode: 'fast' } }],
    ['kubectl create namespace dev', { kind: 'Namespace', metadata: { name: 'dev' } }],
  ])('%s creates what kubectl would build', (line, object) => {
    const d = action({ at: 5, kubectl: line });
    expect(d.problems).toEqual([]);
    expect((d.scenario.actions ?? [])[0].command).toMatchObject({ kind: 'create', object });
  });

  it('lets later objects use a namespace the Scenario creates', () => {
    const inDev = { ...pod('a'), metadata: { name: 'a', namespace: 'dev' } };
    const d = decode({ actions: [{ at: 1, kubectl: 'kubectl create namespace dev' }, { at: 2, kubectl: 'kubectl apply -f -', stdin: inDev }] });
    expect(d.problems).toEqual([]);
    expect(d.scenario.actions).toHaveLength(2);
  });

  it.each([
    ['kubectl get pods', 'readOnly'],
    ['kubectl logs web', 'readOnly'],
    ['kubectl delete pods -l app=web', 'notInScenario'],
    ['kubectl exec deploy/web -- rm /tmp/healthy', 'notInScenario'],
    ['kubectl run x --image=nginx --dry-run=client', 'dryRun'],
  ])('%s changes nothing and says why (%s)', (line, key) => {
    const d = action({ at: 5, kubectl: line });
    expect(d.problems).toEqual([]);
    expect(d.scenario.actions).toEqual([]);
    expect(d.notes).toEqual([{ key, vars: { command: line }, path: 'actions[0].kubectl', at: 5000 }]);
  });
});

describe('decodeScenario: problems', () => {
  it.each([
    [{ actions: [{ kubectl: 'kubectl delete pod web' }] }, 'actions[0].at', 'actions[0].at: Required value'],
    [{ actions: [{ at: '5x', kubectl: 'kubectl delete pod web' }] }, 'actions[0].at', 'actions[0].at: Invalid value: "5x": must be a duration such as 90, 90s, 5m or 1h30m'],
    [{ actions: [{ at: 1 }] }, 'actions[0].kubectl', 'actions[0].kubectl: Required value: an action needs kubectl (a command line) or fault'],
    [{ actions: [{ at: 1, kubectl: 'delete pod a', fault: { type: 'nodeDown', node: 'x' } }] }, 'actions[0]', 'actions[0]: Invalid value: {...}: set kubectl or fault, not both'],
    [{ actions: [{ at: 1, fault: { type: 'nodeDown', node: 'x' }, stdin: {} }] }, 'actions[0].stdin', 'actions[0].stdin: Forbidden: stdin goes with kubectl, not with fault'],
    [{ actions: [{ at: 1, kubectl: 'kubectl scale deploy web' }] }, 'actions[0].kubectl', 'actions[0].kubectl: Invalid value: "kubectl scale deploy web": required flag(s) "replicas" not set'],
    [{ actions: [{ at: 1, kubectl: 'kubectl apply -f pod.yaml' }] }, 'actions[0].kubectl', 'actions[0].kubectl: Invalid value: "kubectl apply -f pod.yaml": a Scenario cannot read files (pod.yaml): write the objects under stdin: and use -f -'],
    [{ actions: [{ at: 1, kubectl: 'kubectl apply -f -' }] }, 'actions[0].kubectl', 'actions[0].kubectl: Invalid value: "kubectl apply -f -": no objects passed to apply'],
    [{ actions: [{ at: 1, kubectl: "kubectl delete pod 'web" }] }, 'actions[0].kubectl', 'actions[0].kubectl: Invalid value: "kubectl delete pod \'web": cannot split the command line: unterminated single quote'],
    [{ actions: [{ at: 1, fault: { type: 'probeFail', pod: 'web', probe: 'sometimes' } }] }, 'actions[0].fault.probe', 'actions[0].fault.probe: Unsupported value: "sometimes": supported values: "liveness", "readiness", "startup"'],
    [{ actions: [{ at: 1, fault: { type: 'httpFail', pod: 'web', status: 99 } }] }, 'actions[0].fault.status', 'actions[0].fault.status: Invalid value: 99: must be between 100 and 599, inclusive'],
    [{ actions: [{ at: 1, fault: { type: 'nodeDown', node: 'x', pod: 'web' } }] }, 'actions[0].fault.pod', 'unknown field "actions[0].fault.pod"'],
    [{ actions: [{ at: 1, fault: 'nodeDown' }] }, 'actions[0].fault', 'actions[0].fault: Invalid value: "nodeDown": must be a mapping'],
    [{ images: [{ image: 'Shop/App' }] }, 'images[0].image', 'images[0].image: Invalid value: "Shop/App": must be an image reference such as shop/checkout:2.0'],
    [{ images: [{ image: 'a', size: '1gb' }] }, 'images[0].size', 'images[0].size: Invalid value: "1gb": quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\''],
    [{ images: [{ image: 'a', behavior: { listen: [{ port: 70000 }] } }] }, 'images[0].behavior.listen[0].port', 'images[0].behavior.listen[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    [{ images: [{ image: 'a', behavior: { signals: { SIGFOO: { exitCode: 0 } } } }] }, 'images[0].behavior.signals.SIGFOO', 'unknown field "images[0].behavior.signals.SIGFOO"'],
    [{ images: [{ image: 'a', behavior: { memory: {} } }] }, 'images[0].behavior.memory.size', 'images[0].behavior.memory.size: Required value'],
    [{ images: 'a' }, 'images', 'images: Invalid value: "a": must be a list'],
    [{ spec: {} }, 'spec', 'unknown field "spec"'],
  ])('%j', (doc, path, message) => {
    expect(decode(doc).problems).toEqual([{ path, message }]);
  });

  it('points at the line for an object kubectl built from it', () => {
    const d = action({ at: 1, kubectl: 'kubectl run Web --image=nginx' });
    expect(d.problems.map((p) => p.path)).toEqual(['actions[0].kubectl', 'actions[0].kubectl']);
    expect(d.problems.map((p) => p.message.split(':')[0])).toEqual(['metadata.name', 'spec.containers[0].name']);
  });

  it('points into stdin for an object the API server refuses', () => {
    const bad = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', namespace: 'nowhere' }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
    const d = decode({ actions: [{ at: 1, kubectl: 'kubectl apply -f -', stdin: [bad, { ...bad, metadata: { name: 'b' }, spec: { containers: [{ name: 'app', imagee: 'x' }] } }] }] });
    expect(d.problems).toEqual([
      { path: 'actions[0].stdin[0].metadata.namespace', message: 'namespaces "nowhere" not found' },
      { path: 'actions[0].stdin[1].spec.containers[0].imagee', message: 'unknown field "spec.containers[0].imagee"' },
    ]);
  });
});
