// Base and test images: busybox, alpine, ubuntu, debian, curl, hello-world, polinux/stress, the
// Kubernetes test images (pause, liveness, agnhost, hello-app) and the placeholder app names
// tutorials use.

import { type RepoDef, STD_PATH, base, tagSet, versionTags } from './catalog-types.js';
import { imageFs } from './files.js';

const busyboxTags = {
  ...tagSet(['latest', 'stable', '1', '1.37', '1.37.0', 'glibc', 'musl', 'uclibc', '1.37-glibc', '1.37-musl'], { version: '1.37.0', busyboxVersion: '1.37.0' }),
  ...tagSet(['1.36', '1.36.1', '1.36.0', '1.36-glibc', '1.36-musl', '1.36.1-glibc', '1.36.1-musl', '1.36.1-uclibc'], { version: '1.36.1', busyboxVersion: '1.36.1' }),
  ...tagSet(['1.35', '1.35.0'], { version: '1.35.0', busyboxVersion: '1.35.0' }),
  ...tagSet(['1.34', '1.34.1'], { version: '1.34.1', busyboxVersion: '1.34.1' }),
  ...tagSet(['1.33', '1.33.1'], { version: '1.33.1', busyboxVersion: '1.33.1' }),
  ...tagSet(['1.32', '1.32.1', '1.31', '1.31.1', '1.30', '1.30.1', '1.29', '1.29.3'], { version: '1.31.1', busyboxVersion: '1.31.1' }),
  ...tagSet(['1.28', '1.28.4', '1.28.3', '1.28.0'], { version: '1.28.4', busyboxVersion: '1.28.4', sizeBytes: 727_869 }),
};

const busybox: RepoDef = {
  kind: 'busybox',
  repos: ['docker.io/library/busybox'],
  tags: busyboxTags,
  base: base({ version: '1.37.0', busyboxVersion: '1.37.0', sizeBytes: 2_166_802, pullMs: 1500, cmd: ['sh'], files: imageFs('busybox') }),
};

/** The old Kubernetes-hosted busybox (k8s.gcr.io, gcr.io/google-containers): busybox 1.24 and 1.27. */
const k8sBusybox: RepoDef = {
  kind: 'busybox',
  repos: ['registry.k8s.io/busybox', 'registry.k8s.io/e2e-test-images/busybox'],
  tags: {
    ...tagSet(['latest', '1.24'], { version: '1.24.0', busyboxVersion: '1.24.0' }),
    ...tagSet(['1.27', '1.27.2'], { version: '1.27.2', busyboxVersion: '1.27.2' }),
    ...tagSet(['1.29-1', '1.29-2', '1.29-4', '1.36.1-1'], { version: '1.29.0', busyboxVersion: '1.29.0' }),
  },
  base: base({ version: '1.24.0', busyboxVersion: '1.24.0', sizeBytes: 676_000, pullMs: 1500, cmd: ['sh'], files: imageFs('busybox') }),
};

const alpine: RepoDef = {
  kind: 'alpine',
  repos: ['docker.io/library/alpine'],
  tags: {
    ...tagSet(['latest', '3', '3.21', '3.21.0'], { version: '3.21.0' }),
    ...tagSet(['3.20', '3.20.3'], { version: '3.20.3' }),
    ...tagSet(['3.19', '3.19.4'], { version: '3.19.4' }),
    ...tagSet(['3.18', '3.18.9'], { version: '3.18.9' }),
    ...versionTags(['3.17', '3.16', '3.15', 'edge']),
  },
  base: base({ version: '3.21.0', busyboxVersion: '1.36.1', sizeBytes: 3_623_807, pullMs: 1500, cmd: ['/bin/sh'], files: imageFs('alpine') }),
};

const gnuBase = (os: 'ubuntu' | 'debian', sizeBytes: number, cmd: string[]) =>
  base({ version: os === 'ubuntu' ? '24.04' : '12', sizeBytes, pullMs: 3000, cmd, userland: 'gnu', files: imageFs(os) });

const ubuntu: RepoDef = {
  kind: 'ubuntu',
  repos: ['docker.io/library/ubuntu'],
  tags: tagSet(['latest', '24.04', 'noble', '22.04', 'jammy', '20.04', 'focal', 'rolling']),
  base: gnuBase('ubuntu', 29_700_000, ['/bin/bash']),
};

const debian: RepoDef = {
  kind: 'debian',
  repos: ['docker.io/library/debian'],
  tags: tagSet(['latest', 'stable', '12', 'bookworm', 'bookworm-slim', 'stable-slim', '11', 'bullseye', 'bullseye-slim']),
  base: gnuBase('debian', 49_500_000, ['bash']),
};

