// Servers answer as the real ones do: ports, start-up time, status codes, Go's error wording.

import { describe, expect, it } from 'vitest';
import { httpGet, makeFs, tcpConnect } from '../../../src/sim/proc/index.js';
import { Driver } from './driver.js';
import type { TestWorldOptions } from './world.js';

const NGINX = ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'];
const get = (d: Driver, port: number, path: string) => httpGet(d.proc, port, path, d.tw.world());

describe('nginx', () => {
  it.each([
    [999, 80, '/', { error: 'Get "http://10.244.1.5:80/": dial tcp 10.244.1.5:80: connect: connection refused' }],
    [1000, 80, '/', 200],
    [1000, 80, '/index.html', 200],
    [1000, 80, '/healthz', 404],
    [1000, 8080, '/', { error: 'Get "http://10.244.1.5:8080/": dial tcp 10.244.1.5:8080: connect: connection refused' }],
  ])('at %i ms GET :%i%s → %j', (t, port, path, expected) => {
    const d = new Driver(NGINX, { image: 'nginx:1.25' }).advanceTo(t);
    const r = get(d, port, path);
    expect('error' in r ? r : r.status).toEqual(expected);
  });

  it('answers 404 with its own error page and logs requests to stdout', () => {
    const d = new Driver(NGINX, { image: 'nginx:1.25' }).advanceTo(2000);
    const r = httpGet(d.proc, 80, '/nope', d.tw.world(), { clientIp: '10.244.1.1', userAgent: 'kube-probe/1.32' });
    expect(r).toEqual({
      status: 404,
      body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.25.5</center>\r\n</body>\r\n</html>\r\n',
      accessLog: '10.244.1.1 - - [01/Jan/2025:00:00:02 +0000] "GET /nope HTTP/1.1" 404 153 "-" "kube-probe/1.32" "-"',
    });
  });

  it('serves what an init container wrote into a shared emptyDir (403 while empty)', () => {
    const html = { path: '/usr/share/nginx/html', fs: makeFs({}) };
    const d = new Driver(NGINX, { image: 'nginx:1.25', mounts: [html] }).advanceTo(2000);
    expect((get(d, 80, '/') as { status: number }).status).toBe(403);
    d.tw.world().fs.write('/usr/share/nginx/html/index.html', '<h1>from init</h1>\n', false);
    expect(get(d, 80, '/')).toMatchObject({ status: 200, body: '<h1>from init</h1>\n' });
  });

  it('listens where a mounted config says', () => {
    const conf = { path: '/etc/nginx/conf.d', fs: makeFs({ '/default.conf': 'server {\n  listen 8080;\n  root /usr/share/nginx/html;\n}\n' }), readOnly: true };
    const d = new Driver(NGINX, { image: 'nginx:1.25', mounts: [conf] }).advanceTo(2000);
    expect(d.proc.listening.map((l) => l.port)).toEqual([8080]);
    expect(d.text('stdout')).toContain('10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)');
  });

  it('without "daemon off;" goes to the background, so the container exits 0 at once', () => {
    const d = new Driver(['nginx'], { image: 'nginx:1.25' });
    expect([d.exit, d.exitAt]).toEqual([{ code: 0 }, 0]);
  });

  it('the old 1.14.2 image has no entrypoint script', () => {
    const d = new Driver(['nginx', '-g', 'daemon off;'], { image: 'nginx:1.14.2' }).advanceTo(2000);
    expect(d.text('stderr')).toContain('2025/01/01 00:00:01 [notice] 1#1: nginx/1.14.2');
  });
});

