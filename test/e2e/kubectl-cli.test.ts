import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, KEYS, startCli } from './pty.js';

// `podlab kubectl` used across separate processes of the built CLI, sharing one PODLAB_HOME, as
// a person types commands one after another in a shell.
const home = mkdtempSync(join(tmpdir(), 'podlab-kubectl-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const env = { PATH: process.env.PATH ?? '', HOME: home, PODLAB_HOME: join(home, 'store'), LANG: 'en_US.UTF-8' };

function podlab(args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: home, encoding: 'utf8', input: '', env: { ...env, ...extraEnv } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const k = (...args: string[]) => podlab(['kubectl', ...args]);
const noStack = /\n\s+at .+:\d+:\d+/;

describe('podlab kubectl across separate processes', () => {
  it('runs a pod: pod/web created', () => {
    expect(k('run', 'web', '--image=nginx:1.25')).toEqual({ code: 0, out: 'pod/web created\n', err: '' });
  });

  it('lists it in the next process, in kubectl\'s table', () => {
    const r = k('get', 'pods');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^NAME {3}READY {3}STATUS +RESTARTS {3}AGE\nweb {4}[01]\/1 {5}(Pending|ContainerCreating|Running) +0 +\d+s\n$/);
  });

  it('jumps the clock a minute, and the pod is Running', () => {
    expect(podlab(['clock', '+1m']).out).toMatch(/^moved ahead 1m0s: cluster time \S+Z \(age 1m\d+s\)\n$/);
    expect(k('get', 'pods').out).toMatch(/\nweb {4}1\/1 {5}Running {3}0 {10}\d+s\n$/);
  });

  it('applies a file twice: created, then unchanged', () => {
    writeFileSync(join(home, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n  - name: app\n    image: nginx:1.25\n');
    expect(k('apply', '-f', 'pod.yaml')).toEqual({ code: 0, out: 'pod/app created\n', err: '' });
    expect(k('apply', '-f', 'pod.yaml')).toEqual({ code: 0, out: 'pod/app unchanged\n', err: '' });
  });

  it('edits through $EDITOR', () => {
    const r = podlab(['kubectl', 'edit', 'pod', 'web'], { EDITOR: 'sed -i s/nginx:1.25/nginx:1.26/' });
    expect(r).toEqual({ code: 0, out: 'pod/web edited\n', err: '' });
    expect(k('get', 'pod', 'web', '-o', 'jsonpath={.spec.containers[0].image}').out).toBe('nginx:1.26');
  });

  it('deletes it: pod "web" deleted, and it is gone for the next process', () => {
    expect(k('delete', 'pod', 'web')).toEqual({ code: 0, out: 'pod "web" deleted\n', err: '' });
    expect(k('get', 'pods', '-o', 'name').out).toBe('pod/app\n');
  });

  it('answers NotFound in kubectl words with exit 1, then a hint', () => {
    const r = k('get', 'pod', 'nope');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^Error from server \(NotFound\): pods "nope" not found\nhint: .+\n$/);
    expect(r.err).not.toMatch(noStack);
  });

  it('starts over on reset', () => {
    expect(k('reset')).toEqual({ code: 0, out: 'cluster reset\n', err: '' });
    const r = k('get', 'pods');
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toContain('No resources found in default namespace.');
    expect(k('get', 'nodes', '-o', 'name').out).toBe('node/controlplane\nnode/node01\nnode/node02\n');
  });

  it.each([[['clock', '-5m']], [['kubectl', 'reset', 'now']]])('%j is bad usage: exit 2', (args) => {
    const r = podlab(args);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(noStack);
  });

  it('follows get -w in a terminal until Ctrl+C', async () => {
    expect(podlab(['clock', 'x20']).code).toBe(0);
    expect(k('run', 'watched', '--image=nginx:1.25').code).toBe(0);
    const s = startCli(['kubectl', 'get', 'pods', '-w'], { env: { ...env, CI: 'false' }, cwd: home, cols: 100 });
    try {
      await s.waitFor(/watched\s+1\/1\s+Running/, 15_000);
      await s.press(KEYS.ctrlC);
      expect(await s.exited).toBe(130);
    } finally {
      s.kill();
    }
  });
});