const curl: RepoDef = {
  kind: 'curl',
  repos: ['docker.io/curlimages/curl'],
  tags: { ...tagSet(['latest']), ...versionTags(['8.11.1', '8.10.1', '8.9.1', '8.5.0', '7.85.0']) },
  base: base({
    version: '8.11.1', busyboxVersion: '1.36.1', sizeBytes: 11_200_000, pullMs: 2000, entrypoint: ['/entrypoint.sh'], cmd: ['curl'],
    programs: { '/entrypoint.sh': 'curl-entrypoint', '/usr/bin/curl': 'curl' }, files: imageFs('alpine'),
  }),
};

const helloWorld: RepoDef = {
  kind: 'hello-world',
  repos: ['docker.io/library/hello-world'],
  tags: tagSet(['latest', 'linux']),
  base: base({ version: '1', sizeBytes: 13_256, pullMs: 1000, cmd: ['/hello'], userland: 'none', programs: { '/hello': 'hello-world' }, files: imageFs('busybox') }),
};

const stress: RepoDef = {
  kind: 'stress',
  repos: ['docker.io/polinux/stress'],
  tags: tagSet(['latest', '1.0.4']),
  base: base({
    version: '1.0.4', busyboxVersion: '1.36.1', sizeBytes: 4_263_000, pullMs: 2000, cmd: ['/usr/local/bin/stress'],
    env: { PATH: STD_PATH, STRESS_VERSION: '1.0.4', SHELL: '/bin/bash' }, programs: { '/usr/local/bin/stress': 'stress', '/bin/bash': 'bash' },
    files: imageFs('alpine'),
  }),
};

const pause: RepoDef = {
  kind: 'pause',
  repos: ['registry.k8s.io/pause'],
  tags: {
    ...versionTags(['3.10', '3.9', '3.8', '3.7', '3.6', '3.5', '3.4.1', '3.3', '3.2']),
    '3.1': { version: '3.1', sizeBytes: 317_164 },
    latest: {},
  },
  base: base({ version: '3.10', sizeBytes: 320_368, pullMs: 500, entrypoint: ['/pause'], userland: 'none', programs: { '/pause': 'pause' }, files: imageFs('busybox') }),
};

const liveness: RepoDef = {
  kind: 'liveness',
  repos: ['registry.k8s.io/liveness'],
  tags: tagSet(['latest']),
  // Note: FROM scratch with no ENTRYPOINT or CMD; the docs' example passes `args: [/server]`.
  base: base({ version: '1', sizeBytes: 2_520_000, pullMs: 1000, userland: 'none', env: {}, programs: { '/server': 'liveness' }, files: imageFs('busybox') }),
};

const agnhost: RepoDef = {
  kind: 'agnhost',
  repos: ['registry.k8s.io/e2e-test-images/agnhost'],
  tags: versionTags(['2.32', '2.33', '2.36', '2.39', '2.40', '2.41', '2.43', '2.45', '2.47', '2.50', '2.52', '2.53']),
  base: base({
    version: '2.53', busyboxVersion: '1.36.1', sizeBytes: 51_500_000, pullMs: 3000, entrypoint: ['/agnhost'], cmd: ['pause'],
    exposedPorts: [80, 8080, 8081, 9376], programs: { '/agnhost': 'agnhost', '/usr/bin/curl': 'curl', '/bin/bash': 'bash' },
    files: imageFs('alpine', {}, ['/uploads']),
  }),
};

const helloApp: RepoDef = {
  kind: 'hello-app',
  repos: ['gcr.io/google-samples/hello-app', 'us-docker.pkg.dev/google-samples/containers/gke/hello-app'],
  tags: { ...tagSet(['1.0', 'latest'], { version: '1.0.0' }), '2.0': { version: '2.0.0' } },
  base: base({ version: '1.0.0', busyboxVersion: '1.36.1', sizeBytes: 9_800_000, pullMs: 1500, cmd: ['/hello-app'], programs: { '/hello-app': 'hello-app' }, files: imageFs('alpine') }),
};

/** Names tutorials use for "your application"; any registry, namespace and tag pulls. */
export const PLACEHOLDER_NAMES: readonly string[] = [
  'myapp', 'my-app', 'app', 'web', 'webapp', 'web-app', 'my-web', 'api', 'my-api', 'backend', 'frontend', 'legacy-app',
  'sample-app', 'demo-app', 'example-app', 'test-app', 'my-application', 'application',
];

export const PLACEHOLDER: RepoDef = {
  kind: 'app',
  repos: [],
  base: base({
    version: '1.0.0', busyboxVersion: '1.36.1', sizeBytes: 25_000_000, pullMs: 2000, cmd: ['/app'], opaque: true,
    programs: { '/app': 'app', '/usr/bin/curl': 'curl' }, files: imageFs('alpine', {}, ['/app-data']),
  }),
};

export const BASIC_REPOS: readonly RepoDef[] = [busybox, k8sBusybox, alpine, ubuntu, debian, curl, helloWorld, stress, pause, liveness, agnhost, helloApp];
