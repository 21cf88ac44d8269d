// The ProcWorld a container's process runs against: its environment, its filesystems (written
// back after the call with `commit`), cluster DNS and the network.
import type { Millis, Pod } from '../api/types.js';
import type { SimState } from '../engine/state.js';
import type { ImageEntry } from '../images/types.js';
import { mountedFs } from '../proc/fs-ops.js';
import type { RequestOptions } from '../proc/http.js';
import type { HttpAnswer, NetResult, ProcFaults, ProcWorld } from '../proc/types.js';
import { getObject } from '../store/store.js';
import { podByIP, readyEndpoints, resolveFqdn, serviceByIP, targetPortIn } from './network.js';
import { isTimeInvariant, recallHttp, rememberHttp, type MemoKey } from './http-memo.js';
import { pushLog, pushStamped, type LogBuffer, type StampedText } from './log-buffer.js';
import { httpInContainer, mayListen, tcpInContainer } from './runtime.js';
import type { ContainerRuntime, Instance, PodRuntime } from './types.js';
import { containerMounts } from './volumes.js';

/** Faults injected per container (`httpFail`), keyed `<uid>/<container>`. */
export type FaultTable = Map<string, ProcFaults>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
/** Nested calls (a pod calling a Service calling ...) stop here; real loops would time out too. */
const MAX_DEPTH = 4;

export interface WorldHandle {
  readonly world: ProcWorld;
  /** Writes filesystem changes the call made back into the instance and the pod's volumes. */
  commit(): void;
}

/** Whether a connection from `from` to `ip` stays inside `from` (loopback, or its own IP). */
export function routesToSelf(from: PodRuntime, ip: string): boolean {
  return LOOPBACK.has(ip) || ip === from.podIP;
}

/** Routes a connection from inside the cluster to the process that listens, if any. */
function route(state: SimState, from: PodRuntime, ip: string, port: number, depth: number):
  { pr: PodRuntime; port: number } | 'refused' | 'timeout' {
  if (LOOPBACK.has(ip) || ip === from.podIP) return { pr: from, port };
  const svc = serviceByIP(state, ip);
  if (svc) {
    const sp = svc.spec?.ports?.find((p) => p.port === port);
    if (!sp) return 'refused';
    for (const pod of readyEndpoints(state, svc)) {
      const target = podByIP(state, pod.status?.podIP ?? '');
      const tp = targetPortIn(pod, sp);
      if (target && tp !== undefined) return { pr: target, port: tp };
    }
    // Note: kube-proxy rejects connections to a Service without endpoints (ICMP unreachable).
    return 'refused';
  }
  const pr = depth < MAX_DEPTH ? podByIP(state, ip) : undefined;
  return pr ? { pr, port } : 'timeout';
}

export function podConnect(state: SimState, from: PodRuntime, ip: string, port: number, depth = 0): NetResult {
  const r = route(state, from, ip, port, depth);
  if (typeof r === 'string') return r;
  for (const c of r.pr.containers) {
    const inst = c.current;
    if (!inst || inst.exit) continue;
    // A connect reads only the time and the faults of the world, so no whole world is built.
    const faults = state.faults.size === 0 ? undefined : state.faults.get(`${r.pr.uid}/${c.name}`);
    if (tcpInContainer(inst.proc, r.port, { now: state.now, faults }) === 'open') return 'open';
  }
  return 'refused';
}

/** Filled by `podHttpGet` when it answered from memory: what asking again would do. */
export interface RecallNote {
  hit?: {
    /** The answer came from `from` itself. */
    readonly self: boolean;
    /** The log the server writes to, and its line. */
    readonly log?: { readonly buf: LogBuffer; readonly text: StampedText | string };
  };
}

/**
 * An HTTP GET from inside `from` (or from its node, for probes); the server logs it. The
 * answer's `accessLog` is not set: the line goes to the server's log, not to the client.
 */
