// Redis: the image's entrypoint, redis-server and redis-cli.

import { done, flags } from '../../shell/commands/files.js';
import type { CommandImpl } from '../../shell/command-types.js';
import { lookupHost } from '../dns.js';
import { resolvePath } from '../paths.js';
import { MiB, line, versionOf } from './common.js';
import { warningText } from '../warnings.js';

/** Start-up time of redis-server until it accepts connections. */
export const REDIS_STARTUP_MS = 500;

/** docker-entrypoint.sh: options or a .conf file as the first argument mean `redis-server ...`. */
const entrypoint: CommandImpl = (argv) => {
  const args = argv.slice(1);
  if (args.length === 0) return done(0);
  if (args[0].startsWith('-') || args[0].endsWith('.conf')) return { kind: 'exec', argv: ['redis-server', ...args] };
  return { kind: 'exec', argv: args };
};

const server: CommandImpl = (argv, ctx) => {
  const version = versionOf(ctx, 'redis', '7.4.1');
  const args = argv.slice(1);
  if (args.includes('--version') || args.includes('-v')) return done(0, `Redis server v=${version} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0\n`);
  const confPath = args[0] && !args[0].startsWith('-') ? args[0] : undefined;
  const conf = confPath ? ctx.world.fs.read(resolvePath(ctx.cwd, confPath)) : undefined;
  if (confPath && conf === undefined) {
    return done(1, '', `\n*** FATAL CONFIG FILE ERROR (Redis ${version}) ***\nFatal error, can't open config file '${confPath}': No such file or directory\n`);
  }
  const portArg = args.indexOf('--port');
  const port = Number(portArg >= 0 ? args[portArg + 1] : /^\s*port\s+(\d+)/m.exec(conf ?? '')?.[1] ?? 6379);
  const c = (at: number, mark: string, text: string) => line(at, `1:C {ts:redis} ${mark} ${text}`);
  const m = (at: number, mark: string, text: string) => line(at, `1:M {ts:redis} ${mark} ${text}`);
  const t = REDIS_STARTUP_MS;
  const shutdown = (sig: string) => ({
    exitCode: 0,
    afterMs: 100,
    logs: [line(0, `1:signal-handler ({ts:unix}) Received ${sig} scheduling shutdown...`), m(100, '*', 'User requested shutdown...'), m(100, '*', 'Saving the final RDB snapshot before exiting.'), m(100, '*', 'DB saved on disk'), m(100, '#', 'Redis is now ready to exit, bye bye...')],
  });
  return {
    kind: 'run',
    behaviour: {
      logs: [
        c(0, '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        c(0, '*', `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`),
        confPath ? c(0, '*', `Configuration loaded`) : c(0, '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
        m(t, '*', 'monotonic clock: POSIX clock_gettime'),
        m(t, '*', `Running mode=standalone, port=${port}.`),
        m(t, '*', 'Server initialized'),
        m(t, '*', 'Ready to accept connections tcp'),
      ],
      listen: [{ port, afterMs: t }],
      memory: { bytes: 4 * MiB, afterMs: t },
      cpuMilli: 2,
      signals: { SIGTERM: shutdown('SIGTERM'), SIGINT: shutdown('SIGINT') },
    },
  };
};

const cli: CommandImpl = (argv, ctx) => {
  const { values, args } = flags(argv, 'hpan');
  const host = values.h ?? '127.0.0.1';
  const port = Number(values.p ?? 6379);
  const hit = lookupHost(ctx.world, host);
  const open = hit && ctx.world.connect(hit.ip, port) === 'open';
  if (!open) return done(1, '', `Could not connect to Redis at ${host}:${port}: ${hit ? 'Connection refused' : 'Name or service not known'}\n`);
  const cmd = (args[0] ?? '').toLowerCase();
  if (cmd === 'ping') return done(0, 'PONG\n');
  if (cmd === '') return { kind: 'run', behaviour: {} };
  return { kind: 'done', status: 0, stdout: 'OK\n', warning: warningText('redisCli', { cmd: args.join(' ') }) };
};

export const REDIS_PROGRAMS: Readonly<Record<string, CommandImpl>> = {
  'redis-entrypoint': entrypoint, 'redis-server': server, 'redis-cli': cli,
};
