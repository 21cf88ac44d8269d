// Web servers: nginx (and its entrypoint script), Apache httpd, busybox httpd, Google's hello-app,
// the generic app of the placeholder images, and hello-world.

import { done, flags } from '../../shell/commands/files.js';
import type { CmdCtx, CommandImpl } from '../../shell/command-types.js';
import type { Behaviour, SignalAction } from '../behaviour-types.js';
import { resolvePath } from '../paths.js';
import { GO_SIGNALS, MiB, errLine, line, readText, versionOf } from './common.js';
import { warningText } from '../warnings.js';

/** Start-up time of nginx until it listens (entrypoint scripts included). */
export const NGINX_STARTUP_MS = 1000;
/** Start-up time of the placeholder app until it listens. */
export const APP_STARTUP_MS = 1000;

/** Ports, document root and `daemon off;` from nginx's config files. */
function nginxConf(ctx: CmdCtx): { ports: number[]; root: string; daemonOff: boolean } {
  const main = readText(ctx, '/etc/nginx/nginx.conf');
  const confd = (ctx.world.fs.list('/etc/nginx/conf.d') ?? []).filter((n) => n.endsWith('.conf')).map((n) => readText(ctx, `/etc/nginx/conf.d/${n}`));
  const text = [main, ...confd].join('\n');
  const ports = [...text.matchAll(/^\s*listen\s+(?:[\d.]+:)?(\d+)/gm)].map((m) => Number(m[1]));
  const root = /^\s*root\s+([^;\s]+)\s*;/m.exec(text)?.[1] ?? '/usr/share/nginx/html';
  return { ports: [...new Set(ports.length ? ports : [80])], root, daemonOff: /^\s*daemon\s+off\s*;/m.test(main) };
}

const nginxNotice = (at: number, text: string) => errLine(at, `{ts:nginx} [notice] 1#1: ${text}`);

