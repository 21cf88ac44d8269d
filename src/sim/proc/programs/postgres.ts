// PostgreSQL: the official image's docker-entrypoint.sh, the server, pg_isready and psql.

import { done, flags } from '../../shell/commands/files.js';
import type { CmdCtx, CommandImpl } from '../../shell/command-types.js';
import type { Behaviour, SignalAction, TimedLog } from '../behaviour-types.js';
import { lookupHost } from '../dns.js';
import { MiB, errLine, line, versionOf } from './common.js';
import { warningText } from '../warnings.js';

/** Start-up until the server accepts connections: first run (initdb) and later runs. */
export const POSTGRES_INIT_MS = 5000;
export const POSTGRES_START_MS = 2000;

const PASSWORD_ERROR = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html`;

const TRUST_WARNING = `********************************************************************************
WARNING: POSTGRES_HOST_AUTH_METHOD has been set to "trust". This will allow
         anyone with access to the Postgres port to access your database without
         a password, even if POSTGRES_PASSWORD is set. See PostgreSQL
         documentation about "trust":
         https://www.postgresql.org/docs/current/auth-trust.html
         In Docker's default configuration, this is effectively any other
         container on the same system.

         It is not recommended to use POSTGRES_HOST_AUTH_METHOD=trust. Replace
         it with "-e POSTGRES_PASSWORD=password" instead to set a password in
         "docker run".
********************************************************************************`;

const lines = (at: number, text: string, err = false): TimedLog[] => text.split('\n').map((t) => (err ? errLine(at, t) : line(at, t)));
const log = (at: number, text: string) => errLine(at, `{ts:pg} [1] LOG:  ${text}`);

function serverBehaviour(version: string, start: number, before: TimedLog[]): Behaviour {
  const stop = (kind: string): SignalAction => ({
    exitCode: 0,
    afterMs: 300,
    logs: [log(0, `received ${kind} shutdown request`), log(100, 'aborting any active transactions'), log(200, 'shutting down'), log(300, 'database system is shut down')],
  });
  return {
    logs: [
      ...before,
      log(start - 100, `starting PostgreSQL ${version} (Debian ${version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`),
      log(start - 100, 'listening on IPv4 address "0.0.0.0", port 5432'),
      log(start - 100, 'listening on IPv6 address "::", port 5432'),
      log(start - 100, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
      log(start, 'database system is ready to accept connections'),
    ],
    listen: [{ port: 5432, afterMs: start }],
    memory: { bytes: 40 * MiB, afterMs: 500 },
    cpuMilli: 5,
    signals: { SIGINT: stop('fast'), SIGTERM: stop('smart'), SIGQUIT: { exitCode: 0, afterMs: 0, logs: [log(0, 'received immediate shutdown request')] } },
  };
}

const entrypoint: CommandImpl = (argv, ctx) => {
  let args = argv.slice(1);
  if (args[0]?.startsWith('-')) args = ['postgres', ...args];
  if (args[0] !== 'postgres') return args.length ? { kind: 'exec', argv: args } : done(0);
  const version = versionOf(ctx, 'postgres', '17.2');
  const pgdata = ctx.env.PGDATA ?? '/var/lib/postgresql/data';
  if (ctx.world.fs.stat(`${pgdata}/PG_VERSION`) === 'file') {
    return { kind: 'run', behaviour: serverBehaviour(version, POSTGRES_START_MS, [line(0, ''), line(0, 'PostgreSQL Database directory appears to contain a database; Skipping initialization'), line(0, '')]) };
  }
  const trust = ctx.env.POSTGRES_HOST_AUTH_METHOD === 'trust';
  if (!ctx.env.POSTGRES_PASSWORD && !trust) {
    return { kind: 'run', behaviour: { logs: lines(100, PASSWORD_ERROR, true), exit: { afterMs: 100, code: 1 } } };
  }
  // initdb writes the data directory now, so a volume keeps it for the next start.
  ctx.world.fs.write(`${pgdata}/PG_VERSION`, version.split('.')[0] + '\n', false);
  const init: TimedLog[] = [
    ...(trust ? lines(0, TRUST_WARNING, true) : []),
    line(100, 'The files belonging to this database system will be owned by user "postgres".'),
    line(100, 'This user must also own the server process.'),
    line(100, ''),
    line(100, 'The database cluster will be initialized with locale "en_US.utf8".'),
    line(500, `fixing permissions on existing directory ${pgdata} ... ok`),
    line(1500, 'syncing data to disk ... ok'),
    line(1500, ''),
    line(1500, 'Success. You can now start the database server using:'),
    line(3500, 'waiting for server to shut down.... done'),
    line(3500, 'server stopped'),
    line(3500, ''),
    line(3500, 'PostgreSQL init process complete; ready for start up.'),
    line(3500, ''),
  ];
  return { kind: 'run', behaviour: serverBehaviour(version, POSTGRES_INIT_MS, init) };
};

/** The server run directly (as root, without the entrypoint's gosu): refuses to start. */
const postgres: CommandImpl = () =>
  done(1, '', '"root" execution of the PostgreSQL server is not permitted.\nThe server must be started under an unprivileged user ID to prevent\npossible system security compromise.  See the documentation for\nmore information on how to properly start the server.\n');

function target(ctx: CmdCtx, argv: readonly string[]): { ok: boolean; where: string } {
  const { values } = flags(argv, 'hpUdct');
  const port = Number(values.p ?? 5432);
  const host = values.h;
  const hit = lookupHost(ctx.world, host ?? '127.0.0.1');
  return { ok: !!hit && ctx.world.connect(hit.ip, port) === 'open', where: host ? `${host}:${port}` : `/var/run/postgresql:${port}` };
}

const pgIsready: CommandImpl = (argv, ctx) => {
  const t = target(ctx, argv);
  const quiet = argv.includes('-q');
  return t.ok ? done(0, quiet ? '' : `${t.where} - accepting connections\n`) : done(2, quiet ? '' : `${t.where} - no response\n`);
};

const psql: CommandImpl = (argv, ctx) => {
  const t = target(ctx, argv);
  if (!t.ok) {
    return done(2, '', `psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n`);
  }
  const { values } = flags(argv, 'hpUdct');
  if (/^\s*select\s+1\s*;?\s*$/i.test(values.c ?? '')) return done(0, ' ?column? \n----------\n        1\n(1 row)\n\n');
  return { kind: 'done', status: 0, warning: warningText('sqlNotSimulated', { cmd: (values.c ?? '').slice(0, 40) }) };
};

export const POSTGRES_PROGRAMS: Readonly<Record<string, CommandImpl>> = {
  'postgres-entrypoint': entrypoint, postgres, pg_isready: pgIsready, psql,
};
