// Probes ask the same question every period: an unchanged server answers a request for the
// same path the same way. This memo keeps the last answer per process, port and path while
// nothing it depends on changed (the process, its filesystem, the stored objects, the faults),
// and only for answers that do not depend on the time. Only the access-log timestamp is redone.
import type { Millis } from '../api/types.js';
import { formatStamp } from '../proc/clock.js';
import type { Proc } from '../proc/process-types.js';
import type { HttpAnswer } from '../proc/types.js';

interface Entry {
  readonly fs: unknown;
  readonly rv: number;
  readonly vol: number;
  readonly faults: unknown;
  readonly clientIp: string;
  readonly answer: HttpAnswer;
  /** The access log's `[...]` timestamp as written for `at`. */
  readonly stamp: string;
}

const memo = new WeakMap<object, Map<number, Map<string, Entry>>>();

let lastSecond = Number.NaN;
let lastStamp = '';

/** The access-log time, kept per second (every probe of a run asks for the same few). */
function clfStamp(epochMs: number): string {
  const second = Math.floor(epochMs / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastStamp = formatStamp('clf', epochMs);
  }
  return lastStamp;
}

/** Whether `proc` answers HTTP on `port` the same way at any later time (static files, fixed routes). */
export function isTimeInvariant(proc: unknown, port: number, now: Millis): boolean {
  if (!proc || typeof proc !== 'object') return false;
  const l = (proc as Proc).listening.find((x) => x.port === port);
  if (!l || l.since > now || !l.http) return false;
  if (l.http.kind === 'static') return true;
  return l.http.routes.every((r) => r.fromMs === undefined && r.untilMs === undefined && !(r.body ?? '').includes('{'));
}

export interface MemoKey {
  readonly proc: unknown;
  readonly port: number;
  readonly path: string;
  readonly fs: unknown;
  readonly rv: number;
  /** The pod's shared-volume generation (an emptyDir another container writes). */
  readonly vol: number;
  readonly faults: unknown;
  readonly clientIp: string;
}

export function recallHttp(k: MemoKey, epochMs: number): HttpAnswer | undefined {
  const e = memo.get(k.proc as object)?.get(k.port)?.get(k.path);
  if (!e || e.fs !== k.fs || e.rv !== k.rv || e.vol !== k.vol || e.faults !== k.faults || e.clientIp !== k.clientIp) return undefined;
  const a = e.answer;
  if (a.kind !== 'response' || !a.accessLog) return a;
  const stamp = clfStamp(epochMs);
  return stamp === e.stamp ? a : { ...a, accessLog: a.accessLog.replace(e.stamp, stamp) };
}

export function rememberHttp(k: MemoKey, answer: HttpAnswer, epochMs: number): void {
  if (!k.proc || typeof k.proc !== 'object') return;
  let byPort = memo.get(k.proc);
  if (!byPort) {
    byPort = new Map();
    memo.set(k.proc, byPort);
  }
  let byPath = byPort.get(k.port);
  if (!byPath) {
    byPath = new Map();
    byPort.set(k.port, byPath);
  }
  byPath.set(k.path, { fs: k.fs, rv: k.rv, vol: k.vol, faults: k.faults, clientIp: k.clientIp, answer, stamp: clfStamp(epochMs) });
}