export function podHttpGet(
  state: SimState, from: PodRuntime, ip: string, port: number, path: string, depth = 0, opts: RequestOptions = {}, note?: RecallNote,
): HttpAnswer {
  const r = route(state, from, ip, port, depth);
  if (typeof r === 'string') return { kind: r };
  const clientIp = opts.clientIp ?? from.podIP ?? '127.0.0.1';
  for (const c of r.pr.containers) {
    const inst = c.current;
    if (!inst || inst.exit || !mayListen(inst, r.port, state.now)) continue;
    const faults = state.faults.size === 0 ? undefined : state.faults.get(`${r.pr.uid}/${c.name}`);
    const key: MemoKey = { procGen: inst.wakeGen, fs: inst.fs, mounts: state.store.mountsRv, vol: r.pr.volumesGen, faults, clientIp };
    const recalled = recallHttp(inst.httpMemo, r.port, path, key);
    if (recalled) {
      const log = recalled.log;
      if (log !== undefined) {
        if (typeof log === 'string') pushLog(inst.logs, { at: state.now, stream: 'stdout', text: log });
        else pushStamped(inst.logs, state.now, 'stdout', log);
      }
      if (note) note.hit = { self: r.pr === from, ...(log !== undefined ? { log: { buf: inst.logs, text: log } } : {}) };
      return recalled.answer;
    }
    const w = instanceWorld(state, r.pr, c, inst, depth + 1);
    const answer = httpInContainer(inst.proc, r.port, path, w.world, { ...opts, clientIp });
    if (answer.kind !== 'refused') {
      w.commit();
      if (answer.kind === 'response' && answer.accessLog) pushLog(inst.logs, { at: state.now, stream: 'stdout', text: answer.accessLog });
      if (inst.fs === key.fs && r.pr.volumesGen === key.vol && state.store.mountsRv === key.mounts && isTimeInvariant(inst.proc, r.port, state.now)) {
        inst.httpMemo ??= new Map();
        return rememberHttp(inst.httpMemo, r.port, path, key, answer, state.startEpochMs, state.now).answer;
      }
      if (answer.kind !== 'response' || answer.accessLog === undefined) return answer;
      const { accessLog: _line, ...bare } = answer;
      return bare;
    }
  }
  return { kind: 'refused' };
}

/** The world of a running (or about to start) instance at the current time. */
export function instanceWorld(state: SimState, pr: PodRuntime, c: ContainerRuntime, inst: Instance | { readonly image: ImageEntry; fs: Instance['fs']; readonly env: Instance['env'] }, depth = 0, now: Millis = state.now): WorldHandle {
  let mounted: ReturnType<typeof mountedFs> | undefined;
  let shared: (string | undefined)[] = [];
  // The filesystem view is built on first use: many calls (a TCP probe) never touch it.
  const fsView = () => {
    if (mounted) return mounted;
    const pod = getObject(state.store, 'Pod', pr.namespace, pr.name) as Pod | undefined;
    const m = pod ? containerMounts(state.store, pod, pr, c.spec) : { mounts: [], shared: [] };
    shared = m.shared;
    mounted = mountedFs(inst.fs, m.mounts);
    return mounted;
  };
  const faults = state.faults.size === 0 ? undefined : state.faults.get(`${pr.uid}/${c.name}`);
  const spec = c.spec;
  // Note: one fixed object shape (no spreads) keeps this cheap; it is built for every call.
  const world: ProcWorld = {
    now,
    startEpochMs: state.startEpochMs,
    image: inst.image,
    env: inst.env,
    hostname: pr.name,
    namespace: pr.namespace,
    podIP: pr.podIP ?? '',
    containerPorts: spec.ports ? spec.ports.map((p) => p.containerPort) : undefined,
    workingDir: spec.workingDir || undefined,
    get fs() {
      return fsView().ops;
    },
    stdinOpen: spec.stdin || undefined,
    resolveHost: (fqdn) => resolveFqdn(state, fqdn),
    connect: (ip, port) => podConnect(state, pr, ip, port, depth),
    httpGet: (ip, port, path) => podHttpGet(state, pr, ip, port, path, depth),
    faults,
  };
  return {
    world,
    commit() {
      if (!mounted) return;
      const after = mounted.current();
      inst.fs = after.root;
      after.mounts.forEach((fs, i) => {
        const name = shared[i];
        if (name && pr.volumes.get(name) !== fs) {
          pr.volumes.set(name, fs);
          pr.volumesGen++;
        }
      });
    },
  };
}
