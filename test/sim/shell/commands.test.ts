import { describe, expect, it } from 'vitest';
import { runExec } from '../../../src/sim/proc/index.js';
import { Driver } from '../proc/driver.js';
import { TestWorld, type TestWorldOptions } from '../proc/world.js';

function run(script: string, opts: TestWorldOptions = {}) {
  const tw = new TestWorld(opts);
  const r = runExec(['sh', '-c', script], tw.world(), 3_600_000);
  return { out: r.stdout, err: r.stderr, code: r.exitCode, ms: r.durationMs };
}

describe('text and file tools', () => {
  it.each([
    ['printf "%s=%d\\n" a 1 b 2', 'a=1\nb=2\n'],
    ['printf "%05.1f|%-4s|%x\\n" 3.14159 ab 255', '003.1|ab  |ff\n'],
    ['echo -n no-newline; echo', 'no-newline\n'],
    ['mkdir -p /a/b/c && touch /a/b/c/f && ls /a/b/c', 'f\n'],
    ['touch /tmp/z; rm /tmp/z; ls /tmp', ''],
    ['mkdir /m; echo x > /m/f; rm -r /m; ls /m 2>&1', 'ls: /m: No such file or directory\n'],
    ['[ -z "" ] && [ -n x ] && [ 3 -gt 2 ] && [ a != b ] && echo all', 'all\n'],
    ['test -f /etc/passwd; echo $?; test -d /etc/passwd; echo $?', '0\n1\n'],
    ['seq 3', '1\n2\n3\n'],
    ['echo b; echo a | sort', 'b\na\n'],
    ['printf "c\\na\\nb\\n" | sort | head -n 2', 'a\nb\n'],
    ['printf "1\\n2\\n3\\n" | tail -n 1', '3\n'],
    ['basename /usr/local/bin/app.sh .sh; dirname /usr/local/bin/app.sh', 'app\n/usr/local/bin\n'],
    ['env | grep ^HOSTNAME', 'HOSTNAME=test-pod\n'],
    ['printenv HOME', '/root\n'],
    ['X=1; printenv X; export X; printenv X', '1\n'],
    ['cd /tmp && pwd && cd /nope; echo $?', "/tmp\n1\n"],
    ['id -u 2>/dev/null; whoami', 'uid=0(root) gid=0(root) groups=0(root)\nroot\n'],
    ['cat /var/run/secrets/kubernetes.io/serviceaccount/namespace', 'default'],
  ])('%s', (script, out) => {
    expect(run(script).out).toBe(out);
  });
});

describe('date (busybox and coreutils format, UTC)', () => {
  it.each([
    ['date', 'Wed Jan  1 00:00:00 UTC 2025\n'],
    ['sleep 75; date', 'Wed Jan  1 00:01:15 UTC 2025\n'],
    ["date '+%Y-%m-%d %H:%M:%S'", '2025-01-01 00:00:00\n'],
    ['date +%s', '1735689600\n'],
    ['date -u -Iseconds', '2025-01-01T00:00:00+00:00\n'],
    ['date -R', 'Wed, 01 Jan 2025 00:00:00 +0000\n'],
    ['date -d @0 +%F', '1970-01-01\n'],
  ])('%s', (script, out) => {
    expect(run(script).out).toBe(out);
  });
});

describe('nslookup', () => {
  const svc = { services: [{ name: 'web', clusterIP: '10.96.12.34' }] };
  it('busybox 1.28 prints the libc-resolver format', () => {
    expect(run('nslookup web', { image: 'busybox:1.28', ...svc }).out).toBe(
      'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      web\nAddress 1: 10.96.12.34 web.default.svc.cluster.local\n',
    );
  });
  it('busybox 1.28 fails with can\'t resolve', () => {
    const r = run('nslookup nope', { image: 'busybox:1.28' });
    expect([r.code, r.err]).toEqual([1, "nslookup: can't resolve 'nope'\n"]);
  });
  it('newer busybox prints the new format and NXDOMAIN', () => {
    expect(run('nslookup web.default', { image: 'busybox:1.36', ...svc }).out).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.12.34\n\n');
    const r = run('nslookup nope', { image: 'busybox:1.36' });
    expect([r.code, r.out]).toEqual([1, "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find nope: NXDOMAIN\n\n"]);
  });
  it.each(['web', 'web.default', 'web.default.svc', 'web.default.svc.cluster.local'])('resolves %s through the search list', (name) => {
    expect(run(`nslookup ${name}`, svc).code).toBe(0);
  });
  it('does not find a Service of another namespace by its short name', () => {
    expect(run('nslookup db', { services: [{ name: 'db', namespace: 'data', clusterIP: '10.96.1.1' }] }).code).toBe(1);
    expect(run('nslookup db.data', { services: [{ name: 'db', namespace: 'data', clusterIP: '10.96.1.1' }] }).code).toBe(0);
  });
});

describe('nc and wget against a server', () => {
  // nginx answers on the pod IP; the Service `web` forwards to it.
  function withServer(script: string, at = 2000) {
    const server = new Driver(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], { image: 'nginx:1.25' }).advanceTo(at);
    const client = new TestWorld({ services: [{ name: 'web', clusterIP: '10.96.0.50' }] });
    client.now = at;
    client.targets.set('10.96.0.50', () => ({ proc: server.proc, world: server.tw.world() }));
    const r = runExec(['sh', '-c', script], client.world(), 60_000);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  }
  it.each([
    ['nc -z web 80', 0, '', ''],
    ['nc -zv web 80', 0, '', 'web (10.96.0.50:80) open\n'],
    ['nc -zv web 81', 1, '', 'nc: web (10.96.0.50:81): Connection refused\n'],
    ['nc -z nothere 80', 1, '', "nc: bad address 'nothere'\n"],
    ['wget -qO- http://web/ | grep -c "Welcome to nginx"', 0, '2\n', ''],
    ['wget -q --spider http://web', 0, '', ''],
    ['wget -qO- http://web/missing', 1, '', 'wget: server returned error: HTTP/1.1 404 Not Found\n'],
    ['wget -O /tmp/i.html http://web:80/ && grep -c nginx /tmp/i.html', 0, '6\n', "Connecting to web (10.96.0.50:80)\nsaving to '/tmp/i.html'\n'/tmp/i.html' saved\n"],
    ['wget -qO- http://nothere', 1, '', "wget: bad address 'nothere'\n"],
  ])('%s', (script, code, out, err) => {
    expect(withServer(script)).toEqual({ code, out, err });
  });
  it('is refused while nginx is still starting', () => {
    expect(withServer('wget -qO- http://web', 500)).toEqual({ code: 1, out: '', err: "wget: can't connect to remote host (10.96.0.50): Connection refused\n" });
  });
});
