// PID 1 and signals: what SIGTERM (or the image's STOPSIGNAL) does to each kind of main process.

import { describe, expect, it } from 'vitest';
import type { Signal } from '../../../src/sim/proc/index.js';
import { Driver, sh } from './driver.js';
import type { TestWorldOptions } from './world.js';

type Case = [name: string, argv: readonly string[], opts: TestWorldOptions, sig: Signal, exit: { code: number; signal?: number } | undefined, exitAt: number | undefined];

describe('signals to PID 1 (sent at 5 s)', () => {
  it.each<Case>([
    ['a shell as PID 1 ignores SIGTERM', ['sh', '-c', 'echo start; while true; do sleep 1; done'], {}, 'SIGTERM', undefined, undefined],
    ['sleep as PID 1 ignores SIGTERM', ['sleep', '3600'], {}, 'SIGTERM', undefined, undefined],
    ['sh -c "sleep 3600" execs sleep, which ignores SIGTERM', ['sh', '-c', 'sleep 3600'], {}, 'SIGTERM', undefined, undefined],
    ['tail -f /dev/null ignores SIGTERM', ['tail', '-f', '/dev/null'], {}, 'SIGTERM', undefined, undefined],
    ['SIGKILL ends anything with 137', ['sleep', '3600'], {}, 'SIGKILL', { code: 137, signal: 9 }, 5_000],
    ["trap 'exit 0' TERM in a sleep-1 loop exits when the sleep ends", ['sh', '-c', "trap 'exit 0' TERM; while true; do sleep 1; done"], {}, 'SIGTERM', { code: 0 }, 6_000],
    ["trap 'exit 0' TERM with sleep & wait exits at once", ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"], {}, 'SIGTERM', { code: 0 }, 5_000],
    ['a trap on a foreground sleep 3600 waits for the sleep (POSIX)', ['sh', '-c', "trap 'exit 0' TERM; sleep 3600"], {}, 'SIGTERM', undefined, undefined],
    ["trap '' TERM ignores it", ['sh', '-c', "trap '' TERM; sleep 3600 & wait"], {}, 'SIGTERM', undefined, undefined],
    ['nginx exits 0 on its STOPSIGNAL, SIGQUIT', ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], { image: 'nginx:1.25' }, 'SIGQUIT', { code: 0 }, 5_100],
    ['nginx exits 0 on SIGTERM', ['nginx', '-g', 'daemon off;'], { image: 'nginx:1.25' }, 'SIGTERM', { code: 0 }, 5_020],
    ['redis exits 0 on SIGTERM', ['docker-entrypoint.sh', 'redis-server'], { image: 'redis:7' }, 'SIGTERM', { code: 0 }, 5_100],
    ['postgres exits 0 on its STOPSIGNAL, SIGINT', ['docker-entrypoint.sh', 'postgres'], { image: 'postgres:16', env: { POSTGRES_PASSWORD: 'x' } }, 'SIGINT', { code: 0 }, 5_300],
    ['httpd exits 0 on its STOPSIGNAL, SIGWINCH', ['httpd-foreground'], { image: 'httpd:2.4' }, 'SIGWINCH', { code: 0 }, 5_100],
    ['pause exits 0 on SIGTERM', ['/pause'], { image: 'registry.k8s.io/pause:3.9' }, 'SIGTERM', { code: 0 }, 5_000],
    ['a Go server (liveness) exits 2 on SIGTERM', ['/server'], { image: 'registry.k8s.io/liveness' }, 'SIGTERM', { code: 2 }, 5_000],
    ['the generic app shuts down gracefully on SIGTERM', ['/app'], { image: 'myapp:1.0' }, 'SIGTERM', { code: 0 }, 5_500],
    ['fluentd under tini exits 0 on SIGTERM', ['tini', '--', '/bin/entrypoint.sh', 'fluentd'], { image: 'fluent/fluentd:v1.16-1' }, 'SIGTERM', { code: 0 }, 6_000],
    ['under tini, a program without a handler dies of SIGTERM (143)', ['tini', '--', 'sleep', '3600'], { image: 'fluent/fluentd:v1.16-1' }, 'SIGTERM', { code: 143 }, 5_000],
  ])('%s', (_name, argv, opts, sig, exit, exitAt) => {
    const d = new Driver(argv, opts).signal(sig, 5_000).advanceTo(60_000);
    expect([d.exit, d.exitAt]).toEqual([exit, exitAt]);
  });

  it.each([
    ['sh', ['sh', '-c', 'while true; do sleep 1; done'], false],
    ['trap', ['sh', '-c', "trap 'exit 0' TERM; while true; do sleep 1; done"], true],
    ['nginx', ['nginx', '-g', 'daemon off;'], true],
    ['sleep', ['sleep', '100'], false],
  ] as const)('%s: handlesSigterm is %s', (_name, argv, handles) => {
    const d = new Driver(argv, argv[0] === 'nginx' ? { image: 'nginx' } : {}).advanceTo(2000);
    expect(d.proc.handlesSigterm).toBe(handles);
  });

  it('runs the trap action at the signal and logs its output', () => {
    const d = sh("trap 'echo got TERM; exit 0' TERM; echo ready; sleep 100 & wait").signal('SIGTERM', 3000);
    expect(d.logs.map((l) => [l.at, l.text])).toEqual([[0, 'ready'], [3000, 'got TERM']]);
  });

  it('nginx logs its graceful shutdown', () => {
    const d = new Driver(['nginx', '-g', 'daemon off;'], { image: 'nginx:1.25' }).signal('SIGQUIT', 5000).advanceTo(6000);
    expect(d.text('stderr').slice(-7, -6)[0]).toBe('2025/01/01 00:00:05 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(d.text('stderr').at(-1)).toBe('2025/01/01 00:00:05 [notice] 1#1: exit');
  });
});
