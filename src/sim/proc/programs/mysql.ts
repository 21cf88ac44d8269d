// MySQL: the official image's docker-entrypoint.sh (password check, first-run initialisation,
// then mysqld), mysqld itself, and the mysqladmin / mysql clients used in probes.

import { done, flags } from '../../shell/commands/files.js';
import type { CmdCtx, CommandImpl } from '../../shell/command-types.js';
import type { Behaviour, SignalAction, TimedLog } from '../behaviour-types.js';
import { formatStamp } from '../clock.js';
import { lookupHost } from '../dns.js';
import { MiB, errLine, line, versionOf } from './common.js';
import { warningText } from '../warnings.js';

/** Start-up until mysqld listens: first run (initialises the data directory), and later runs. */
export const MYSQL_INIT_MS = 10_000;
export const MYSQL_START_MS = 3000;
const DATADIR = '/var/lib/mysql';

const note = (at: number, text: string) => line(at, `{ts:mysql} [Note] [Entrypoint]: ${text}`);
const warn = (at: number, text: string) => errLine(at, `{ts:mysql} [Warn] [Entrypoint]: ${text}`);
const error = (at: number, text: string) => errLine(at, `{ts:mysql} [ERROR] [Entrypoint]: ${text}`);
const sys = (at: number, n: number, code: string, text: string) => line(at, `{ts:iso} ${n} [System] [${code}] [Server] ${text}`);

/** The error the entrypoint prints without a password setting (heredoc text since 8.0.36; a one-liner before). */
function passwordError(at: number, modern: boolean): TimedLog[] {
  if (!modern) {
    return [error(at, 'Database is uninitialized and password option is not specified'), errLine(at, '\tYou need to specify one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD')];
  }
  return [
    error(at, 'Database is uninitialized and password option is not specified'),
    errLine(at, '    You need to specify one of the following as an environment variable:'),
    errLine(at, '    - MYSQL_ROOT_PASSWORD'), errLine(at, '    - MYSQL_ALLOW_EMPTY_PASSWORD'), errLine(at, '    - MYSQL_RANDOM_ROOT_PASSWORD'),
  ];
}

