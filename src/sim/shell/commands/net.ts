// Network clients: nslookup, nc, wget (busybox wordings) and curl. Names resolve through the
// cluster DNS the kubelet describes; connections go to whatever listens (see ProcWorld).

import { DEFAULT_DNS_SERVER, lookupHost } from '../../proc/dns.js';
import { statusLine } from '../../proc/http-status.js';
import { baseName, resolvePath } from '../../proc/paths.js';
import type { CmdCtx, CmdOutcome, CommandImpl } from '../command-types.js';
import { done, flags } from './files.js';

/** busybox before 1.29 used libc's resolver and printed `Address 1:` lines. */
function oldNslookup(ctx: CmdCtx): boolean {
  const v = ctx.world.image.busyboxVersion;
  if (ctx.userland !== 'busybox' || !v) return false;
  const [major, minor] = v.split('.').map(Number);
  return major === 1 && minor < 29;
}

const nslookup: CommandImpl = (argv, ctx) => {
  const { args } = flags(argv);
  const name = args[0];
  if (!name) return done(1, '', 'BusyBox: nslookup: missing host name\n');
  const dns = ctx.world.dnsServer ?? DEFAULT_DNS_SERVER;
  const hit = lookupHost(ctx.world, name);
  if (oldNslookup(ctx)) {
    const head = `Server:    ${dns}\nAddress 1: ${dns} kube-dns.kube-system.svc.cluster.local\n\n`;
    if (hit) return done(0, `${head}Name:      ${name}\nAddress 1: ${hit.ip} ${hit.fqdn}\n`);
    return done(1, head, `nslookup: can't resolve '${name}'\n`);
  }
  const head = `Server:\t\t${dns}\nAddress:\t${dns}:53\n\n`;
  if (hit) return done(0, `${head}Name:\t${hit.fqdn}\nAddress: ${hit.ip}\n\n`);
  return done(1, `${head}** server can't find ${name}: NXDOMAIN\n\n`);
};

const nc: CommandImpl = (argv, ctx) => {
  const { on, values, args } = flags(argv, 'wpiqe');
  const verbose = on.has('v');
  if (on.has('l')) {
    const port = Number(values.p ?? args[0]);
    if (!port) return done(1, '', 'BusyBox: nc: missing port\n');
    return { kind: 'run', behaviour: { listen: [{ port }] } };
  }
  const [host, portText] = args;
  const port = Number(portText);
  if (!host || !port) return done(1, '', 'BusyBox: nc: missing host or port\n');
  const hit = lookupHost(ctx.world, host);
  if (!hit) return done(1, '', `nc: bad address '${host}'\n`);
  const where = `${host} (${hit.ip}:${port})`;
  switch (ctx.world.connect(hit.ip, port)) {
    case 'open':
      if (on.has('z')) return done(0, '', verbose ? `${where} open\n` : '');
      return { kind: 'run', behaviour: {} };
    case 'refused':
      return done(1, '', verbose ? `nc: ${where}: Connection refused\n` : '');
    case 'timeout': {
      const afterMs = values.w ? Number(values.w) * 1000 : 127_000;
      return { kind: 'run', behaviour: { exit: { afterMs, code: 1 }, logs: verbose ? [{ afterMs, stream: 'stderr', text: `nc: ${where}: Connection timed out` }] : [] } };
    }
  }
};

interface Url {
  readonly host: string;
  readonly port: number;
  readonly path: string;
}

function parseUrl(text: string): Url | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(text);
  if (!m) return undefined;
  return { host: m[2], port: m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80, path: m[4] || '/' };
}

/** A client that waits `ms` for an answer that never comes, then fails. */
const timedFailure = (ms: number, code: number, text: string): CmdOutcome =>
  ({ kind: 'run', behaviour: { exit: { afterMs: ms, code }, logs: text ? [{ afterMs: ms, stream: 'stderr', text }] : [] } });

