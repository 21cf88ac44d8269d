// `podlab kubectl` call after call on one PODLAB_HOME, with a wall clock moved by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harness } from './helpers.js';

const POD = (name: string, image = 'nginx:1.25') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: app
    image: ${image}
`;
const HEADER = 'NAME   READY   STATUS    RESTARTS   AGE';

describe('podlab kubectl', () => {
  it('starts a clean store on the default cluster: three nodes, nothing else', async () => {
    const h = harness();
    const r = await h.kubectl('get nodes -o name');
    expect(r).toMatchObject({ code: 0, out: 'node/controlplane\nnode/node01\nnode/node02\n' });
    expect((await h.kubectl('get pods -A')).err).toContain('No resources found');
  });

  it('keeps the cluster between calls and runs it on the wall clock', async () => {
    const h = harness();
    expect(await h.kubectl('run web --image=nginx:1.25')).toMatchObject({ code: 0, out: 'pod/web created\n', err: '' });
    expect((await h.kubectl('get pods')).out).toBe(`${HEADER}\nweb    0/1     Pending   0          0s\n`);
    h.wall.ms += 60_000;
    expect((await h.kubectl('get pods')).out).toBe(`${HEADER}\nweb    1/1     Running   0          60s\n`);
  });

  it('scales wall time by the saved speed', async () => {
    const h = harness();
    expect((await h.clock('x10')).out).toContain('speed x10');
    await h.kubectl('run web --image=nginx:1.25');
    h.wall.ms += 6_000;
    expect((await h.kubectl('get pods')).out).toContain('web    1/1     Running   0          60s');
  });

  it('jumps ahead with podlab clock +D and shows the time it moved to', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    expect((await h.clock('+1m')).out).toBe('moved ahead 1m0s: cluster time 2025-01-01T09:01:00Z (age 1m0s)\n');
    expect((await h.kubectl('get pods')).out).toContain('web    1/1     Running   0          60s');
    expect((await h.clock()).out).toBe('cluster time 2025-01-01T09:01:00Z (age 1m0s), speed x1\n');
  });

  it.each([['-5m'], ['5m'], ['x'], ['+1m +2m']])('refuses clock %s as bad usage (exit 2)', async (args) => {
    const r = await harness().clock(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain('podlab clock [+DURATION | xSPEED]');
  });

  it('stops the clock at x0 until a jump', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    await h.clock('x0');
    h.wall.ms += 3_600_000;
    expect((await h.kubectl('get pods')).out).toContain('Pending');
    await h.clock('+1m');
    expect((await h.kubectl('get pods')).out).toContain('Running');
  });

  it('starts over on reset, keeping the speed', async () => {
    const h = harness();
    await h.clock('x10');
    await h.kubectl('run web --image=nginx:1.25');
    h.wall.ms += 10_000;
    expect(await h.kubectl('reset')).toMatchObject({ code: 0, out: 'cluster reset\n' });
    expect((await h.kubectl('get pods')).err).toContain('No resources found in default namespace.');
    expect((await h.clock()).out).toBe('cluster time 2025-01-01T09:00:10Z (age 0s), speed x10\n');
    expect((await h.kubectl('reset --all')).code).toBe(2);
  });

  it('answers in kubectl words with kubectl exit codes, and a hint after', async () => {
    const r = await harness().kubectl('get pod nope');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Error from server \(NotFound\): pods "nope" not found\nhint: .+\n$/);
  });

  it('gives the hint in Korean with --lang ko', async () => {
    expect((await harness().kubectl('get pod nope', { lang: 'ko' })).err).toMatch(/\n힌트: .+\n$/);
  });

  it('keeps one cluster per context and remembers the current one', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    expect((await h.kubectl('config use-context cluster2')).out).toBe('Switched to context "cluster2".\n');
    expect((await h.kubectl('config current-context')).out).toBe('cluster2\n');
    expect((await h.kubectl('get pods')).err).toContain('No resources found');
    await h.kubectl('run other --image=nginx:1.25');
    await h.kubectl('config use-context podlab');
    expect((await h.kubectl('get pods -o name')).out).toBe('pod/web\n');
  });

  it('refuses an unknown context and stays where it was', async () => {
    const h = harness();
    expect((await h.kubectl('config use-context nope')).code).toBe(1);
    expect((await h.kubectl('config current-context')).out).toBe('podlab\n');
  });

  it('waits out a delete without a terminal by moving the clock on', async () => {
    const h = harness();
    await h.kubectl('run sleeper --image=busybox -- sleep 3600');
    h.wall.ms += 30_000;
    expect((await h.kubectl('delete pod sleeper')).out).toBe('pod "sleeper" deleted\n');
    expect((await h.kubectl('get pod sleeper')).code).toBe(1);
    // busybox's shell ignores SIGTERM: the 30 s grace period runs out first.
    expect((await h.clock()).out).toContain('(age 1m0s)');
  });

  it('deletes with --wait=false at once, the Pod still Terminating', async () => {
    const h = harness();
    await h.kubectl('run sleeper --image=busybox -- sleep 3600');
    h.wall.ms += 30_000;
    await h.kubectl('delete pod sleeper --wait=false');
    expect((await h.kubectl('get pods')).out).toContain('Terminating');
  });
});

describe('podlab kubectl with files', () => {
  it('applies a file: created, then unchanged, then configured', async () => {
    const h = harness();
    writeFileSync(join(h.home, 'pod.yaml'), POD('web'));
    expect((await h.kubectl('apply -f pod.yaml')).out).toBe('pod/web created\n');
    expect((await h.kubectl('apply -f pod.yaml')).out).toBe('pod/web unchanged\n');
    writeFileSync(join(h.home, 'pod.yaml'), POD('web').replace('metadata:\n', 'metadata:\n  labels:\n    tier: front\n'));
    expect((await h.kubectl('apply -f pod.yaml')).out).toBe('pod/web configured\n');
  });

  it('reads a directory in name order, manifests only', async () => {
    const h = harness();
    mkdirSync(join(h.home, 'manifests'));
    writeFileSync(join(h.home, 'manifests', 'b.yaml'), POD('b'));
    writeFileSync(join(h.home, 'manifests', 'a.yml'), POD('a'));
    writeFileSync(join(h.home, 'manifests', 'notes.txt'), 'not a manifest');
    expect((await h.kubectl('create -f manifests')).out).toBe('pod/a created\npod/b created\n');
  });

  it('reads - from standard input', async () => {
    expect((await harness().kubectl('apply -f -', { stdin: POD('piped') })).out).toBe('pod/piped created\n');
  });

  it('resolves paths from the working directory', async () => {
    const h = harness();
    mkdirSync(join(h.home, 'work'));
    writeFileSync(join(h.home, 'work', 'pod.yaml'), POD('here'));
    expect((await h.kubectl('apply -f pod.yaml', { cwd: join(h.home, 'work') })).out).toBe('pod/here created\n');
  });

  it.each([
    ['a missing file', 'apply -f nope.yaml', () => undefined, 'error: the path "nope.yaml" does not exist\n'],
    ['a directory without manifests', 'apply -f empty', (home: string) => mkdirSync(join(home, 'empty')), 'error: error reading [empty]: recognized file extensions are [.json .yaml .yml]\n'],
    ['a YAML syntax error', 'apply -f bad.yaml', (home: string) => writeFileSync(join(home, 'bad.yaml'), 'kind: Pod\n  name: [x\n'), /^error: error parsing bad\.yaml: error converting YAML to JSON: yaml: line \d+: /],
    ['a URL (podlab is offline)', 'apply -f https://k8s.io/pod.yaml', () => undefined, 'error: Get "https://k8s.io/pod.yaml": dial tcp: lookup k8s.io: no such host\n'],
  ])('refuses %s in kubectl words (exit 1)', async (_what, words, setup, message) => {
    const h = harness();
    setup(h.home);
    const r = await h.kubectl(words);
    expect(r.code).toBe(1);
    if (typeof message === 'string') expect(r.err.startsWith(message)).toBe(true);
    else expect(r.err).toMatch(message);
  });

  it('reads --from-file for a ConfigMap', async () => {
    const h = harness();
    writeFileSync(join(h.home, 'app.conf'), 'level=debug\n');
    expect((await h.kubectl('create configmap app --from-file=app.conf')).out).toBe('configmap/app created\n');
    expect((await h.kubectl('get configmap app -o jsonpath={.data}')).out).toBe('{"app.conf":"level=debug\\n"}');
  });
});
