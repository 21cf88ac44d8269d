// kubectl over the real simulator engine: a pod goes from Pending to Running as time passes.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { apply, init, runUntil } from '../../../src/sim/index.js';
import { engineCluster, type EngineSession } from '../../../src/sim/kubectl/engine-adapter.js';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';
import type { ExecEnv } from '../../../src/sim/kubectl/index.js';

const START = Date.UTC(2025, 0, 1);

function session(): EngineSession {
  return { state: init({ objects: [], startEpochMs: START }, 1), commands: [] };
}

describe('kubectl over the engine', () => {
  it('runs a pod, lists it as it starts, and records the command', () => {
    const s = session();
    const cluster = engineCluster(s);
    expect(runKubectl(['run', 'web', '--image=nginx'], cluster, {})).toMatchObject({ stdout: 'pod/web created\n', exitCode: 0 });
    expect(s.commands.map((c) => c.kind)).toEqual(['create']);
    expect(runKubectl(['get', 'pods'], cluster, {}).stdout).toMatch(/^NAME {3}READY {3}STATUS {4}RESTARTS {3}AGE\nweb {4}0\/1 {5}Pending {3}0 {10}0s\n$/);
    [s.state] = runUntil(s.state, 60_000);
    expect(runKubectl(['get', 'pod', 'web', '-o', 'jsonpath={.status.phase}'], cluster, {}).stdout).toBe('Running');
    expect(runKubectl(['describe', 'pod', 'web'], cluster, {}).stdout).toContain('Successfully assigned default/web to');
  });

  it('refuses a second pod of the same name in kubectl words', () => {
    const cluster = engineCluster(session());
    runKubectl(['run', 'web', '--image=nginx'], cluster, {});
    expect(runKubectl(['run', 'web', '--image=nginx'], cluster, {})).toMatchObject({ stderr: 'Error from server (AlreadyExists): pods "web" already exists\n', exitCode: 1 });
  });

  it('labels through the engine label command', () => {
    const s = session();
    const cluster = engineCluster(s);
    runKubectl(['run', 'web', '--image=nginx'], cluster, {});
    expect(runKubectl(['label', 'pod', 'web', 'tier=fe'], cluster, {}).stdout).toBe('pod/web labeled\n');
    expect(s.commands.at(-1)).toMatchObject({ kind: 'label', changes: { tier: 'fe' } });
    expect(runKubectl(['get', 'pods', '--show-labels', '-o', 'name'], cluster, {}).stdout).toBe('pod/web\n');
  });
});

/** `-f FILE` reads this manifest. */
const withFile = (yaml: string): ExecEnv => ({ readManifests: () => ({ ok: true, documents: parseAllDocuments(yaml).map((d) => d.toJS()) }) });

describe('kubectl writes go through the API server path (defaults, admission, validation)', () => {
  it('rolls out a Deployment made by create deployment: it gets defaults and a status', () => {
    const s = session();
    const cluster = engineCluster(s);
    expect(runKubectl(['create', 'deployment', 'api', '--image=nginx:1.25', '--replicas=2'], cluster, {}).exitCode).toBe(0);
    [s.state] = runUntil(s.state, 60_000);
    expect(runKubectl(['get', 'deploy', 'api', '-o', 'jsonpath={.status.readyReplicas}/{.spec.replicas} {.spec.strategy.type}'], cluster, {}).stdout)
      .toBe('2/2 RollingUpdate');
    expect(runKubectl(['get', 'deployments'], cluster, {}).stdout).toMatch(/\napi +2\/2 +2 +2 +60s\n$/);
  });

  it.each([
    ['imagePullPolicy', '{.spec.containers[0].imagePullPolicy}', 'IfNotPresent'],
    ['the token volume', '{.spec.volumes[0].name}', /^kube-api-access-[a-z0-9]{5}$/],
    ['default tolerations', '{.spec.tolerations[0].tolerationSeconds}', '300'],
  ])('stores a pod from kubectl run with %s', (_what, path, want) => {
    const cluster = engineCluster(session());
    runKubectl(['run', 'web', '--image=nginx:1.25'], cluster, {});
    expect(runKubectl(['get', 'pod', 'web', '-o', `jsonpath=${path}`], cluster, {}).stdout).toMatch(want);
  });

  it('refuses an invalid manifest with the API server\'s validation error', () => {
    const cluster = engineCluster(session());
    const bad = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - {name: web, image: nginx}\n';
    const r = runKubectl(['apply', '-f', 'pod.yaml'], cluster, withFile(bad));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('The Pod "web" is invalid: spec.restartPolicy: Unsupported value: "Sometimes"');
    expect(cluster.view.get('Pod', 'default', 'web')).toBeUndefined();
  });

  it('applies the same pod manifest again as unchanged, and an image change as configured', () => {
    const cluster = engineCluster(session());
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: web, image: "nginx:1.25"}\n';
    expect(runKubectl(['apply', '-f', 'pod.yaml'], cluster, withFile(pod)).stdout).toBe('pod/web created\n');
    expect(runKubectl(['apply', '-f', 'pod.yaml'], cluster, withFile(pod)).stdout).toBe('pod/web unchanged\n');
    expect(runKubectl(['apply', '-f', 'pod.yaml'], cluster, withFile(pod.replace('1.25', '1.26'))).stdout).toBe('pod/web configured\n');
  });

  it('replays its command log to the same state', () => {
    const s = session();
    const cluster = engineCluster(s);
    runKubectl(['create', 'deployment', 'api', '--image=nginx:1.25', '--replicas=2'], cluster, {});
    runKubectl(['run', 'web', '--image=nginx:1.25'], cluster, {});
    let again = init({ objects: [], startEpochMs: START }, 1);
    for (const command of s.commands) [again] = apply(again, JSON.parse(JSON.stringify(command)));
    expect(JSON.stringify([...again.store.objects.get('Pod')!.values()])).toBe(JSON.stringify([...s.state.store.objects.get('Pod')!.values()]));
  });
});
