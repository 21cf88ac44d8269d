// Behaviour of commands that talk to the cluster, against the in-memory fake.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { ClusterView } from '../../../src/sim/kubectl/cluster.js';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';
import type { ExecEnv } from '../../../src/sim/kubectl/execute/types.js';
import { fakeCluster } from './fake-cluster.js';
import { WRITE_FILES } from './capture-cases.js';

const env: ExecEnv = {
  readManifests: (path) => (path in WRITE_FILES ? { ok: true, documents: parseAllDocuments(WRITE_FILES[path]).map((d) => d.toJS()) } : { ok: false, error: `the path "${path}" does not exist` }),
};

describe('logs', () => {
  it.each([
    [['logs', 'crash', '-p', '-c', 'app', '--tail=1'], 'fatal: config missing\n', ''],
    [['logs', 'web', '--timestamps'], '2025-01-01T00:09:00.000000000Z 10.244.0.1 - - [01/Jan/2025:00:05:00 +0000] "GET / HTTP/1.1" 200 615\n', ''],
    [['logs', 'web', '-p'], '', 'Error from server (BadRequest): previous terminated container "nginx" in pod "web" not found\n'],
    [['logs', 'big'], '', ''],
    [['logs', 'deploy/nope'], '', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
    [['logs', 'crash', '--all-containers', '--prefix'], '[pod/crash/app] starting\n', ''],
  ])('%j', (argv, stdout, stderr) => {
    const out = runKubectl(argv, fakeCluster(), {});
    expect({ stdout: out.stdout, stderr: out.stderr }).toEqual({ stdout, stderr });
  });
});

describe('exec', () => {
  it('prints the command output and passes a failing exit code on', () => {
    const cluster = fakeCluster(undefined, (cmd) => ({ stdout: `ran ${cmd.join(' ')}\n`, stderr: '', exitCode: cmd[0] === 'false' ? 1 : 0 }));
    expect(runKubectl(['exec', 'web', '--', 'cat', '/tmp/x'], cluster, {})).toMatchObject({ stdout: 'ran cat /tmp/x\n', stderr: '', exitCode: 0 });
    expect(runKubectl(['exec', 'web', '--', 'false'], cluster, {})).toMatchObject({ stderr: 'command terminated with exit code 1\n', exitCode: 1 });
    expect(cluster.calls.at(-1)).toEqual({ action: 'exec', args: ['default', 'web', 'nginx', ['false']] });
  });

  it.each([
    [['exec', 'crash', '--', 'ls'], 'Defaulted container "app" out of: app, init-db (init), log-shipper (init)\nerror: unable to upgrade connection: container not found ("app")\n'],
    [['exec', 'big', '--', 'ls'], 'error: unable to upgrade connection: container not found ("big")\n'],
    [['exec', 'nope', '--', 'ls'], 'Error from server (NotFound): pods "nope" not found\n'],
  ])('%j is refused', (argv, stderr) => {
    expect(runKubectl(argv, fakeCluster(), {})).toMatchObject({ stderr, exitCode: 1 });
  });
});

describe('apply and create from files', () => {
  it('apply creates, then leaves an unchanged object alone', () => {
    const cluster = fakeCluster();
    expect(runKubectl(['apply', '-f', 'new.yaml'], cluster, env).stdout).toBe('pod/new created\n');
    expect(runKubectl(['apply', '-f', 'new.yaml'], cluster, env).stdout).toBe('pod/new unchanged\n');
    const sent = cluster.calls.find((c) => c.action === 'apply')?.args[0] as { metadata: { annotations: Record<string, string>; namespace: string } };
    expect(sent.metadata.namespace).toBe('default');
    expect(sent.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      '{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"new","namespace":"default"},"spec":{"containers":[{"image":"nginx","name":"app"}]}}\n');
  });

  it('a strict-decoding error names the file and the field', () => {
    const out = runKubectl(['apply', '-f', 'typo.yaml'], fakeCluster(), env);
    expect(out.stderr).toBe('Error from server (BadRequest): error when creating "typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolicyy"\n');
  });

  it('-n must agree with the namespace in the file', () => {
    const files: ExecEnv = { readManifests: () => ({ ok: true, documents: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'prod' } }] }) };
    expect(runKubectl(['create', '-f', 'c.yaml', '-n', 'dev'], fakeCluster(), files).stderr)
      .toBe("error: the namespace from the provided object \"prod\" does not match the namespace \"dev\". You must pass '--namespace=prod' to perform this operation.\n");
  });
});

