import { describe, expect, it } from 'vitest';
import { CATALOG, containerArgv, containerEnv, expandKubeVars, parseImageRef, resolveImage } from '../../src/sim/images/index.js';

describe('parseImageRef', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', 'latest', 'docker.io/library/nginx:latest'],
    ['nginx:1.25', 'docker.io', 'library/nginx', '1.25', 'docker.io/library/nginx:1.25'],
    ['docker.io/library/nginx:1.25', 'docker.io', 'library/nginx', '1.25', 'docker.io/library/nginx:1.25'],
    ['index.docker.io/library/nginx', 'docker.io', 'library/nginx', 'latest', 'docker.io/library/nginx:latest'],
    ['polinux/stress', 'docker.io', 'polinux/stress', 'latest', 'docker.io/polinux/stress:latest'],
    ['registry.k8s.io/busybox:1.27.2', 'registry.k8s.io', 'busybox', '1.27.2', 'registry.k8s.io/busybox:1.27.2'],
    ['gcr.io/google-containers/busybox', 'gcr.io', 'google-containers/busybox', 'latest', 'gcr.io/google-containers/busybox:latest'],
    ['localhost:5000/app:v1', 'localhost:5000', 'app', 'v1', 'localhost:5000/app:v1'],
    ['localhost/app', 'localhost', 'app', 'latest', 'localhost/app:latest'],
  ])('%s → %s / %s : %s', (raw, registry, repository, tag, full) => {
    expect(parseImageRef(raw)).toMatchObject({ registry, repository, tag, full });
  });

  it('keeps a digest and adds no tag', () => {
    const digest = 'sha256:' + 'a'.repeat(64);
    expect(parseImageRef(`nginx@${digest}`)).toEqual({ raw: `nginx@${digest}`, registry: 'docker.io', repository: 'library/nginx', digest, full: `docker.io/library/nginx@${digest}` });
  });

  it.each([
    ['NGINX', 'invalid reference format: repository name (library/NGINX) must be lowercase'],
    ['nginx:', 'invalid reference format'],
    ['nginx:1.25:x', 'invalid reference format'],
    ['-nginx', 'invalid reference format'],
    ['nginx@sha256:xyz', 'invalid reference format'],
    ['a'.repeat(64).replace(/a/g, 'f'), `invalid repository name (${'f'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
  ])('%s is invalid: %s', (raw, error) => {
    expect(parseImageRef(raw)).toEqual({ error });
  });
});

describe('resolveImage', () => {
  it.each([
    ['busybox', 'busybox', '1.37.0'],
    ['busybox:1.28', 'busybox', '1.28.4'],
    ['busybox:1.36', 'busybox', '1.36.1'],
    ['registry.k8s.io/busybox', 'busybox', '1.24.0'],
    ['k8s.gcr.io/busybox:1.27.2', 'busybox', '1.27.2'],
    ['gcr.io/google-containers/busybox', 'busybox', '1.24.0'],
    ['docker.io/library/nginx:1.25', 'nginx', '1.25.5'],
    ['nginx:latest', 'nginx', '1.27.3'],
    ['nginx:alpine', 'nginx', '1.27.3'],
    ['nginx:1.14.2', 'nginx', '1.14.2'],
    ['httpd:2.4', 'httpd', '2.4.62'],
    ['alpine:3.19', 'alpine', '3.19.4'],
    ['redis', 'redis', '7.4.1'],
    ['mysql:8.0', 'mysql', '8.0.40-1.el9'],
    ['postgres:16', 'postgres', '16.6'],
    ['polinux/stress', 'stress', '1.0.4'],
    ['registry.k8s.io/pause:3.9', 'pause', '3.9'],
    ['k8s.gcr.io/liveness', 'liveness', '1'],
    ['registry.k8s.io/e2e-test-images/agnhost:2.40', 'agnhost', '2.40'],
    ['fluent/fluentd:v1.16-1', 'fluentd', '1.16.5'],
    ['myapp:1.0', 'app', '1.0.0'],
    ['my-app', 'app', '1.0.0'],
    ['registry.example.com/team/legacy-app:2.3.1', 'app', '1.0.0'],
  ])('%s is %s', (ref, kind, version) => {
    const r = resolveImage(ref);
    expect(r.ok && { kind: r.image.kind, version: r.image.version }).toEqual({ kind, version });
  });

  it.each([
    ['nginx:1.999', 'ErrImagePull', 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.999": failed to resolve reference "docker.io/library/nginx:1.999": docker.io/library/nginx:1.999: not found'],
    ['nginx:1.161', 'ErrImagePull', 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found'],
    ['ngnix', 'ErrImagePull', 'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'],
    ['registry.k8s.io/pause:9.9', 'ErrImagePull', 'rpc error: code = NotFound desc = failed to pull and unpack image "registry.k8s.io/pause:9.9": failed to resolve reference "registry.k8s.io/pause:9.9": registry.k8s.io/pause:9.9: not found'],
    ['private.example.com/tool:1', 'ErrImagePull', 'rpc error: code = Unknown desc = failed to pull and unpack image "private.example.com/tool:1": failed to resolve reference "private.example.com/tool:1": failed to do request: Head "https://private.example.com/v2/tool/manifests/1": dial tcp: lookup private.example.com on 10.0.0.2:53: no such host'],
    ['NGINX', 'InvalidImageName', 'Failed to apply default image tag "NGINX": couldn\'t parse image reference "NGINX": invalid reference format: repository name (library/NGINX) must be lowercase'],
  ])('%s fails with %s', (ref, reason, message) => {
    expect(resolveImage(ref)).toEqual({ ok: false, error: { reason, message } });
  });

  it('lets a Scenario declare an image, with or without a tag', () => {
    const behaviour = { exit: { afterMs: 5000, code: 3 } };
    const tagged = resolveImage('shop/checkout:2.0', [{ image: 'shop/checkout:2.0', behaviour }]);
    expect(tagged.ok && [tagged.image.kind, tagged.image.behaviour]).toEqual(['scenario', behaviour]);
    expect(resolveImage('shop/checkout:3.0', [{ image: 'shop/checkout:2.0', behaviour }]).ok).toBe(false);
    expect(resolveImage('docker.io/shop/checkout:9', [{ image: 'shop/checkout', behaviour }]).ok).toBe(true);
  });

  it('gives every catalog image a size and a pull time, and every repository a name', () => {
    for (const repo of CATALOG) {
      expect(repo.base.sizeBytes).toBeGreaterThan(0);
      expect(repo.base.pullMs).toBeGreaterThan(0);
      expect(repo.kind === 'app' || repo.repos.length > 0).toBe(true);
    }
  });
});

describe('containerArgv (command replaces ENTRYPOINT, args replace CMD)', () => {
  const nginx = { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] };
  const busybox = { entrypoint: [], cmd: ['sh'] };
  const scratch = { entrypoint: [], cmd: [] };
  const cfg = (x: { entrypoint: string[]; cmd: string[] }) => ({ ...x, env: {}, workingDir: '/', stopSignal: 'SIGTERM' as const, exposedPorts: [] });
  it.each([
    ['neither', nginx, undefined, undefined, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']],
    ['args only', nginx, undefined, ['nginx-debug'], ['/docker-entrypoint.sh', 'nginx-debug']],
    ['command only drops CMD', nginx, ['nginx'], undefined, ['nginx']],
    ['both', nginx, ['sh', '-c'], ['echo hi'], ['sh', '-c', 'echo hi']],
    ['no ENTRYPOINT: args run alone', busybox, undefined, ['sleep', '3600'], ['sleep', '3600']],
    ['empty lists count as absent', busybox, [], [], ['sh']],
    ['liveness image: args only', scratch, undefined, ['/server'], ['/server']],
  ])('%s', (_name, image, command, args, argv) => {
    expect(containerArgv(cfg(image), command, args)).toEqual({ argv });
  });

  it('fails as containerd does when nothing is left to run', () => {
    expect(containerArgv(cfg(scratch))).toEqual({ error: 'no command specified' });
  });

  it('builds the environment: image ENV, HOSTNAME, then the container env; HOME defaults to /root', () => {
    const env = containerEnv({ ...cfg(busybox), env: { PATH: '/bin', A: 'image' } }, 'web-0', { A: 'pod' });
    expect(env).toEqual({ PATH: '/bin', A: 'pod', HOSTNAME: 'web-0', HOME: '/root' });
  });
});

describe('expandKubeVars ($(VAR) in command and args)', () => {
  const env = { MESSAGE: 'hello', PORT: '8080' };
  it.each([
    ['echo $(MESSAGE)', 'echo hello'],
    ['--port=$(PORT)', '--port=8080'],
    ['echo $(date)', 'echo $(date)'],
    ['echo $$(MESSAGE)', 'echo $(MESSAGE)'],
    ['echo $MESSAGE ${PORT}', 'echo $MESSAGE ${PORT}'],
    ['echo $(MESSAGE', 'echo $(MESSAGE'],
    ['cost $', 'cost $'],
  ])('%s → %s', (input, output) => {
    expect(expandKubeVars(input, env)).toBe(output);
  });
});
