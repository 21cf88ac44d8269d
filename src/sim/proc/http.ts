// Answering connections to a process: HTTP as its server would (static files, routes), TCP, and
// the errors a Go client (the kubelet's prober) prints when nothing answers.

import type { Millis } from '../api/types.js';
import type { HttpSpec } from './behaviour-types.js';
import { fillTemplate, formatStamp } from './clock.js';
import { reasonPhrase } from './http-status.js';
import { resolvePath } from './paths.js';
import type { Listener, Proc } from './process-types.js';
import type { HttpAnswer, ProcWorld } from './types.js';

/** Whether something accepts connections on `port` at `now`. */
export function isListening(proc: Pick<Proc, 'listening' | 'exited'>, port: number, now: Millis): boolean {
  return !proc.exited && proc.listening.some((l) => l.port === port && l.since <= now);
}

export interface RequestOptions {
  /** Address the request comes from, for the server's access log (the node's IP for probes). */
  readonly clientIp?: string;
  /** `kube-probe/1.32` for probes. */
  readonly userAgent?: string;
}

function errorPage(spec: Extract<HttpSpec, { kind: 'static' }>, status: number): string {
  const title = `${status} ${reasonPhrase(status)}`;
  switch (spec.server) {
    // Note: nginx's built-in pages use CRLF (src/http/ngx_http_special_response.c).
    case 'nginx': return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${spec.version}</center>\r\n</body>\r\n</html>\r\n`;
    case 'httpd': return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${title}</title>\n</head><body>\n<h1>${reasonPhrase(status)}</h1>\n<p>${status === 404 ? 'The requested URL was not found on this server.' : "You don't have permission to access this resource."}</p>\n</body></html>\n`;
    case 'busybox': return `<HTML><HEAD><TITLE>${title}</TITLE></HEAD>\n<BODY><H1>${title}</H1>\nThe requested URL was not found\n</BODY></HTML>\n`;
  }
}

