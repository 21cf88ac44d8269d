// `images[].behavior` of a Scenario: what the image's program does over time, decoded into the
// process model's `Behaviour` (logs, listening ports and HTTP routes, memory, exit, signals).
import type { Behaviour, HttpRoute, ListenSpec, Signal, SignalAction, Stream, TimedLog } from '../proc/behaviour-types.js';
import { SIGNAL_NUMBERS } from '../proc/behaviour-types.js';
import { milliValueAsNumber, valueAsNumber } from '../quantity.js';
import { at, child, type Reader } from './fields.js';

const STREAMS: readonly Stream[] = ['stdout', 'stderr'];
export const SIGNALS = Object.keys(SIGNAL_NUMBERS) as Signal[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function timedLog(r: Reader, v: unknown, path: string): TimedLog | undefined {
  const raw = r.record(v, path, ['after', 'text', 'stream']);
  if (!raw) return undefined;
  const text = r.string(raw.text, child(path, 'text'), { required: true });
  const afterMs = r.duration(raw.after, child(path, 'after')) ?? 0;
  const stream = r.oneOf(raw.stream, child(path, 'stream'), STREAMS);
  return text === undefined ? undefined : { afterMs, text, ...(stream ? { stream } : {}) };
}

function logs(r: Reader, v: unknown, path: string): TimedLog[] | undefined {
  const items = r.list(v, path);
  return items?.flatMap((item, i) => timedLog(r, item, at(path, i)) ?? []);
}

function route(r: Reader, v: unknown, path: string): HttpRoute | undefined {
  const raw = r.record(v, path, ['path', 'status', 'body', 'from', 'until']);
  if (!raw) return undefined;
  const p = r.string(raw.path, child(path, 'path'), { required: true });
  const status = r.int(raw.status, child(path, 'status'), { required: true, min: 100, max: 599 });
  const body = r.string(raw.body, child(path, 'body'));
  const fromMs = r.duration(raw.from, child(path, 'from'));
  const untilMs = r.duration(raw.until, child(path, 'until'));
  if (p === undefined || status === undefined) return undefined;
  return { path: p, status, ...(body !== undefined ? { body } : {}), ...(fromMs !== undefined ? { fromMs } : {}), ...(untilMs !== undefined ? { untilMs } : {}) };
}

function listen(r: Reader, v: unknown, path: string): ListenSpec | undefined {
  const raw = r.record(v, path, ['port', 'after', 'http']);
  if (!raw) return undefined;
  const port = r.int(raw.port, child(path, 'port'), { required: true, min: 1, max: 65535 });
  const afterMs = r.duration(raw.after, child(path, 'after'));
  const routes = r.list(raw.http, child(path, 'http'))?.flatMap((item, i) => route(r, item, at(child(path, 'http'), i)) ?? []);
  if (port === undefined) return undefined;
  return { port, ...(afterMs !== undefined ? { afterMs } : {}), ...(routes ? { http: { kind: 'routes', routes } } : {}) };
}

function signalAction(r: Reader, v: unknown, path: string): SignalAction | undefined {
  const raw = r.record(v, path, ['exitCode', 'after', 'logs']);
  if (!raw) return undefined;
  const exitCode = r.int(raw.exitCode, child(path, 'exitCode'), { required: true, min: 0, max: 255 });
  const afterMs = r.duration(raw.after, child(path, 'after'));
  const lines = logs(r, raw.logs, child(path, 'logs'));
  if (exitCode === undefined) return undefined;
  return { exitCode, ...(afterMs !== undefined ? { afterMs } : {}), ...(lines ? { logs: lines } : {}) };
}

function signals(r: Reader, v: unknown, path: string): Behaviour['signals'] {
  const raw = r.record(v, path, SIGNALS);
  if (!raw) return undefined;
  const out: Partial<Record<Signal, SignalAction>> = {};
  for (const sig of SIGNALS) {
    if (raw[sig] === undefined) continue;
    const action = signalAction(r, raw[sig], child(path, sig));
    if (action) out[sig] = action;
  }
  return out;
}

/** Decodes `behavior`; a missing one is a program that runs quietly until it is stopped. */
export function decodeBehavior(r: Reader, v: unknown, path: string): Behaviour {
  if (v === undefined || v === null) return {};
  const raw = r.record(v, path, ['logs', 'repeat', 'listen', 'memory', 'cpu', 'exit', 'signals']);
  if (!raw) return {};
  const out: Mutable<Behaviour> = {};
  const lines = logs(r, raw.logs, child(path, 'logs'));
  if (lines) out.logs = lines;
  if (raw.repeat !== undefined) {
    const p = child(path, 'repeat');
    const rep = r.record(raw.repeat, p, ['every', 'text', 'stream', 'start']);
    const everyMs = rep && r.duration(rep.every, child(p, 'every'), { required: true });
    const text = rep && r.string(rep.text, child(p, 'text'), { required: true });
    const stream = rep ? r.oneOf(rep.stream, child(p, 'stream'), STREAMS) : undefined;
    const startMs = rep ? r.duration(rep.start, child(p, 'start')) : undefined;
    if (everyMs === 0) r.invalid(child(p, 'every'), rep?.every, 'must be greater than 0');
    else if (everyMs !== undefined && text !== undefined) {
      out.repeat = { everyMs, text, ...(stream ? { stream } : {}), ...(startMs !== undefined ? { startMs } : {}) };
    }
  }
  const ports = r.list(raw.listen, child(path, 'listen'))?.flatMap((item, i) => listen(r, item, at(child(path, 'listen'), i)) ?? []);
  if (ports) out.listen = ports;
  if (raw.memory !== undefined) {
    const p = child(path, 'memory');
    const mem = r.record(raw.memory, p, ['size', 'after', 'growPerSecond']);
    const size = mem && r.quantity(mem.size, child(p, 'size'));
    if (mem && mem.size === undefined) r.required(child(p, 'size'));
    const afterMs = mem ? r.duration(mem.after, child(p, 'after')) : undefined;
    const grow = mem ? r.quantity(mem.growPerSecond, child(p, 'growPerSecond')) : undefined;
    if (size) {
      out.memory = {
        bytes: valueAsNumber(size), ...(afterMs !== undefined ? { afterMs } : {}),
        ...(grow ? { growBytesPerSecond: valueAsNumber(grow) } : {}),
      };
    }
  }
  const cpu = r.quantity(raw.cpu, child(path, 'cpu'));
  if (cpu) out.cpuMilli = milliValueAsNumber(cpu);
  if (raw.exit !== undefined) {
    const p = child(path, 'exit');
    const ex = r.record(raw.exit, p, ['after', 'code']);
    const afterMs = ex ? r.duration(ex.after, child(p, 'after')) ?? 0 : undefined;
    const code = ex ? r.int(ex.code, child(p, 'code'), { min: 0, max: 255 }) ?? 0 : undefined;
    if (afterMs !== undefined && code !== undefined) out.exit = { afterMs, code };
  }
  const handled = raw.signals === undefined ? undefined : signals(r, raw.signals, child(path, 'signals'));
  if (handled) out.signals = handled;
  return out;
}