function server(version: string, start: number, extra: TimedLog[]): Behaviour {
  const v = version.split('-')[0];
  const shutdown: SignalAction = {
    exitCode: 0,
    afterMs: 1500,
    logs: [sys(0, 0, 'MY-013172', `Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${v}).`), sys(1500, 0, 'MY-010910', `/usr/sbin/mysqld: Shutdown complete (mysqld ${v})  MySQL Community Server - GPL.`)],
  };
  return {
    logs: [
      ...extra,
      sys(start - 1500, 0, 'MY-010116', `/usr/sbin/mysqld (mysqld ${v}) starting as process 1`),
      sys(start - 1200, 1, 'MY-013576', '[InnoDB] InnoDB initialization has started.'),
      sys(start - 500, 1, 'MY-013577', '[InnoDB] InnoDB initialization has ended.'),
      sys(start, 0, 'MY-010931', `/usr/sbin/mysqld: ready for connections. Version: '${v}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`),
      sys(start, 0, 'MY-011323', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
    ],
    listen: [{ port: 3306, afterMs: start }, { port: 33060, afterMs: start }],
    memory: { bytes: 380 * MiB, afterMs: 1000 },
    cpuMilli: 20,
    signals: { SIGTERM: shutdown },
  };
}

const entrypoint: CommandImpl = (argv, ctx) => {
  let args = argv.slice(1);
  if (args[0]?.startsWith('-')) args = ['mysqld', ...args];
  if (args[0] !== 'mysqld' || args.some((a) => ['--help', '-?', '--version', '-V', '--print-defaults'].includes(a))) {
    return args.length ? { kind: 'exec', argv: args } : done(0);
  }
  const version = versionOf(ctx, 'mysql', '8.0.40-1.el9');
  const head = [note(0, `Entrypoint script for MySQL Server ${version} started.`), note(100, "Switching to dedicated user 'mysql'"), note(200, `Entrypoint script for MySQL Server ${version} started.`)];
  if (ctx.world.fs.stat(`${DATADIR}/mysql`) === 'dir') return { kind: 'run', behaviour: server(version, MYSQL_START_MS, head) };
  const env = ctx.env;
  const modern = !version.startsWith('5.');
  if (!env.MYSQL_ROOT_PASSWORD && !env.MYSQL_ALLOW_EMPTY_PASSWORD && !env.MYSQL_RANDOM_ROOT_PASSWORD) {
    return { kind: 'run', behaviour: { logs: [...head, ...passwordError(300, modern)], exit: { afterMs: 300, code: 1 }, memory: { bytes: 2 * MiB } } };
  }
  if (env.MYSQL_USER === 'root') {
    return { kind: 'run', behaviour: { logs: [...head, error(300, 'MYSQL_USER="root", MYSQL_USER and MYSQL_PASSWORD are for configuring a regular user and cannot be used for the root user')], exit: { afterMs: 300, code: 1 } } };
  }
  // The data directory is written now, so a volume keeps it for the next start (no init then).
  ctx.world.fs.mkdir(`${DATADIR}/mysql`, true);
  const init: TimedLog[] = [
    ...head,
    ...(env.MYSQL_USER && !env.MYSQL_PASSWORD ? [warn(300, 'MYSQL_USER specified, but missing MYSQL_PASSWORD; MYSQL_USER will not be created')] : []),
    note(500, 'Initializing database files'),
    note(5000, 'Database files initialized'),
    note(5200, 'Starting temporary server'),
    note(7000, 'Temporary server started.'),
    ...(env.MYSQL_RANDOM_ROOT_PASSWORD ? [note(7200, 'GENERATED ROOT PASSWORD: Xq3rP9vLk2mN8sT4wY6zA1bC')] : []),
    ...(env.MYSQL_DATABASE ? [note(7500, `Creating database ${env.MYSQL_DATABASE}`)] : []),
    ...(env.MYSQL_USER && env.MYSQL_PASSWORD ? [note(7600, `Creating user ${env.MYSQL_USER}`)] : []),
    ...(env.MYSQL_USER && env.MYSQL_PASSWORD && env.MYSQL_DATABASE ? [note(7700, `Giving user ${env.MYSQL_USER} access to schema ${env.MYSQL_DATABASE}`)] : []),
    note(8000, 'Stopping temporary server'),
    note(8500, 'Temporary server stopped'),
    line(8500, ''),
    note(8500, 'MySQL init process done. Ready for start up.'),
    line(8500, ''),
  ];
  return { kind: 'run', behaviour: server(version, MYSQL_INIT_MS, init) };
};

/** mysqld run directly: as root it refuses without --user. */
const mysqld: CommandImpl = (argv, ctx) => {
  const version = versionOf(ctx, 'mysql', '8.0.40-1.el9');
  if (argv.includes('--version') || argv.includes('-V')) return done(0, `/usr/sbin/mysqld  Ver ${version.split('-')[0]} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
  if (!argv.some((a) => a.startsWith('--user'))) {
    const ts = formatStamp('iso', ctx.world.startEpochMs + ctx.now);
    return done(1, '', `${ts} 0 [ERROR] [MY-010123] [Server] Fatal error: Please read "Security" section of the manual to find out how to run mysqld as root!\n${ts} 0 [ERROR] [MY-010119] [Server] Aborting\n`);
  }
  return { kind: 'run', behaviour: server(version, MYSQL_START_MS, []) };
};

function connect(ctx: CmdCtx, argv: readonly string[]): { ok: boolean; host: string } {
  const { values } = flags(argv, 'hPupSeD');
  const host = values.h ?? 'localhost';
  const port = Number(values.P ?? 3306);
  const hit = lookupHost(ctx.world, host);
  return { ok: !!hit && ctx.world.connect(hit.ip, port) === 'open', host };
}

const cantConnect = (host: string) =>
  host === 'localhost'
    ? `error: 'Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)'\nCheck that mysqld is running and that the socket: '/var/run/mysqld/mysqld.sock' exists!\n`
    : `error: 'Can't connect to MySQL server on '${host}:3306' (111)'\n`;

const mysqladmin: CommandImpl = (argv, ctx) => {
  const c = connect(ctx, argv);
  if (!c.ok) return done(1, '', `mysqladmin: connect to server at '${c.host}' failed\n${cantConnect(c.host)}`);
  if (argv.includes('ping')) return done(0, 'mysqld is alive\n');
  return { kind: 'done', status: 0, warning: warningText('notSimulated', { cmd: argv.join(' ') }) };
};

const mysqlClient: CommandImpl = (argv, ctx) => {
  const c = connect(ctx, argv);
  if (!c.ok) return done(1, '', `ERROR 2002 (HY000): Can't connect to ${c.host === 'localhost' ? "local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)" : `MySQL server on '${c.host}:3306' (111)`}\n`);
  const { values } = flags(argv, 'hPupSeD');
  const sql = values.e ?? ctx.stdin;
  if (/^\s*select\s+1\s*;?\s*$/i.test(sql)) return done(0, '1\n1\n');
  if (!sql.trim()) return done(0);
  return { kind: 'done', status: 0, warning: warningText('sqlNotSimulated', { cmd: sql.trim().slice(0, 40) }) };
};

export const MYSQL_PROGRAMS: Readonly<Record<string, CommandImpl>> = {
  'mysql-entrypoint': entrypoint, mysqld, mysqladmin, mysql: mysqlClient,
};