/** A file server over the container's filesystem. */
function serveStatic(spec: Extract<HttpSpec, { kind: 'static' }>, path: string, world: ProcWorld): { status: number; body: string } {
  const raw = path.split('?')[0] || '/';
  let clean = raw;
  try {
    clean = decodeURIComponent(raw);
  } catch {
    return { status: 400, body: errorPage(spec, 400) };
  }
  const file = resolvePath(spec.root, '.' + clean);
  const kind = world.fs.stat(file);
  if (kind === 'file') return { status: 200, body: world.fs.read(file) ?? '' };
  if (kind === 'dir') {
    if (!clean.endsWith('/')) return { status: 301, body: errorPage(spec, 301) };
    const index = world.fs.read(`${file === '/' ? '' : file}/${spec.index}`);
    if (index !== undefined) return { status: 200, body: index };
    if (spec.server === 'httpd') {
      const names = world.fs.list(file) ?? [];
      return { status: 200, body: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n  <title>Index of ${clean}</title>\n </head>\n <body>\n<h1>Index of ${clean}</h1>\n<ul>${names.map((n) => `<li><a href="${n}"> ${n}</a></li>`).join('\n')}</ul>\n</body></html>\n` };
    }
    const status = spec.server === 'nginx' ? 403 : 404;
    return { status, body: errorPage(spec, status) };
  }
  return { status: 404, body: errorPage(spec, 404) };
}

function serveRoutes(l: Listener, spec: Extract<HttpSpec, { kind: 'routes' }>, path: string, world: ProcWorld): { status: number; body: string } {
  const clean = path.split('?')[0] || '/';
  const uptime = world.now - l.programStart;
  const route = spec.routes.find((r) => {
    const pathOk = r.path === '*' || r.path === clean || (r.path.endsWith('*') && clean.startsWith(r.path.slice(0, -1)));
    return pathOk && (r.fromMs === undefined || uptime >= r.fromMs) && (r.untilMs === undefined || uptime < r.untilMs);
  });
  if (!route) return { status: 404, body: '404 page not found\n' };
  return { status: route.status, body: fillTemplate(route.body ?? '', world.startEpochMs + world.now, uptime, world.hostname) };
}

/** What a request to `port` gets from this process at `world.now`, faults applied. */
export function serveHttp(proc: Pick<Proc, 'listening' | 'exited'>, port: number, path: string, world: ProcWorld, opts: RequestOptions = {}): HttpAnswer {
  const faults = world.faults;
  if (faults?.refusePorts?.includes(port)) return { kind: 'refused' };
  const l = proc.exited ? undefined : proc.listening.find((x) => x.port === port && x.since <= world.now);
  if (!l) return { kind: 'refused' };
  const fault = faults?.http?.find((f) => (f.port === undefined || f.port === port) && (f.path === undefined || f.path === path.split('?')[0]));
  if (fault?.hang) return { kind: 'timeout' };
  if (!l.http) return { kind: 'malformed', firstLine: port === 6379 ? "-ERR wrong number of arguments for 'get' command" : 'J\u0000\u0000\u0000\n8.0.40\u0000' };
  const answer = fault?.status !== undefined
    ? { status: fault.status, body: `${fault.status} ${reasonPhrase(fault.status)}\n` }
    : l.http.kind === 'static' ? serveStatic(l.http, path, world) : serveRoutes(l, l.http, path, world);
  const logLine = accessLog(l.http, path, answer, world, opts);
  return { kind: 'response', ...answer, ...(logLine ? { accessLog: logLine } : {}) };
}

function accessLog(spec: HttpSpec, path: string, a: { status: number; body: string }, world: ProcWorld, opts: RequestOptions): string | undefined {
  if (spec.kind !== 'static' || spec.server === 'busybox') return undefined;
  const when = formatStamp('clf', world.startEpochMs + world.now);
  const ip = opts.clientIp ?? '127.0.0.1';
  const ua = opts.userAgent ?? 'Wget';
  if (spec.server === 'httpd') return `${ip} - - [${when}] "GET ${path} HTTP/1.1" ${a.status} ${a.body.length}`;
  return `${ip} - - [${when}] "GET ${path} HTTP/1.1" ${a.status} ${a.body.length} "-" "${ua}" "-"`;
}

/**
 * An HTTP GET the way the kubelet's prober (Go net/http) makes it to `podIP:port`: the response, or
 * Go's error text, e.g. `Get "http://10.244.1.5:80/healthz": dial tcp 10.244.1.5:80: connect: connection refused`.
 */
export function httpGet(proc: Pick<Proc, 'listening' | 'exited'>, port: number, path: string, world: ProcWorld, opts: RequestOptions & { host?: string } = {}):
  { readonly status: number; readonly body: string; readonly accessLog?: string } | { readonly error: string } {
  const host = opts.host ?? world.podIP;
  const url = `http://${host}:${port}${path}`;
  const a = serveHttp(proc, port, path, world, opts);
  switch (a.kind) {
    case 'response': return a.accessLog ? { status: a.status, body: a.body, accessLog: a.accessLog } : { status: a.status, body: a.body };
    case 'refused': return { error: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
    case 'timeout': return { error: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
    case 'malformed': return { error: `Get "${url}": net/http: HTTP/1.x transport connection broken: malformed HTTP response ${goQuote(a.firstLine)}` };
  }
}

/** A TCP connect as the prober makes it: success, or Go's dial error. */
export function tcpConnect(proc: Pick<Proc, 'listening' | 'exited'>, port: number, world: ProcWorld, host = world.podIP): { readonly ok: true } | { readonly error: string } {
  if (world.faults?.refusePorts?.includes(port) || !isListening(proc, port, world.now)) {
    return { error: `dial tcp ${host}:${port}: connect: connection refused` };
  }
  return { ok: true };
}

/** Go's %q of a string. */
function goQuote(s: string): string {
  return '"' + s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/[\u0000-\u001f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')) + '"';
}