const wget: CommandImpl = (argv, ctx) => {
  const long = argv.filter((a) => a.startsWith('--'));
  const { on, values, args } = flags(argv.filter((a) => !a.startsWith('--')), 'OTtUYe');
  const quiet = on.has('q');
  const spider = long.includes('--spider');
  const timeout = Number(values.T ?? long.find((a) => a.startsWith('--timeout='))?.slice(10) ?? 900);
  const url = args[0] && parseUrl(args[0]);
  if (!url) return done(1, '', 'BusyBox: wget: missing URL\n');
  const hit = lookupHost(ctx.world, url.host);
  if (!hit) return done(1, '', `wget: bad address '${url.host}'\n`);
  const connecting = quiet ? '' : `Connecting to ${url.host} (${hit.ip}:${url.port})\n`;
  const answer = ctx.world.httpGet(hit.ip, url.port, url.path);
  if (answer.kind === 'refused') return done(1, '', `${connecting}wget: can't connect to remote host (${hit.ip}): Connection refused\n`);
  if (answer.kind === 'timeout') return { ...timedFailure(timeout * 1000, 1, 'wget: download timed out'), stderr: connecting };
  if (answer.kind === 'malformed') return done(1, '', `${connecting}wget: server returned error: ${answer.firstLine}\n`);
  if (answer.status >= 400) return done(1, '', `${connecting}wget: server returned error: ${statusLine(answer.status)}\n`);
  if (spider) return done(0, '', quiet ? '' : `${connecting}remote file exists\n`);
  const target = values.O ?? (baseName(url.path.split('?')[0]) === '/' ? 'index.html' : baseName(url.path.split('?')[0]));
  if (target === '-') return done(0, answer.body, connecting + (quiet ? '' : 'writing to stdout\n'));
  const path = resolvePath(ctx.cwd, target);
  if (values.O === undefined && ctx.world.fs.stat(path)) return done(1, '', `${connecting}wget: can't open '${target}': File exists\n`);
  const e = ctx.world.fs.write(path, answer.body, false);
  if (e) return done(1, '', `${connecting}wget: can't open '${target}': No such file or directory\n`);
  return done(0, '', quiet ? '' : `${connecting}saving to '${target}'\n'${target}' saved\n`);
};

const CURL_LONG: Readonly<Record<string, string>> = {
  '--max-time': '-m', '--output': '-o', '--head': '-I', '--include': '-i', '--fail': '-f', '--silent': '-s', '--show-error': '-S',
  '--location': '-L', '--verbose': '-v', '--insecure': '-k', '--request': '-X', '--header': '-H', '--data': '-d', '--user-agent': '-A',
};

const curl: CommandImpl = (argv, ctx) => {
  const normal: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--connect-timeout' || a === '--retry') i++;
    else if (a.startsWith('--') && a.includes('=')) {
      const short = CURL_LONG[a.slice(0, a.indexOf('='))];
      if (short) normal.push(short, a.slice(a.indexOf('=') + 1));
    }
    else if (!(a.startsWith('--') && !CURL_LONG[a])) normal.push(CURL_LONG[a] ?? a);
  }
  const { on, values, args } = flags(normal, 'oXHmdwAu');
  const silent = on.has('s') && !on.has('S');
  const fail = (code: number, text: string) => done(code, '', silent ? '' : `curl: (${code}) ${text}\n`);
  const maxTime = Number(values.m ?? 0);
  const url = args[0];
  const parsed = url && parseUrl(url);
  if (!parsed) return done(2, '', "curl: try 'curl --help' or 'curl --manual' for more information\n");
  const hit = lookupHost(ctx.world, parsed.host);
  if (!hit) return fail(6, `Could not resolve host: ${parsed.host}`);
  const answer = ctx.world.httpGet(hit.ip, parsed.port, parsed.path);
  if (answer.kind === 'refused') return fail(7, `Failed to connect to ${parsed.host} port ${parsed.port} after 0 ms: Couldn't connect to server`);
  if (answer.kind === 'timeout') {
    if (!maxTime) return { kind: 'run', behaviour: {} };
    return timedFailure(maxTime * 1000, 28, silent ? '' : `curl: (28) Operation timed out after ${maxTime * 1000} milliseconds with 0 bytes received`);
  }
  if (answer.kind === 'malformed') return fail(1, 'Received HTTP/0.9 when not allowed');
  if (on.has('f') && answer.status >= 400) return fail(22, `The requested URL returned error: ${answer.status}`);
  const head = `${statusLine(answer.status)}\r\nContent-Length: ${answer.body.length}\r\n\r\n`;
  const body = on.has('I') ? head : (on.has('i') ? head : '') + answer.body;
  if (values.o) {
    const e = ctx.world.fs.write(resolvePath(ctx.cwd, values.o), body, false);
    if (e) return fail(23, 'Failure writing output to destination');
    return done(0);
  }
  return done(0, body);
};

export const NET_TOOLS: Readonly<Record<string, CommandImpl>> = { nslookup, nc, netcat: nc, wget, curl };
