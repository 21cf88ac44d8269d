// Small reads of a pod that several findings share: statuses by name, the last termination,
// what an exit code means, how a probe reads, how long a liveness probe waits.
import type { Container, ContainerStatus, Pod, Probe } from '../api/types.js';
import { humanDuration, timestampMs } from '../status/index.js';
import type { Finding, FindingCode, Severity } from './types.js';
import type { ExplainKey, Say, Vars } from './messages.js';

/** What every finding rule gets. */
export interface Ctx {
  readonly pod: Pod;
  readonly nowMs: number;
  readonly say: Say;
  /** `kubectl get pods` STATUS for this pod. */
  readonly status: string;
  readonly name: string;
}

export type Termination = NonNullable<NonNullable<ContainerStatus['state']>['terminated']>;

export function finding(ctx: Ctx, severity: Severity, code: FindingCode, key: ExplainKey, vars: Vars, advice?: ExplainKey, adviceVars: Vars = {}): Finding {
  const all = { pod: ctx.name, ...vars };
  return { severity, code, message: ctx.say(key, all).trim(), ...(advice ? { advice: ctx.say(advice, { ...all, ...adviceVars }).trim() } : {}) };
}

export const mainStatuses = (pod: Pod): readonly ContainerStatus[] => pod.status?.containerStatuses ?? [];
export const initStatuses = (pod: Pod): readonly ContainerStatus[] => pod.status?.initContainerStatuses ?? [];

export function specOf(pod: Pod, name: string): Container | undefined {
  return [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find((c) => c.name === name);
}

/** The exit the container is in now, or the one before its current run. */
export function lastTermination(cs: ContainerStatus): Termination | undefined {
  return cs.state?.terminated ?? cs.lastState?.terminated;
}

/** `, 44s ago` when the time is known. */
export function when(ctx: Ctx, t: Termination | undefined): string {
  const ms = timestampMs(t?.finishedAt);
  return ms === undefined ? '' : ctx.say('ago', { ago: humanDuration((ctx.nowMs - ms) / 1000) });
}

const KNOWN_EXITS: Readonly<Record<number, ExplainKey>> = {
  0: 'exit0', 1: 'exit1', 2: 'exit2', 126: 'exit126', 127: 'exit127', 128: 'exit128', 130: 'exit130', 137: 'exit137', 139: 'exit139', 143: 'exit143',
};

/** One sentence on what an exit code usually means. */
export function exitMeaning(say: Say, code: number, signal?: number): string {
  const known = KNOWN_EXITS[code];
  if (known) return say(known);
  if (signal || (code > 128 && code < 160)) return say('exitSignal', { code, signal: signal ?? code - 128 });
  return say('exitOther', { code });
}

/** The reason as kubectl would show it for a termination: `Error`, or `exit 3` when unset. */
export const reasonOf = (t: Termination): string => t.reason || (t.signal ? `signal ${t.signal}` : `exit ${t.exitCode}`);

const probeDefaults = (p: Probe) => ({
  delay: p.initialDelaySeconds ?? 0, period: p.periodSeconds ?? 10, failures: p.failureThreshold ?? 3,
});

/** Seconds a liveness probe allows after start before the first restart. */
export function livenessBudget(p: Probe): { budget: number; delay: number; period: number; failures: number } {
  const d = probeDefaults(p);
  return { ...d, budget: d.delay + d.period * d.failures };
}

/** `HTTP GET :80/healthz every 5s`, `TCP :3306 every 10s`, `exec cat /tmp/healthy every 5s`. */
export function probeText(p: Probe): string {
  const every = `every ${p.periodSeconds ?? 10}s`;
  if (p.httpGet) return `HTTP GET :${p.httpGet.port}${p.httpGet.path ?? '/'} ${every}`;
  if (p.tcpSocket) return `TCP :${p.tcpSocket.port} ${every}`;
  if (p.grpc) return `gRPC :${p.grpc.port} ${every}`;
  if (p.exec) return `exec ${(p.exec.command ?? []).join(' ')} ${every}`;
  return every;
}

/** The restart policy, with the API default. */
export const restartPolicy = (pod: Pod): string => pod.spec.restartPolicy ?? 'Always';
