// The examples of the Kubernetes docs behave as the docs say.

import { describe, expect, it } from 'vitest';
import { containerArgv, resolveImage } from '../../../src/sim/images/index.js';
import { Driver, sh } from './driver.js';

const MiB = 1024 * 1024;

describe('liveness exec: touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600', () => {
  const d = sh('touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600');
  it.each([
    [0, 0, ''],
    [15_000, 0, ''],
    [29_999, 0, ''],
    [30_000, 1, "cat: can't open '/tmp/healthy': No such file or directory\n"],
    [45_000, 1, "cat: can't open '/tmp/healthy': No such file or directory\n"],
  ])('cat /tmp/healthy at %i ms exits %i', (t, exitCode, output) => {
    d.advanceTo(t);
    const r = d.exec(['cat', '/tmp/healthy']);
    expect({ exitCode: r.exitCode, output: r.output }).toEqual({ exitCode, output });
  });
  it('keeps running until 630 s, then exits 0', () => {
    d.advanceTo(629_999);
    expect(d.exit).toBeUndefined();
    d.advanceTo(630_000);
    expect([d.exit, d.exitAt]).toEqual([{ code: 0 }, 630_000]);
  });
});

describe('init container: until nslookup myservice...; do echo waiting for myservice; sleep 2; done', () => {
  const script = 'until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done';
  it('loops every 2 s and completes once the Service exists', () => {
    const d = sh(script, { image: 'busybox:1.28' });
    d.advanceTo(5_000);
    expect(d.exit).toBeUndefined();
    expect(d.text('stdout').filter((t) => t === 'waiting for myservice')).toHaveLength(3);
    d.tw.services.push({ name: 'myservice', clusterIP: '10.96.7.7' });
    d.advanceTo(60_000);
    expect([d.exit, d.exitAt]).toEqual([{ code: 0 }, 6_000]);
    expect(d.text('stdout').slice(-2)).toEqual(['Name:      myservice.default.svc.cluster.local', 'Address 1: 10.96.7.7 myservice.default.svc.cluster.local']);
  });
});

describe('simple commands', () => {
  it('echo Hello; exit 1 logs the line and exits 1', () => {
    const d = sh('echo Hello; exit 1');
    expect([d.text(), d.exit]).toEqual([['Hello'], { code: 1 }]);
  });

  it('while true; do echo $(date); sleep 5; done logs a line every 5 s', () => {
    const d = sh('while true; do echo $(date); sleep 5; done').advanceTo(20_000);
    expect(d.logs.map((l) => [l.at, l.text])).toEqual([
      [0, 'Wed Jan 1 00:00:00 UTC 2025'], [5_000, 'Wed Jan 1 00:00:05 UTC 2025'], [10_000, 'Wed Jan 1 00:00:10 UTC 2025'],
      [15_000, 'Wed Jan 1 00:00:15 UTC 2025'], [20_000, 'Wed Jan 1 00:00:20 UTC 2025'],
    ]);
    expect(d.wakeAt).toBe(25_000);
  });

  it('sleep 3600 exits 0 after an hour', () => {
    const d = new Driver(['sleep', '3600']).advanceTo(3_599_999);
    expect(d.exit).toBeUndefined();
    expect(d.advanceTo(3_600_000).exit).toEqual({ code: 0 });
  });

  it.each([['busybox'], ['alpine'], ['ubuntu']])('%s with its default command exits 0 at once', (image) => {
    const r = resolveImage(image);
    const argv = r.ok ? containerArgv(r.image) : { error: 'pull' };
    const d = new Driver('argv' in argv ? argv.argv : [], { image });
    expect([d.exit, d.exitAt]).toEqual([{ code: 0 }, 0]);
  });

  it('an interactive shell with stdin open keeps running', () => {
    expect(new Driver(['sh'], { stdinOpen: true }).advanceTo(60_000).exit).toBeUndefined();
  });
});

describe('polinux/stress', () => {
  it('stress --vm 1 --vm-bytes 150M --vm-hang 1 holds 150 MiB', () => {
    const d = new Driver(['stress', '--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'], { image: 'polinux/stress' }).advanceTo(1000);
    expect(d.text()).toEqual(['stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd']);
    expect(d.proc.memoryBytes).toBeGreaterThanOrEqual(150 * MiB);
    expect(d.proc.memoryBytes).toBeLessThan(160 * MiB);
    expect(d.exit).toBeUndefined();
  });
  it.each([['250M', 250 * MiB], ['1G', 1024 * MiB], ['512k', 512 * 1024]])('--vm-bytes %s allocates %i bytes', (arg, bytes) => {
    const d = new Driver(['stress', '--vm', '1', '--vm-bytes', arg], { image: 'polinux/stress' }).advanceTo(1000);
    expect(d.proc.memoryBytes - 1.25 * MiB).toBe(bytes);
  });
  it('--timeout ends the run', () => {
    const d = new Driver(['stress', '--cpu', '2', '--timeout', '10s'], { image: 'polinux/stress' }).advanceTo(20_000);
    expect([d.exit, d.exitAt, d.proc.cpuMilli]).toEqual([{ code: 0 }, 10_000, 0]);
    expect(d.text().at(-1)).toBe('stress: info: [1] successful run completed in 10s');
  });
});

describe('mysql without its password env', () => {
  it.each([
    ['mysql:8.0', ['    You need to specify one of the following as an environment variable:', '    - MYSQL_ROOT_PASSWORD', '    - MYSQL_ALLOW_EMPTY_PASSWORD', '    - MYSQL_RANDOM_ROOT_PASSWORD']],
    ['mysql:5.7', ['\tYou need to specify one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD']],
  ])('%s prints the entrypoint error and exits 1', (image, tail) => {
    const d = new Driver(['docker-entrypoint.sh', 'mysqld'], { image }).advanceTo(5000);
    expect([d.exit, d.exitAt]).toEqual([{ code: 1 }, 300]);
    expect(d.text('stderr')).toEqual(['2025-01-01 00:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified', ...tail]);
  });

  it('starts and listens on 3306 after 10 s with MYSQL_ROOT_PASSWORD', () => {
    const d = new Driver(['docker-entrypoint.sh', 'mysqld'], { image: 'mysql:8.0', env: { MYSQL_ROOT_PASSWORD: 'pw' } });
    d.advanceTo(9_999);
    expect(d.exec(['mysqladmin', 'ping', '-h', '127.0.0.1']).exitCode).toBe(1);
    d.advanceTo(10_000);
    expect(d.exec(['mysqladmin', 'ping', '-h', '127.0.0.1']).stdout).toBe('mysqld is alive\n');
    expect(d.text().at(-2)).toContain("ready for connections. Version: '8.0.40'");
  });
});

describe('postgres', () => {
  it('without POSTGRES_PASSWORD prints the real error and exits 1', () => {
    const d = new Driver(['docker-entrypoint.sh', 'postgres'], { image: 'postgres:16' }).advanceTo(1000);
    expect(d.exit).toEqual({ code: 1 });
    expect(d.text('stderr')[0]).toBe('Error: Database is uninitialized and superuser password is not specified.');
  });
  it.each([[{ POSTGRES_PASSWORD: 'x' }], [{ POSTGRES_HOST_AUTH_METHOD: 'trust' }]])('with %j accepts connections after 5 s', (env) => {
    const d = new Driver(['docker-entrypoint.sh', 'postgres'], { image: 'postgres:16', env }).advanceTo(5000);
    expect([d.exit, d.exec(['pg_isready']).stdout]).toEqual([undefined, '/var/run/postgresql:5432 - accepting connections\n']);
  });
});