describe('delete', () => {
  it('reports what it waits for', () => {
    const out = runKubectl(['delete', 'pod', 'web'], fakeCluster(), {});
    expect(out.waitFor).toEqual([{ kind: 'Pod', namespace: 'default', name: 'web' }]);
  });

  it('passes the grace period on', () => {
    const cluster = fakeCluster();
    runKubectl(['delete', 'pod', 'web', '--force', '--grace-period=0', '--wait=false'], cluster, {});
    expect(cluster.calls).toEqual([{ action: 'delete', args: ['Pod', 'default', 'web', { gracePeriodSeconds: 0 }] }]);
  });
});

describe('namespaces and contexts', () => {
  const contexts: ExecEnv = { contexts: [{ name: 'a', cluster: 'c', user: 'u' }, { name: 'b', cluster: 'c', user: 'u', namespace: 'empty' }], currentContext: 'b' };

  it('the current context sets the namespace', () => {
    expect(runKubectl(['get', 'pods'], fakeCluster(), contexts).stderr).toBe('No resources found in empty namespace.\n');
  });

  it('use-context hands the new context to the shell', () => {
    expect(runKubectl(['config', 'use-context', 'a'], fakeCluster(), contexts)).toMatchObject({ stdout: 'Switched to context "a".\n', useContext: 'a' });
  });
});

describe('top', () => {
  const view: ClusterView = {
    ...fakeCluster().view,
    podUsage: (ns, pod) => (pod === 'web' ? [{ container: 'nginx', usage: { cpu: '3m', memory: '12Mi' } }] : undefined),
    nodeUsage: () => ({ cpu: '250m', memory: '1Gi' }),
  };
  it.each([
    [['top', 'pods'], 'NAME   CPU(cores)   MEMORY(bytes)   \nweb    3m           12Mi            \n'],
    [['top', 'pod', '--containers'], 'POD   NAME    CPU(cores)   MEMORY(bytes)   \nweb   nginx   3m           12Mi            \n'],
    [['top', 'nodes'], 'NAME     CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   \nnode01   250m         12%      1024Mi          25%         \n'],
  ])('%j', (argv, stdout) => {
    expect(runKubectl(argv, { view, actions: fakeCluster().actions }, {}).stdout).toBe(stdout);
  });

  it('without metrics answers like kubectl', () => {
    expect(runKubectl(['top', 'pods'], fakeCluster(), {})).toMatchObject({ stderr: 'error: Metrics API not available\n', exitCode: 1 });
  });
});

describe('edit', () => {
  it('offers the object as YAML and saves a changed copy', () => {
    const cluster = fakeCluster();
    const out = runKubectl(['edit', 'cm', 'app-config'], cluster, {});
    expect(out.edit?.text.split('\n').slice(0, 5).join('\n')).toBe("# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\napiVersion: v1");
    const [doc] = parseAllDocuments(out.edit?.text ?? '').map((d) => d.toJS() as { data: Record<string, string> });
    expect(out.edit?.finish([doc], cluster)).toMatchObject({ stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 });
    doc.data['app.conf'] = 'listen 8080;\n';
    expect(out.edit?.finish([doc], cluster)).toMatchObject({ stdout: 'configmap/app-config edited\n', exitCode: 0 });
  });
});
