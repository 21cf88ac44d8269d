// Running a command inside a running container to completion at once (exec probes, `kubectl exec`),
// with its virtual sleeps counted against the timeout.

import type { Millis } from '../api/types.js';
import { bootMachine } from '../shell/machine.js';
import { advance, runtimeFor } from './process.js';
import type { ProcWorld } from './types.js';

export interface ExecResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved, as an exec probe reports it. */
  readonly output: string;
  /** Virtual time the command took (the timeout when it timed out). */
  readonly durationMs: Millis;
  readonly timedOut: boolean;
  /**
   * The exec probe's failure output on timeout: `command "sleep 5" timed out`.
   * Note: pkg/probe/exec/exec.go returns Failure with the TimeoutError text, which the CRI client
   * builds in ExecSync (staging/src/k8s.io/cri-client/pkg/remote_runtime.go).
   */
  readonly timeoutMessage?: string;
  /** The command could not start (runc's text); exec then fails with 126. */
  readonly startError?: string;
  readonly warnings: readonly string[];
}

/**
 * Runs `argv` in the container described by `world`, starting at `world.now`. Filesystem changes
 * go through `world.fs` and stay. Ends at exit or after `timeoutMs` of virtual time.
 */
export function runExec(argv: readonly string[], world: ProcWorld, timeoutMs: Millis): ExecResult {
  const start = world.now;
  const fault = world.faults?.exec;
  if (fault?.hang) return timedOut(argv, timeoutMs, '', '', []);
  if (fault) {
    const output = fault.output ?? '';
    return { exitCode: fault.exitCode ?? 1, stdout: output, stderr: '', output, durationMs: 0, timedOut: false, warnings: [] };
  }
  // Exec sessions have no stdin here, whatever the container's `stdin` says.
  const execWorld: ProcWorld = Object.assign(Object.create(world) as ProcWorld, { stdinOpen: false });
  const cwd = world.workingDir || world.image.workingDir || '/';
  const m = bootMachine({ id: 0, argv, env: world.env, cwd, clock: start, fds: { out: { k: 'capture', stream: 'stdout' }, err: { k: 'capture', stream: 'stderr' } } });
  const p = { argv, startedAt: start, jobs: [m], nextJob: 1, ended: {}, listening: [], memory: [], memoryBytes: 0, cpuMilli: 0, handlesSigterm: false, warned: [] as string[] };
  const warnings: string[] = [];
  const rt = runtimeFor(p, execWorld, warnings, 'exec');
  const deadline = start + timeoutMs;
  advance(p, rt, deadline);
  const { stdout, stderr, all } = m.captured;
  if (m.startError) {
    const name = argv[0] ?? '';
    const startError = `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": ${name.includes('/') ? `stat ${name}: no such file or directory` : 'executable file not found in $PATH'}: unknown`;
    return { exitCode: 126, stdout, stderr, output: all, durationMs: 0, timedOut: false, startError, warnings };
  }
  if (m.done === undefined || m.clock > deadline) return timedOut(argv, timeoutMs, stdout, stderr, warnings);
  return { exitCode: m.done, stdout, stderr, output: all, durationMs: m.clock - start, timedOut: false, warnings };
}

function timedOut(argv: readonly string[], timeoutMs: Millis, stdout: string, stderr: string, warnings: readonly string[]): ExecResult {
  const timeoutMessage = `command "${argv.join(' ')}" timed out`;
  return { exitCode: 137, stdout, stderr, output: stdout + stderr, durationMs: timeoutMs, timedOut: true, timeoutMessage, warnings };
}

