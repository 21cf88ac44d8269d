// Kubernetes test images (pause, the liveness server, agnhost), polinux/stress, fluentd with tini,
// and the program of Scenario images.

import { done, flags } from '../../shell/commands/files.js';
import type { CmdCtx, CmdOutcome, CommandImpl } from '../../shell/command-types.js';
import type { Behaviour, HttpRoute } from '../behaviour-types.js';
import { GO_SIGNALS, MiB, errLine, line } from './common.js';

/** The liveness example server: /healthz answers 200 for its first 10 seconds, then 500. */
export const LIVENESS_HEALTHY_MS = 10_000;

const LIVENESS_ROUTES: readonly HttpRoute[] = [
  // Note: test/images/agnhost/liveness/server.go fails once `duration.Seconds() > 10`.
  { path: '/healthz', status: 200, body: 'ok', untilMs: LIVENESS_HEALTHY_MS + 1 },
  { path: '/healthz', status: 500, body: 'error: {uptime}', fromMs: LIVENESS_HEALTHY_MS + 1 },
  { path: '/started', status: 200, body: '{uptime}s' },
  { path: '*', status: 404, body: '404 page not found\n' },
];

const livenessServer = (): CmdOutcome => ({
  kind: 'run',
  behaviour: { listen: [{ port: 8080, http: { kind: 'routes', routes: LIVENESS_ROUTES, server: 'go' } }], memory: { bytes: 6 * MiB }, signals: GO_SIGNALS },
});

const pause: CommandImpl = (argv) => {
  if (argv.includes('-v')) return done(0, 'pause.c v3.10\n');
  return {
    kind: 'run',
    behaviour: {
      memory: { bytes: 300 * 1024 },
      signals: {
        SIGINT: { exitCode: 0, logs: [errLine(0, 'Shutting down, got signal: Interrupt')] },
        SIGTERM: { exitCode: 0, logs: [errLine(0, 'Shutting down, got signal: Terminated')] },
      },
    },
  };
};

const goServer = (port: number, body: string, log: string, extra: Partial<Behaviour> = {}): CmdOutcome => ({
  kind: 'run',
  behaviour: {
    logs: [errLine(0, `{ts:go} ${log}`)],
    listen: [{ port, http: { kind: 'routes', routes: [{ path: '*', status: 200, body }] } }],
    memory: { bytes: 10 * MiB },
    signals: GO_SIGNALS,
    ...extra,
  },
});

/** agnhost SUBCOMMAND [flags]: the subcommands the Kubernetes docs use. */
const agnhost: CommandImpl = (argv) => {
  const [sub, ...rest] = argv.slice(1);
  const flag = (name: string, dflt: number) => {
    const i = rest.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return dflt;
    return Number(rest[i].includes('=') ? rest[i].split('=')[1] : rest[i + 1]);
  };
  switch (sub) {
    case 'pause':
      return { kind: 'run', behaviour: { logs: [line(0, 'Paused')], memory: { bytes: 8 * MiB }, signals: { SIGINT: { exitCode: 1 }, SIGTERM: { exitCode: 2 } } } };
    case 'liveness':
      return livenessServer();
    case 'netexec': {
      const port = flag('http-port', 8080);
      return goServer(port, 'NOW: {ts:iso}', `Started HTTP server on port ${port}`, {
        listen: [{ port, http: { kind: 'routes', routes: [{ path: '/hostname', status: 200, body: '{hostname}' }, { path: '/healthz', status: 200, body: '' }, { path: '*', status: 200, body: 'NOW: {ts:iso}' }] } }],
      });
    }
    case 'serve-hostname': {
      const port = flag('port', 9376);
      return goServer(port, '{hostname}', `Serving on port ${port}.`);
    }
    case 'test-webserver':
      return goServer(flag('port', 80), 'Hello World', 'Starting test webserver');
    case undefined:
      return done(0, 'Usage:\n  app [command]\n');
    default:
      return done(1, '', `Error: unknown command "${sub}" for "app"\nRun 'app --help' for usage.\n`);
  }
};

const STRESS_LONG: Readonly<Record<string, string>> = {
  '--cpu': 'c', '--io': 'i', '--vm': 'm', '--vm-bytes': 'B', '--vm-hang': 'H', '--hdd': 'd', '--timeout': 't', '--vm-keep': 'K',
  '--vm-stride': 'S', '--hdd-bytes': 'D', '--backoff': 'b', '--verbose': 'v', '--quiet': 'q',
};

