// Running one probe and wording its result as pkg/probe/{http,tcp,exec,grpc} and prober.go do.
import { assertNever } from '../../util/assert-never.js';
import type { Millis, Probe } from '../api/types.js';
import type { Ctx } from './context.js';
import { isReadOnlyCommand, recallExec, rememberExec } from './exec-memo.js';
import { execInContainer } from './runtime.js';
import type { RequestOptions } from '../proc/http.js';
import type { Instance, NodeRuntime, PodRuntime } from './types.js';
import type { LogBuffer, StampedText } from './log-buffer.js';
import { listensLater } from './runtime.js';
import { instanceWorld, podConnect, podHttpGet, routesToSelf, type RecallNote } from './world.js';

export interface ProbeOutcome {
  /** `Warning` counts as success and is reported as a ProbeWarning event. */
  readonly result: 'Success' | 'Failure' | 'Warning';
  readonly output: string;
  /**
   * Set when running the probe again gives the same outcome with the same effects (at most
   * this log line) until something changes in the pod or the cluster: a remembered answer
   * from the pod itself, or a connect to its own open port, with no server still starting.
   */
  readonly repeatable?: { readonly log?: { readonly buf: LogBuffer; readonly text: StampedText | string } };
}

/** No process of the pod will open a port later: what connects now keeps connecting. */
function settled(pr: PodRuntime, now: Millis): boolean {
  for (const c of pr.containers) {
    const inst = c.current;
    if (inst && !inst.exit && listensLater(inst.proc, now)) return false;
  }
  return true;
}

function portOf(ctx: Ctx, c: number, port: number | string): number {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return (ctx.pr.containers[c].spec.ports ?? []).find((p) => p.name === port)?.containerPort ?? 0;
}

const seconds = (ms: Millis): string => `${ms / 1000}s`;

/** `kube-probe/<major>.<minor>` of the kubelet podlab models. */
export const PROBE_USER_AGENT = 'kube-probe/1.33';

/**
 * How the prober's requests look to the server. Note: probes come from the node (the pod
 * network's gateway address) as kube-probe/<version>.
 */
function probeRequest(node: NodeRuntime): RequestOptions {
  return { clientIp: node.gatewayIP, userAgent: PROBE_USER_AGENT };
}

/** Runs the probe now against container `c`'s instance `inst`. */
export function runProbe(ctx: Ctx, c: number, inst: Instance, probe: Probe, forcedFailure: boolean): ProbeOutcome {
  const { state, pr } = ctx;
  const timeoutMs = (probe.timeoutSeconds ?? 1) * 1000;
  const podIP = pr.podIP ?? '';
  if (probe.exec) {
    const argv = probe.exec.command ?? [];
    if (forcedFailure) return { result: 'Failure', output: '' };
    const faults = state.faults.size === 0 ? undefined : state.faults.get(`${pr.uid}/${pr.containers[c].name}`);
    const key = { fs: inst.fs, vol: pr.volumesGen, mounts: state.store.mountsRv, faults };
    const readOnly = isReadOnlyCommand(argv);
    let r = readOnly ? recallExec(inst.execMemo, argv, key) : undefined;
    if (r && !r.timedOut && r.exitCode === 0) return { result: 'Success', output: r.output.replace(/\n+$/, ''), repeatable: {} };
    if (!r) {
      const w = instanceWorld(state, pr, pr.containers[c], inst);
      r = execInContainer(inst.proc, argv, w.world, timeoutMs);
      w.commit();
      if (readOnly && inst.fs === key.fs && pr.volumesGen === key.vol && state.store.mountsRv === key.mounts) {
        inst.execMemo ??= new Map();
        rememberExec(inst.execMemo, argv, key, r);
      }
    }
    if (r.timedOut) {
      return { result: 'Failure', output: `command timed out: "${argv.join(' ')}" timed out after ${seconds(timeoutMs)}` };
    }
    return { result: r.exitCode === 0 ? 'Success' : 'Failure', output: r.output.replace(/\n+$/, '') };
  }
  if (probe.httpGet) {
    const h = probe.httpGet;
    const port = portOf(ctx, c, h.port);
    const host = h.host || podIP;
    const path = h.path ?? '/';
    const url = (): string => `${(h.scheme ?? 'HTTP').toLowerCase()}://${host}:${port}${path}`;
    if (forcedFailure) return { result: 'Failure', output: 'HTTP probe failed with statuscode: 500' };
    const note: RecallNote = {};
    const answer = podHttpGet(state, pr, host, port, path, 0, probeRequest(ctx.node), note);
    switch (answer.kind) {
      case 'refused':
        return { result: 'Failure', output: `Get "${url()}": dial tcp ${host}:${port}: connect: connection refused` };
      case 'timeout':
        return { result: 'Failure', output: `Get "${url()}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
      case 'malformed':
        return { result: 'Failure', output: `Get "${url()}": net/http: HTTP/1.x transport connection broken: malformed HTTP response ${JSON.stringify(answer.firstLine)}` };
      case 'response':
        if (answer.status >= 200 && answer.status < 300) {
          const hit = note.hit;
          const repeatable = hit?.self && settled(pr, state.now) ? { repeatable: hit.log ? { log: hit.log } : {} } : {};
          return { result: 'Success', output: answer.body.slice(0, 10240), ...repeatable };
        }
        if (answer.status >= 300 && answer.status < 400) {
          return { result: 'Warning', output: `Probe terminated redirects, Response body: ${answer.body.slice(0, 10240)}` };
        }
        return { result: 'Failure', output: `HTTP probe failed with statuscode: ${answer.status}` };
      default:
        return assertNever(answer);
    }
  }
  if (probe.tcpSocket) {
    const port = portOf(ctx, c, probe.tcpSocket.port);
    const host = probe.tcpSocket.host || podIP;
    const r = forcedFailure ? 'refused' : podConnect(state, pr, host, port);
    if (r === 'open') return { result: 'Success', output: '', ...(routesToSelf(pr, host) && settled(pr, state.now) ? { repeatable: {} } : {}) };
    return { result: 'Failure', output: r === 'refused' ? `dial tcp ${host}:${port}: connect: connection refused` : `dial tcp ${host}:${port}: i/o timeout` };
  }
  if (probe.grpc) {
    const addr = `${podIP}:${probe.grpc.port}`;
    if (forcedFailure) return { result: 'Failure', output: 'service unhealthy (responded with "NOT_SERVING")' };
    const r = podConnect(state, pr, podIP, probe.grpc.port);
    if (r === 'open') return { result: 'Success', output: 'service healthy', ...(routesToSelf(pr, podIP) && settled(pr, state.now) ? { repeatable: {} } : {}) };
    return { result: 'Failure', output: `timeout: failed to connect service "${addr}" within ${seconds(timeoutMs)}: context deadline exceeded` };
  }
  return { result: 'Success', output: '' };
}
