// Commands run inside a running container: exec probes and `kubectl exec`.

import { describe, expect, it } from 'vitest';
import { runExec } from '../../../src/sim/proc/index.js';
import { Driver, sh } from './driver.js';
import { TestWorld } from './world.js';

describe('runExec', () => {
  it.each([
    [['sleep', '5'], 1000, { timedOut: true, durationMs: 1000, timeoutMessage: 'command "sleep 5" timed out' }],
    [['sh', '-c', 'sleep 0.5; echo done'], 1000, { timedOut: false, durationMs: 500, exitCode: 0, output: 'done\n' }],
    [['sh', '-c', 'sleep 1'], 1000, { timedOut: false, durationMs: 1000, exitCode: 0 }],
    [['sh', '-c', 'while true; do :; done'], 3000, { timedOut: true, durationMs: 3000 }],
    [['tail', '-f', '/dev/null'], 10_000, { timedOut: true, durationMs: 10_000 }],
    [['sh', '-c', 'echo out; echo err >&2; exit 3'], 1000, { exitCode: 3, stdout: 'out\n', stderr: 'err\n', output: 'out\nerr\n' }],
    [['cat', '/tmp/healthy'], 1000, { exitCode: 1, output: "cat: can't open '/tmp/healthy': No such file or directory\n" }],
    [['nosuch'], 1000, { exitCode: 126, startError: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown' }],
  ])('%j with timeout %i', (argv, timeout, expected) => {
    const r = runExec(argv, new TestWorld().world(), timeout);
    expect(r).toMatchObject(expected);
  });

  it('keeps its filesystem changes in the container', () => {
    const d = sh('sleep 3600');
    d.exec(['sh', '-c', 'echo hi > /tmp/note']);
    expect(d.exec(['cat', '/tmp/note']).stdout).toBe('hi\n');
    expect(d.tw.read('/tmp/note')).toBe('hi\n');
  });

  it('sees the environment and working directory of the container', () => {
    const tw = new TestWorld({ image: 'redis:7', env: { APP_MODE: 'prod' } });
    expect(runExec(['sh', '-c', 'echo $APP_MODE $(pwd)'], tw.world(), 1000).stdout).toBe('prod /data\n');
  });

  it.each([
    [{ exec: { exitCode: 1, output: 'probe broken\n' } }, { exitCode: 1, output: 'probe broken\n', timedOut: false }],
    [{ exec: { hang: true } }, { timedOut: true, durationMs: 1000 }],
  ])('a Scenario fault %j', (faults, expected) => {
    expect(runExec(['true'], new TestWorld({ faults }).world(), 1000)).toMatchObject(expected);
  });

  it('curl in an app image checks the app for real', () => {
    const d = new Driver(['/app'], { image: 'myapp:1.0', containerPorts: [8080] });
    expect(d.exec(['curl', '-fsS', 'http://localhost:8080/healthz']).output).toBe('curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn\'t connect to server\n');
    d.advanceTo(1000);
    expect(d.exec(['curl', '-fsS', 'http://localhost:8080/healthz'])).toMatchObject({ exitCode: 0, stdout: 'OK\n' });
  });

  it('does not read the container\'s stdin', () => {
    expect(runExec(['cat'], new TestWorld({ stdinOpen: true }).world(), 1000)).toMatchObject({ exitCode: 0, timedOut: false });
  });
});
