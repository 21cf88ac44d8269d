// Probes ask the same question every period: an unchanged server answers a request for the
// same path the same way. The answering instance keeps its last answer per port and path while
// nothing it depends on changed (the process, its filesystem and volumes, what the store holds
// for its mounts, the faults, the client), and only for answers that do not depend on the time.
// The memo lives on the instance (plain data in the simulation state, gone with the instance)
// and holds a bounded number of answers, so no run can make it grow without end.
import type { Millis } from '../api/types.js';
import { formatStamp } from '../proc/clock.js';
import type { Proc } from '../proc/process-types.js';
import type { HttpAnswer } from '../proc/types.js';
import type { StampedText } from './log-buffer.js';
import { assignOwn, defineOwn } from '../own-props.js';

/** What an answer depends on besides the port and path. */
export interface MemoKey {
  /**
   * The instance's `wakeGen`: every step of its process bumps it (the kubelet steps processes
   * in place, so the process object itself stays the same across steps).
   */
  readonly procGen: number;
  readonly fs: unknown;
  /** The store's `mountsRv`: ConfigMaps, Secrets and pod specs behind the mounts. */
  readonly mounts: number;
  /** The pod's shared-volume generation (an emptyDir another container writes). */
  readonly vol: number;
  readonly faults: unknown;
  readonly clientIp: string;
}

interface HttpEntry extends MemoKey {
  /** The answer without its access-log line. */
  readonly answer: HttpAnswer;
  /** The access-log line the server writes for it, its time left open when it has one. */
  readonly log?: StampedText | string;
}

/** Answers an instance remembers, by port then path. */
export type HttpMemo = Map<number, Map<string, HttpEntry>>;

/** At most this many remembered answers per instance; the memo starts over beyond it. */
export const MAX_MEMO_ENTRIES = 32;

/** Whether `proc` answers HTTP on `port` the same way at any later time (static files, fixed routes). */
export function isTimeInvariant(proc: unknown, port: number, now: Millis): boolean {
  if (!proc || typeof proc !== 'object') return false;
  const l = (proc as Proc).listening.find((x) => x.port === port);
  if (!l || l.since > now || !l.http) return false;
  if (l.http.kind === 'static') return true;
  return l.http.routes.every((r) => r.fromMs === undefined && r.untilMs === undefined && !(r.body ?? '').includes('{'));
}

const sameKey = (e: MemoKey, k: MemoKey): boolean =>
  e.procGen === k.procGen && e.fs === k.fs && e.mounts === k.mounts && e.vol === k.vol && e.faults === k.faults && e.clientIp === k.clientIp;

/** The remembered answer and its access-log line, if the key still holds. */
export function recallHttp(memo: HttpMemo | undefined, port: number, path: string, k: MemoKey): HttpEntry | undefined {
  const e = memo?.get(port)?.get(path);
  return e && sameKey(e, k) ? e : undefined;
}

const size = (memo: HttpMemo): number => {
  let n = 0;
  for (const byPath of memo.values()) n += byPath.size;
  return n;
};

/**
 * Remembers `answer`, given at simulated time `now`. Its access-log line is kept with the time
 * left open (the time is the only part that changes from one request to the next).
 */
export function rememberHttp(
  memo: HttpMemo, port: number, path: string, k: MemoKey, answer: HttpAnswer, startEpochMs: number, now: Millis,
): HttpEntry {
  let log: StampedText | string | undefined;
  let bare = answer;
  if (answer.kind === 'response' && answer.accessLog !== undefined) {
    const { accessLog, ...rest } = answer;
    bare = rest;
    const stamp = formatStamp('clf', startEpochMs + now);
    const at = accessLog.indexOf(stamp);
    log = at < 0 ? accessLog : { pre: accessLog.slice(0, at), post: accessLog.slice(at + stamp.length), base: startEpochMs };
  }
  if (!memo.get(port)?.has(path) && size(memo) >= MAX_MEMO_ENTRIES) memo.clear();
  let byPath = memo.get(port);
  if (!byPath) {
    byPath = new Map();
    memo.set(port, byPath);
  }
  // `{ ...k, answer, log? }`, copied key by key so entries share hidden classes (own-props.ts).
  const entry = assignOwn({}, k) as Record<string, unknown>;
  defineOwn(entry, 'answer', bare);
  if (log !== undefined) defineOwn(entry, 'log', log);
  byPath.set(path, entry as unknown as HttpEntry);
  return entry as unknown as HttpEntry;
}