describe('other servers', () => {
  it.each<[string, readonly string[], TestWorldOptions, number, number, string, number]>([
    ['httpd', ['httpd-foreground'], { image: 'httpd:2.4' }, 80, 500, '/', 200],
    ['the generic app on its containerPort', ['/app'], { image: 'myapp:1.0', containerPorts: [3000] }, 3000, 1000, '/anything', 200],
    ['the generic app on 8080 by default', ['/app'], { image: 'my-app' }, 8080, 1000, '/healthz', 200],
    ['hello-app', ['/hello-app'], { image: 'gcr.io/google-samples/hello-app:1.0' }, 8080, 200, '/', 200],
    ['agnhost netexec', ['/agnhost', 'netexec', '--http-port=8081'], { image: 'registry.k8s.io/e2e-test-images/agnhost:2.40' }, 8081, 0, '/hostname', 200],
    ['agnhost liveness', ['/agnhost', 'liveness'], { image: 'registry.k8s.io/e2e-test-images/agnhost:2.40' }, 8080, 0, '/healthz', 200],
  ])('%s answers %s after its start-up', (_name, argv, opts, port, startMs, path, status) => {
    const d = new Driver(argv, opts);
    if (startMs > 0) expect('error' in get(d.advanceTo(startMs - 1), port, path)).toBe(true);
    expect(get(d.advanceTo(startMs), port, path)).toMatchObject({ status });
  });

  it('the generic app is not reachable on other ports', () => {
    const d = new Driver(['/app'], { image: 'myapp:1.0', containerPorts: [3000] }).advanceTo(5000);
    expect('error' in get(d, 8080, '/')).toBe(true);
  });

  it('hello-app prints its version and the pod name', () => {
    const d = new Driver(['/hello-app'], { image: 'gcr.io/google-samples/hello-app:2.0' }).advanceTo(1000);
    expect(get(d, 8080, '/')).toMatchObject({ body: 'Hello, world!\nVersion: 2.0.0\nHostname: test-pod\n' });
  });

  it('redis accepts TCP on 6379 after 0.5 s, and HTTP gets a malformed answer', () => {
    const d = new Driver(['docker-entrypoint.sh', 'redis-server'], { image: 'redis:7' });
    expect(tcpConnect(d.proc, 6379, d.tw.world())).toEqual({ error: 'dial tcp 10.244.1.5:6379: connect: connection refused' });
    d.advanceTo(500);
    expect(tcpConnect(d.proc, 6379, d.tw.world())).toEqual({ ok: true });
    expect(d.exec(['redis-cli', 'ping']).stdout).toBe('PONG\n');
    expect(get(d, 6379, '/')).toEqual({ error: 'Get "http://10.244.1.5:6379/": net/http: HTTP/1.x transport connection broken: malformed HTTP response "-ERR wrong number of arguments for \'get\' command"' });
  });
});

describe('registry.k8s.io/liveness (the docs\' HTTP liveness example)', () => {
  const d = new Driver(['/server'], { image: 'registry.k8s.io/liveness' });
  it.each([
    [3_000, 200, 'ok'],
    [10_000, 200, 'ok'],
    [10_001, 500, 'error: 10.001'],
    [13_000, 500, 'error: 13'],
  ])('/healthz at %i ms → %i %s', (t, status, body) => {
    expect(get(d.advanceTo(t), 8080, '/healthz')).toEqual({ status, body });
  });
});

describe('faults a Scenario injects', () => {
  it.each([
    [{ http: [{ path: '/', status: 500 }] }, { status: 500, body: '500 Internal Server Error\n' }],
    [{ http: [{ path: '/', hang: true }] }, { error: 'Get "http://10.244.1.5:80/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' }],
    [{ refusePorts: [80] }, { error: 'Get "http://10.244.1.5:80/": dial tcp 10.244.1.5:80: connect: connection refused' }],
    [{ http: [{ path: '/other', status: 500 }] }, { status: 200 }],
  ])('%j', (faults, expected) => {
    const d = new Driver(NGINX, { image: 'nginx:1.25', faults }).advanceTo(2000);
    expect(get(d, 80, '/')).toMatchObject(expected);
  });
});

describe('Scenario images', () => {
  const scenarioImages = [{
    image: 'shop/checkout:2.0',
    behaviour: {
      logs: [{ afterMs: 0, text: 'booting' }, { afterMs: 4000, text: 'ready on 9000' }],
      listen: [{ port: 9000, afterMs: 4000, http: { kind: 'routes' as const, routes: [{ path: '/ready', status: 200, body: 'ok' }, { path: '/pay', status: 503 }] } }],
      memory: { bytes: 64 * 1024 * 1024, growBytesPerSecond: 1024 * 1024 },
      exit: { afterMs: 60_000, code: 3 },
    },
  }];
  it('runs the declared behaviour: logs, start-up, routes, memory growth, exit', () => {
    const d = new Driver(['/app'], { image: 'shop/checkout:2.0', scenarioImages }).advanceTo(4000);
    expect(d.text()).toEqual(['booting', 'ready on 9000']);
    expect([get(d, 9000, '/ready'), get(d, 9000, '/pay')]).toMatchObject([{ status: 200, body: 'ok' }, { status: 503 }]);
    expect(d.proc.memoryBytes).toBe(256 * 1024 + 68 * 1024 * 1024);
    d.advanceTo(120_000);
    expect([d.exit, d.exitAt]).toEqual([{ code: 3 }, 60_000]);
  });
});
