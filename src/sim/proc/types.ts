// The contract between the kubelet and the processes inside containers.

import type { Millis } from '../api/types.js';
import type { ImageEntry } from '../images/types.js';
import type { Stream } from './behaviour-types.js';
import type { FsOps } from './fs-ops.js';

/** A connection attempt's outcome. */
export type NetResult = 'open' | 'refused' | 'timeout';

/** An HTTP exchange's outcome. `accessLog` is a line the server writes to its own log. */
export type HttpAnswer =
  | { readonly kind: 'response'; readonly status: number; readonly body: string; readonly accessLog?: string }
  | { readonly kind: 'refused' }
  | { readonly kind: 'timeout' }
  /** A server that does not speak HTTP answered (redis, mysql): its first line. */
  | { readonly kind: 'malformed'; readonly firstLine: string };

/** Faults a Scenario injects into one container. */
export interface ProcFaults {
  /** Requests that match (path; port when given) get this status, or no answer at all (`hang`). */
  readonly http?: readonly { readonly path?: string; readonly port?: number; readonly status?: number; readonly hang?: boolean }[];
  /** Ports that stop accepting connections. */
  readonly refusePorts?: readonly number[];
  /** Every exec in the container (probes, `kubectl exec`) exits with this code and output, or hangs. */
  readonly exec?: { readonly exitCode?: number; readonly output?: string; readonly hang?: boolean };
}

/**
 * What a process sees of the world: implemented by the kubelet for each call (not stored, so
 * functions are fine here). Use a plain object: `runExec` derives worlds with a later `now`.
 */
export interface ProcWorld {
  readonly now: Millis;
  /** Epoch milliseconds of t = 0, for `date` and log timestamps. */
  readonly startEpochMs: number;
  readonly image: ImageEntry;
  /** The container's whole environment (see `containerEnv` in images). */
  readonly env: Readonly<Record<string, string>>;
  /** The pod's name (what `hostname` prints). */
  readonly hostname: string;
  readonly namespace: string;
  readonly podIP: string;
  /** `containerPort`s of the container spec: generic apps listen on them. */
  readonly containerPorts?: readonly number[];
  /** `workingDir` of the container spec, overriding the image's. */
  readonly workingDir?: string;
  /** The container's filesystem with its volumes (see `mountedFs`). */
  readonly fs: FsOps;
  /** `stdin: true` on the container: `cat` and an interactive `sh` then wait instead of reading EOF. */
  readonly stdinOpen?: boolean;
  /** The cluster DNS address `nslookup` prints; default 10.96.0.10. */
  readonly dnsServer?: string;
  /**
   * The address of a fully qualified name (`web.default.svc.cluster.local`), or undefined when no
   * such Service (or pod) exists. Search domains are tried by the caller; see `serviceResolver`.
   */
  resolveHost(fqdn: string): string | undefined;
  /** TCP connect to an IP (a Service cluster IP, a pod IP, or 127.0.0.1 for the own pod). */
  connect(ip: string, port: number): NetResult;
  /**
   * HTTP GET to an IP; the kubelet routes it like `connect` and answers with
   * `serveHttp(targetProc, port, path, targetWorld)`: the target container's world, whose files a
   * static server (nginx) serves.
   */
  httpGet(ip: string, port: number, path: string): HttpAnswer;
  readonly faults?: ProcFaults;
}

/** One line of a container's log. */
export interface LogLine {
  readonly at: Millis;
  readonly stream: Stream;
  readonly text: string;
}

/** How a process ended. */
export interface ProcExit {
  readonly code: number;
  /** Set when a signal killed it (9 for SIGKILL). */
  readonly signal?: number;
  /** The runtime could not start it (containerd's message; the kubelet reports reason StartError). */
  readonly startError?: string;
}

/** What one call into a process produced. */
export interface StepOutput<P> {
  readonly proc: P;
  readonly logs: readonly LogLine[];
  /** When to call `stepProcess` next; undefined: blocked until a signal (or exited). */
  readonly wakeAt?: Millis;
  readonly exit?: ProcExit;
  /** Things the simulator could not model faithfully, for the user to read. */
  readonly warnings: readonly string[];
}
