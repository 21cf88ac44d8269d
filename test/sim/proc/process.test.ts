// The process as plain data: copyable, deterministic, and what the kubelet reads from it.

import { describe, expect, it } from 'vitest';
import { memoryAt, runExec, stepProcess, timeToReachMemory } from '../../../src/sim/proc/index.js';
import { Driver, sh } from './driver.js';
import { TestWorld } from './world.js';

const MiB = 1024 * 1024;

describe('plain data', () => {
  it('a process survives structuredClone and JSON, and steps the same from a copy', () => {
    const d = sh('i=0; while true; do i=$((i+1)); echo "tick $i $(date +%s)"; sleep 3; done').advanceTo(7000);
    const copy = structuredClone(d.proc);
    expect(JSON.parse(JSON.stringify(copy))).toEqual(JSON.parse(JSON.stringify(d.proc)));
    d.tw.now = 9000;
    const a = stepProcess(d.proc, d.tw.world());
    const b = stepProcess(copy, d.tw.world());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.logs.map((l) => l.text)).toEqual(['tick 4 1735689609']);
  });

  it('does not change the process it is given', () => {
    const d = sh('sleep 5; echo later');
    const before = JSON.stringify(d.proc);
    d.tw.now = 5000;
    stepProcess(d.proc, d.tw.world());
    expect(JSON.stringify(d.proc)).toBe(before);
  });

  it('compiles a repeated $(...) once', () => {
    const d = sh('while true; do echo $(date); sleep 1; done').advanceTo(50_000);
    expect(d.proc.jobs[0].chunks.length).toBeLessThan(6);
  });
});

describe('steps catch up when called late', () => {
  it('runs every sleep that ended before now, with each line at its own time', () => {
    const d = sh('echo a; sleep 1; echo b; sleep 1; echo c; sleep 10; echo d');
    d.tw.now = 5000;
    const s = stepProcess(d.proc, d.tw.world());
    expect(s.logs.map((l) => [l.at, l.text])).toEqual([[1000, 'b'], [2000, 'c']]);
    expect(s.wakeAt).toBe(12_000);
  });
});

describe('background jobs', () => {
  it('wait waits for every job', () => {
    const r = runExec(['sh', '-c', 'sleep 2 & sleep 1; echo fg; wait; echo all'], new TestWorld().world(), 10_000);
    expect([r.stdout, r.durationMs]).toEqual(['fg\nall\n', 2000]);
  });

  it('a background loop writes logs while the main shell waits', () => {
    const d = sh('while true; do echo bg; sleep 2; done & sleep 5; echo main; wait').advanceTo(5000);
    expect(d.logs.map((l) => [l.at, l.text])).toEqual([[0, 'bg'], [2000, 'bg'], [4000, 'bg'], [5000, 'main']]);
  });

  it('$! and wait PID', () => {
    const r = runExec(['sh', '-c', 'sleep 1 & p=$!; wait $p; echo $?'], new TestWorld().world(), 10_000);
    expect([r.stdout, r.durationMs]).toEqual(['0\n', 1000]);
  });
});

describe('CPU and memory', () => {
  it('a loop that never sleeps keeps a core busy, warns once, and still advances time', () => {
    const d = sh('while true; do :; done').advanceTo(10_000);
    expect(d.proc.cpuMilli).toBe(1000);
    expect(d.warnings).toEqual(['podlab: a shell loop in this container never sleeps; it keeps a CPU core busy (simulated as 1s per 1000 steps)']);
    expect(d.wakeAt).toBeGreaterThan(10_000);
  });

  it('yes > /dev/null uses a core; sleep uses none', () => {
    expect(sh('yes > /dev/null').advanceTo(1000).proc.cpuMilli).toBe(1000);
    expect(sh('sleep 100').advanceTo(1000).proc.cpuMilli).toBe(0);
  });

  it('memory appears when a server has started and is gone when it exits', () => {
    const d = new Driver(['docker-entrypoint.sh', 'mysqld'], { image: 'mysql:8.0', env: { MYSQL_ROOT_PASSWORD: 'x' } });
    expect(d.wakeAt).toBe(100);
    d.advanceTo(1000);
    expect(d.proc.memoryBytes).toBe(256 * 1024 + 380 * MiB);
    d.signal('SIGKILL', 2000);
    expect(memoryAt(d.proc, 2000)).toBe(0);
  });

  it.each([
    [[{ bytes: 10 * MiB, from: 0, growBytesPerSecond: MiB }], 20 * MiB, 0, 9750],
    [[{ bytes: 100 * MiB, from: 5000, growBytesPerSecond: 0 }], 50 * MiB, 0, 5000],
    [[{ bytes: 10 * MiB, from: 0, growBytesPerSecond: 0 }], 50 * MiB, 0, undefined],
    [[{ bytes: 10 * MiB, from: 0, growBytesPerSecond: MiB }, { bytes: 0, from: 4000, growBytesPerSecond: MiB }], 20 * MiB, 0, 6875],
  ])('timeToReachMemory(%j, %i) from %i is %s (256 KiB base included)', (memory, bytes, from, t) => {
    expect(timeToReachMemory({ memory }, bytes, from)).toBe(t);
  });
});