const nginx: CommandImpl = (argv, ctx) => {
  const version = versionOf(ctx, 'nginx', '1.27.3');
  const { on, values } = flags(argv, 'gcsp');
  if (on.has('v') || on.has('V')) return done(0, '', `nginx version: nginx/${version}\n`);
  if (on.has('t') || on.has('T')) return done(0, '', 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
  if (values.s) return { kind: 'done', status: 0, stderr: '', warning: warningText('notSimulated', { cmd: `nginx -s ${values.s}` }) };
  const conf = nginxConf(ctx);
  if (!conf.daemonOff && !/daemon\s+off\s*;/.test(values.g ?? '')) {
    // Note: without `daemon off;` nginx forks into the background and the process the runtime started exits 0.
    return { kind: 'done', status: 0, warning: warningText('nginxDaemon') };
  }
  const t = NGINX_STARTUP_MS;
  const stop = (sig: string, graceful: boolean): SignalAction => ({
    exitCode: 0,
    afterMs: graceful ? 100 : 20,
    logs: graceful
      ? [nginxNotice(0, `signal 3 (SIGQUIT) received, shutting down`), errLine(10, '{ts:nginx} [notice] 29#29: gracefully shutting down'), errLine(20, '{ts:nginx} [notice] 29#29: exiting'), errLine(30, '{ts:nginx} [notice] 29#29: exit'), nginxNotice(90, 'signal 17 (SIGCHLD) received from 29'), nginxNotice(90, 'worker process 29 exited with code 0'), nginxNotice(100, 'exit')]
      : [nginxNotice(0, `${sig} received, exiting`), nginxNotice(10, 'signal 17 (SIGCHLD) received from 29'), nginxNotice(10, 'worker process 29 exited with code 0'), nginxNotice(20, 'exit')],
  });
  const behaviour: Behaviour = {
    logs: [
      nginxNotice(t, 'using the "epoll" event method'), nginxNotice(t, `nginx/${version}`),
      nginxNotice(t, 'built by gcc 12.2.0 (Debian 12.2.0-14) '), nginxNotice(t, 'OS: Linux 6.8.0-51-generic'),
      nginxNotice(t, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576'), nginxNotice(t, 'start worker processes'), nginxNotice(t, 'start worker process 29'),
    ],
    listen: conf.ports.map((port) => ({ port, afterMs: t, http: { kind: 'static', root: conf.root, index: 'index.html', server: 'nginx', version } })),
    memory: { bytes: 5 * MiB, afterMs: t },
    cpuMilli: 1,
    signals: { SIGQUIT: stop('signal 3 (SIGQUIT)', true), SIGTERM: stop('signal 15 (SIGTERM)', false), SIGINT: stop('signal 2 (SIGINT)', false) },
  };
  return { kind: 'run', behaviour };
};

/** /docker-entrypoint.sh of the official image: configuration scripts, then `exec "$@"`. */
const nginxEntrypoint: CommandImpl = (argv, ctx) => {
  const args = argv.slice(1);
  if (args.length === 0) return done(0);
  if ((args[0] !== 'nginx' && args[0] !== 'nginx-debug') || ctx.env.NGINX_ENTRYPOINT_QUIET_LOGS) return { kind: 'exec', argv: args };
  const p = '/docker-entrypoint.sh';
  const conf = '/etc/nginx/conf.d/default.conf';
  const canModify = ctx.world.fs.stat(conf) === 'file' && ctx.world.fs.write(conf, '', true) === undefined;
  const ipv6 = ctx.world.fs.stat(conf) !== 'file' ? [`10-listen-on-ipv6-by-default.sh: info: ${conf} is not a file or does not exist`]
    : canModify ? [`10-listen-on-ipv6-by-default.sh: info: Getting the checksum of ${conf}`, `10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in ${conf}`]
      : [`10-listen-on-ipv6-by-default.sh: info: can not modify ${conf} (read-only file system?)`];
  const out = [
    `${p}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
    `${p}: Looking for shell scripts in /docker-entrypoint.d/`,
    `${p}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
    ...ipv6,
    `${p}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
    `${p}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
    `${p}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
    `${p}: Configuration complete; ready for start up`,
  ];
  return { kind: 'exec', argv: args, stdout: out.map((l) => l + '\n').join('') };
};

const httpd: CommandImpl = (argv, ctx) => {
  const version = versionOf(ctx, 'httpd', '2.4.62');
  const foreground = argv[0].endsWith('httpd-foreground') || argv.some((a, i) => a === '-DFOREGROUND' || (a === '-D' && argv[i + 1] === 'FOREGROUND'));
  if (argv.includes('-v')) return done(0, `Server version: Apache/${version} (Unix)\n`);
  if (!foreground) return done(0);
  const conf = readText(ctx, '/usr/local/apache2/conf/httpd.conf');
  const ports = [...conf.matchAll(/^\s*Listen\s+(?:[\d.]+:)?(\d+)/gm)].map((m) => Number(m[1]));
  const root = /^\s*DocumentRoot\s+"?([^"\s]+)"?/m.exec(conf)?.[1] ?? '/usr/local/apache2/htdocs';
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ctx.world.podIP}. Set the 'ServerName' directive globally to suppress this message`;
  const notice = (at: number, text: string) => errLine(at, `[{ts:httpd}] [mpm_event:notice] [pid 1:tid 1] ${text}`);
  return {
    kind: 'run',
    behaviour: {
      logs: [errLine(500, fqdn), errLine(500, fqdn), notice(500, `AH00489: Apache/${version} (Unix) configured -- resuming normal operations`), errLine(500, `[{ts:httpd}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`)],
      listen: (ports.length ? ports : [80]).map((port) => ({ port, afterMs: 500, http: { kind: 'static', root, index: 'index.html', server: 'httpd', version } })),
      memory: { bytes: 8 * MiB, afterMs: 500 },
      cpuMilli: 1,
      signals: {
        SIGWINCH: { exitCode: 0, afterMs: 100, logs: [notice(0, 'AH00492: caught SIGWINCH, shutting down gracefully')] },
        SIGTERM: { exitCode: 0, afterMs: 50, logs: [notice(0, 'AH00491: caught SIGTERM, shutting down')] },
      },
    },
  };
};

/** busybox `httpd -f -p PORT -h DIR`; without -f it moves to the background. */
const busyboxHttpd: CommandImpl = (argv, ctx) => {
  const { on, values } = flags(argv, 'phcrmeduPU');
  if (!on.has('f')) return done(0);
  const port = Number((values.p ?? '80').split(':').pop());
  const root = resolvePath(ctx.cwd, values.h ?? '.');
  return { kind: 'run', behaviour: { listen: [{ port, http: { kind: 'static', root, index: 'index.html', server: 'busybox', version: '1.36.1' } }], memory: { bytes: MiB } } };
};

/** The generic app of placeholder images: 200 on every path of each declared containerPort. */
const app: CommandImpl = (_argv, ctx) => {
  const declared = ctx.world.containerPorts ?? [];
  const envPort = Number(ctx.env.PORT);
  const ports = declared.length ? declared : [envPort || 8080];
  const shutdown: SignalAction = { exitCode: 0, afterMs: 500, logs: [line(0, 'Received SIGTERM, shutting down gracefully'), line(500, 'Server stopped')] };
  return {
    kind: 'run',
    behaviour: {
      logs: [line(0, `Starting ${ctx.world.image.ref.repository.split('/').pop()} ${ctx.world.image.ref.tag ?? ''}`.trim()), ...ports.map((p) => line(APP_STARTUP_MS, `Listening on :${p}`))],
      listen: ports.map((port) => ({ port, afterMs: APP_STARTUP_MS, http: { kind: 'routes', routes: [{ path: '*', status: 200, body: 'OK\n' }] } })),
      memory: { bytes: 32 * MiB, afterMs: 500 },
      cpuMilli: 5,
      signals: { SIGTERM: shutdown, SIGINT: { ...shutdown, logs: [line(0, 'Received SIGINT, shutting down gracefully'), line(500, 'Server stopped')] } },
    },
  };
};

const helloApp: CommandImpl = (_argv, ctx) => {
  const port = Number(ctx.env.PORT) || 8080;
  const version = versionOf(ctx, 'hello-app', '1.0.0');
  return {
    kind: 'run',
    behaviour: {
      logs: [line(200, `{ts:go} Server listening on port ${port}`)],
      listen: [{ port, afterMs: 200, http: { kind: 'routes', routes: [{ path: '*', status: 200, body: `Hello, world!\nVersion: ${version}\nHostname: {hostname}\n` }] } }],
      memory: { bytes: 6 * MiB },
      signals: GO_SIGNALS,
    },
  };
};

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

/** curlimages/curl's entrypoint: runs curl unless the first argument is a command. */
const curlEntrypoint: CommandImpl = (argv, ctx) => {
  const args = argv.slice(1);
  if (args.length === 0 || args[0].startsWith('-') || !ctx.has(args[0])) return { kind: 'exec', argv: ['curl', ...args] };
  return { kind: 'exec', argv: args };
};

export const WEB_PROGRAMS: Readonly<Record<string, CommandImpl>> = {
  nginx, 'nginx-entrypoint': nginxEntrypoint, httpd, 'busybox-httpd': busyboxHttpd, app, 'hello-app': helloApp,
  'hello-world': () => done(0, HELLO), 'curl-entrypoint': curlEntrypoint,
};
