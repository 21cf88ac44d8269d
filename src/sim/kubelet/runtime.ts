// The one place the kubelet talks to what runs inside containers (sim/proc, sim/images): every
// call goes through these functions so the process model can change behind them.
import type { Millis } from '../api/types.js';
import { containerArgv, containerEnv, resolveImage as resolveFromCatalog } from '../images/index.js';
import type { ImageEntry, ResolveResult, ScenarioImage } from '../images/types.js';
import type { Signal } from '../proc/behaviour-types.js';
import { serveHttp, isListening, type RequestOptions } from '../proc/http.js';
import { memoryAt, timeToReachMemory } from '../proc/memory.js';
// The kubelet owns each process it starts and keeps only the newest step, so steps change the
// process in place (the `Owned` variants) rather than copying it.
import { signalOwnedProcess as procSignal, startProcess as procStart, stepOwnedProcess as procStep } from '../proc/process.js';
import type { Proc } from '../proc/process-types.js';
import type { HttpAnswer, LogLine, NetResult, ProcWorld, StepOutput } from '../proc/types.js';

/** An exec's outcome (probes, hooks, `kubectl exec`). */
export interface ExecOutcome {
  readonly exitCode: number;
  /** stdout and stderr together, as the CRI returns them to the prober. */
  readonly output: string;
  /** How long the command ran (a hook that sleeps blocks the pod worker this long). */
  readonly durationMs: Millis;
  readonly timedOut: boolean;
}

export function resolveImage(image: string, scenario: readonly ScenarioImage[]): ResolveResult {
  return resolveFromCatalog(image, scenario);
}

/** The process environment: image ENV, HOSTNAME, then what the kubelet resolved. */
export function processEnv(image: ImageEntry, hostname: string, env: Readonly<Record<string, string>>): Record<string, string> {
  return containerEnv(image, hostname, env);
}

/** Starts the container's main process and runs it up to `world.now`. */
export function startProcess(
  image: ImageEntry, command: readonly string[] | undefined, args: readonly string[] | undefined, world: ProcWorld,
): StepOutput<unknown> {
  const argv = containerArgv(image, command, args);
  if ('error' in argv) return { proc: undefined, logs: [], warnings: [], exit: { code: 128, startError: argv.error } };
  return procStep(procStart(argv.argv, world), world);
}

export function stepProcess(proc: unknown, world: ProcWorld): StepOutput<unknown> {
  return procStep(proc as Proc, world);
}

export function signalProcess(proc: unknown, signal: Signal, world: ProcWorld): StepOutput<unknown> {
  if (proc === undefined) return { proc, logs: [], warnings: [], ...(signal === 'SIGKILL' ? { exit: { code: 137, signal: 9 } } : {}) };
  return procSignal(proc as Proc, signal, world);
}

const joinOutput = (logs: readonly LogLine[]): string => logs.map((l) => `${l.text}\n`).join('');

/**
 * Runs `command` in the container (a new process in its namespaces) until it exits or the
 * timeout passes. Note: an exec does not touch the main process's state here.
 */
export function execInContainer(_proc: unknown, command: readonly string[], world: ProcWorld, timeoutMs: Millis): ExecOutcome {
  const start = world.now;
  const fault = world.faults?.exec;
  if (fault?.hang) return { exitCode: 1, output: '', durationMs: timeoutMs, timedOut: true };
  if (fault) return { exitCode: fault.exitCode ?? 1, output: fault.output ?? '', durationMs: 0, timedOut: false };
  let out = procStep(procStart(command, world), world);
  const logs: LogLine[] = [...out.logs];
  let t = start;
  while (!out.exit && out.wakeAt !== undefined && out.wakeAt - start <= timeoutMs) {
    t = out.wakeAt;
    out = procStep(out.proc, { ...world, now: t });
    logs.push(...out.logs);
  }
  if (!out.exit) return { exitCode: 1, output: joinOutput(logs), durationMs: timeoutMs, timedOut: true };
  return { exitCode: out.exit.code, output: joinOutput(logs), durationMs: t - start, timedOut: false };
}

export function httpInContainer(proc: unknown, port: number, path: string, world: ProcWorld, opts: RequestOptions = {}): HttpAnswer {
  if (proc === undefined) return { kind: 'refused' };
  return serveHttp(proc as Proc, port, path, world, opts);
}

/** A cheap check before building a world: could this process answer on `port` now? */
export function mayListen(inst: { readonly proc: unknown }, port: number, now: Millis): boolean {
  return inst.proc !== undefined && isListening(inst.proc as Proc, port, now);
}

export function tcpInContainer(proc: unknown, port: number, world: Pick<ProcWorld, 'now' | 'faults'>): NetResult {
  if (proc === undefined) return 'refused';
  if (world.faults?.refusePorts?.includes(port)) return 'refused';
  return isListening(proc as Proc, port, world.now) ? 'open' : 'refused';
}

/** Whether the process will open a port after `now` (a server still starting). */
export function listensLater(proc: unknown, now: Millis): boolean {
  return proc !== undefined && (proc as Proc).listening.some((l) => l.since > now);
}

/** Resident memory of the process at `now`, in bytes. */
export function memoryOf(proc: unknown, now: Millis): number {
  return proc === undefined ? 0 : memoryAt(proc as Proc, now);
}

/** CPU the process uses now in millicores (its demand, before a limit throttles it). */
export function cpuOf(proc: unknown): number {
  return proc === undefined ? 0 : (proc as Proc).cpuMilli;
}

/** When the process's memory first exceeds `limit` at or after `now`, if it ever does. */
export function memoryCrossingAt(proc: unknown, limit: number, now: Millis): Millis | undefined {
  if (proc === undefined) return undefined;
  return timeToReachMemory(proc as Proc, limit + 1, now);
}
