// Running one probe and wording its result as pkg/probe/{http,tcp,exec,grpc} and prober.go do.
import { assertNever } from '../../util/assert-never.js';
import type { Millis, Probe } from '../api/types.js';
import type { Ctx } from './context.js';
import { isReadOnlyCommand, recallExec, rememberExec } from './exec-memo.js';
import { execInContainer } from './runtime.js';
import type { Instance } from './types.js';
import { instanceWorld, podConnect, podHttpGet } from './world.js';

export interface ProbeOutcome {
  /** `Warning` counts as success and is reported as a ProbeWarning event. */
  readonly result: 'Success' | 'Failure' | 'Warning';
  readonly output: string;
}

function portOf(ctx: Ctx, c: number, port: number | string): number {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return (ctx.pr.containers[c].spec.ports ?? []).find((p) => p.name === port)?.containerPort ?? 0;
}

const seconds = (ms: Millis): string => `${ms / 1000}s`;

/** `kube-probe/<major>.<minor>` of the kubelet podlab models. */
export const PROBE_USER_AGENT = 'kube-probe/1.33';

/** Runs the probe now against container `c`'s instance `inst`. */
export function runProbe(ctx: Ctx, c: number, inst: Instance, probe: Probe, forcedFailure: boolean): ProbeOutcome {
  const { state, pr } = ctx;
  const timeoutMs = (probe.timeoutSeconds ?? 1) * 1000;
  const podIP = pr.podIP ?? '';
  if (probe.exec) {
    const argv = probe.exec.command ?? [];
    if (forcedFailure) return { result: 'Failure', output: '' };
    const faults = state.faults.size === 0 ? undefined : state.faults.get(`${pr.uid}/${pr.containers[c].name}`);
    const key = { argv, fs: inst.fs, vol: pr.volumesGen, rv: state.store.rv, faults };
    let r = isReadOnlyCommand(argv) ? recallExec(inst, key) : undefined;
    if (!r) {
      const w = instanceWorld(state, pr, pr.containers[c], inst);
      r = execInContainer(inst.proc, argv, w.world, timeoutMs);
      w.commit();
      if (isReadOnlyCommand(argv) && inst.fs === key.fs && pr.volumesGen === key.vol) rememberExec(inst, key, r);
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
    // Note: probes come from the node (the pod network's gateway address) as kube-probe/<version>.
    const clientIp = `${ctx.node.cidrPrefix}1`;
    const answer = podHttpGet(state, pr, host, port, path, 0, { clientIp, userAgent: PROBE_USER_AGENT });
    switch (answer.kind) {
      case 'refused':
        return { result: 'Failure', output: `Get "${url()}": dial tcp ${host}:${port}: connect: connection refused` };
      case 'timeout':
        return { result: 'Failure', output: `Get "${url()}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
      case 'malformed':
        return { result: 'Failure', output: `Get "${url()}": net/http: HTTP/1.x transport connection broken: malformed HTTP response ${JSON.stringify(answer.firstLine)}` };
      case 'response':
        if (answer.status >= 200 && answer.status < 300) return { result: 'Success', output: answer.body.slice(0, 10240) };
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
    if (r === 'open') return { result: 'Success', output: '' };
    return { result: 'Failure', output: r === 'refused' ? `dial tcp ${host}:${port}: connect: connection refused` : `dial tcp ${host}:${port}: i/o timeout` };
  }
  if (probe.grpc) {
    const addr = `${podIP}:${probe.grpc.port}`;
    if (forcedFailure) return { result: 'Failure', output: 'service unhealthy (responded with "NOT_SERVING")' };
    const r = podConnect(state, pr, podIP, probe.grpc.port);
    if (r === 'open') return { result: 'Success', output: 'service healthy' };
    return { result: 'Failure', output: `timeout: failed to connect service "${addr}" within ${seconds(timeoutMs)}: context deadline exceeded` };
  }
  return { result: 'Success', output: '' };
}