/** stress 1.0.4: `--vm N --vm-bytes B` allocates N×B (stress's own k/m/g suffixes are powers of 1024). */
const stress: CommandImpl = (argv) => {
  if (argv.length === 1) return done(0, "`stress' imposes certain types of compute stress on your system\n\nUsage: stress [OPTION [ARG]] ...\n");
  const norm = [argv[0]];
  for (const a of argv.slice(1)) {
    if (!a.startsWith('--')) norm.push(a);
    else {
      const eq = a.indexOf('=');
      const short = STRESS_LONG[eq < 0 ? a : a.slice(0, eq)];
      if (short) norm.push(`-${short}`, ...(eq < 0 ? [] : [a.slice(eq + 1)]));
    }
  }
  const { values } = flags(norm, 'cimBHdtSDb');
  const bytes = parseStressBytes(values.B ?? '256M');
  if (bytes === undefined) return done(1, '', `stress: FAIL: [1] (-1) invalid number: ${values.B}\n`);
  const cpu = Number(values.c ?? 0);
  const io = Number(values.i ?? 0);
  const vm = Number(values.m ?? 0);
  const hdd = Number(values.d ?? 0);
  const timeoutS = values.t ? parseStressSeconds(values.t) : undefined;
  const hang = values.H !== undefined && Number(values.H) > 0;
  return {
    kind: 'run',
    behaviour: {
      logs: [line(0, `stress: info: [1] dispatching hogs: ${cpu} cpu, ${io} io, ${vm} vm, ${hdd} hdd`), ...(timeoutS !== undefined ? [line(timeoutS * 1000, `stress: info: [1] successful run completed in ${timeoutS}s`)] : [])],
      memory: { bytes: MiB + vm * bytes, afterMs: vm ? 100 : 0 },
      cpuMilli: cpu * 1000 + vm * (hang ? 100 : 1000) + io * 100,
      ...(timeoutS !== undefined ? { exit: { afterMs: timeoutS * 1000, code: 0 } } : {}),
    },
  };
};

export function parseStressBytes(text: string): number | undefined {
  const m = /^(\d+)([bBkKmMgG]?)$/.exec(text);
  if (!m) return undefined;
  const mult: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  return Number(m[1]) * mult[m[2].toLowerCase()];
}

function parseStressSeconds(text: string): number {
  const m = /^(\d+)([smhdy]?)$/.exec(text);
  if (!m) return 0;
  return Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86_400, y: 31_536_000 } as Record<string, number>)[m[2]];
}

/** tini: stays PID 1, runs the command as its child and forwards signals to it. */
const tini: CommandImpl = (argv) => {
  const i = argv.indexOf('--');
  const rest = i >= 0 ? argv.slice(i + 1) : argv.slice(1).filter((a) => !a.startsWith('-'));
  return rest.length ? { kind: 'exec', argv: rest, underInit: true } : done(1, '', '[FATAL tini (1)] No program specified\n');
};

const fluentd: CommandImpl = (_argv, ctx: CmdCtx) => {
  const conf = ctx.world.fs.read(`/fluentd/etc/${ctx.env.FLUENTD_CONF ?? 'fluent.conf'}`) ?? '';
  const port = Number(/^\s*port\s+(\d+)/m.exec(conf)?.[1] ?? 24224);
  const info = (at: number, text: string) => line(at, `{ts:fluentd} [info]: ${text}`);
  return {
    kind: 'run',
    behaviour: {
      logs: [
        info(0, 'init supervisor logger path=nil rotate_age=nil rotate_size=nil'),
        info(200, 'parsing config file is succeeded path="/fluentd/etc/fluent.conf"'),
        info(1500, "gem 'fluentd' version '1.16.5'"),
        info(2000, 'starting fluentd-1.16.5 pid=7 ruby="3.2.4"'),
        info(2500, '#0 starting fluentd worker pid=16 ppid=7 worker=0'),
        info(3000, '#0 fluentd worker is now running worker=0'),
      ],
      listen: [{ port, afterMs: 3000 }],
      memory: { bytes: 70 * MiB, afterMs: 2000 },
      cpuMilli: 10,
      signals: {
        SIGTERM: { exitCode: 0, afterMs: 1000, logs: [info(0, 'Received graceful stop'), info(500, '#0 fluentd worker is now stopping worker=0'), info(1000, 'Worker 0 finished with status 0')] },
        SIGINT: { exitCode: 0, afterMs: 1000, logs: [info(0, 'Received graceful stop'), info(1000, 'Worker 0 finished with status 0')] },
      },
    },
  };
};

export const K8S_PROGRAMS: Readonly<Record<string, CommandImpl>> = {
  pause, liveness: livenessServer, agnhost, stress, tini, fluentd,
  'fluentd-entrypoint': (argv) => (argv.length > 1 ? { kind: 'exec', argv: argv.slice(1) } : done(0)),
  scenario: (_argv, ctx) => ({ kind: 'run', behaviour: ctx.world.image.behaviour ?? {} }),
};
