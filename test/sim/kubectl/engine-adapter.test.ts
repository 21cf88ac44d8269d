// kubectl over the real simulator engine: a pod goes from Pending to Running as time passes.
import { describe, expect, it } from 'vitest';
import { init, runUntil } from '../../../src/sim/index.js';
import { engineCluster, type EngineSession } from '../../../src/sim/kubectl/engine-adapter.js';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';

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
