// A container's log file as the kubelet keeps it: lines packed into chunks (a long run writes
// hundreds of thousands of probe access-log lines), rotated at 10 MiB like the kubelet's
// `containerLogMaxSize`, after which `kubectl logs` shows only the new file.
// An access-log line a server writes again and again differs only in its time, so it is kept as
// a shared `StampedText` and spelled out only when the log is read; a probe's lines, written at
// a fixed period, are kept as one run (first time, period, count) whatever their number.
import { formatStamp } from '../proc/clock.js';
import type { Stream } from '../proc/behaviour-types.js';
import type { LogLine } from '../proc/types.js';

/** `containerLogMaxSize` default. */
export const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const CHUNK_LINES = 512;
const SEP = '\u0000';

/** A line whose text is `pre`, the CLF time (`01/Jan/2025:00:00:05 +0000`) of `base + at`, `post`. */
export interface StampedText {
  readonly pre: string;
  readonly post: string;
  /** Epoch ms of simulated time 0. */
  readonly base: number;
}

/** Closed lines: times, streams (`o`/`e` per line) and texts joined by NUL. */
interface LineChunk {
  readonly kind: 'lines';
  readonly at: readonly number[];
  readonly streams: string;
  /** Texts joined by NUL; a stamped line has an empty text here. */
  readonly text: string;
  /** Per line, the index in `stamped` of a stamped line, or -1; absent when none is. */
  readonly forms?: readonly number[];
  readonly stamped?: readonly StampedText[];
}

/** `count` lines of `text` at `at`, `at + period`, ... */
interface Run {
  readonly kind: 'run';
  readonly at: number;
  period: number;
  count: number;
  readonly stderr: boolean;
  readonly text: StampedText;
}

export interface LogBuffer {
  chunks: (LineChunk | Run)[];
  /** Lines not packed yet, as parallel lists (no object per line). */
  tailAt: number[];
  tailStderr: boolean[];
  tailText: (string | StampedText)[];
  /** The newest lines when they are one stamped text at a fixed period (after the tail). */
  run?: Run;
  /** Bytes in the current file (each line plus its newline). */
  bytes: number;
}

export function emptyLogBuffer(): LogBuffer {
  return { chunks: [], tailAt: [], tailStderr: [], tailText: [], bytes: 0 };
}

// Years 1000-9999 print in four digits, so the CLF time has one length there.
const CLF_LENGTH = 26;
const CLF_FIXED_FROM = -30_610_224_000_000;
const CLF_FIXED_UNTIL = 253_402_300_800_000;

function clfLength(epochMs: number): number {
  return epochMs >= CLF_FIXED_FROM && epochMs < CLF_FIXED_UNTIL ? CLF_LENGTH : formatStamp('clf', epochMs).length;
}

function compact(buf: LogBuffer): void {
  const n = buf.tailAt.length;
  if (n === 0) return;
  let streams = '';
  const texts: string[] = new Array(n);
  let forms: number[] | undefined;
  let stamped: StampedText[] | undefined;
  for (let i = 0; i < n; i++) {
    streams += buf.tailStderr[i] ? 'e' : 'o';
    const t = buf.tailText[i];
    if (typeof t === 'string') {
      texts[i] = t;
      continue;
    }
    texts[i] = '';
    if (!forms) {
      forms = new Array<number>(n).fill(-1);
      stamped = [];
    }
    let k = stamped!.indexOf(t);
    if (k < 0) k = stamped!.push(t) - 1;
    forms[i] = k;
  }
  buf.chunks.push({ kind: 'lines', at: buf.tailAt, streams, text: texts.join(SEP), ...(forms ? { forms, stamped } : {}) });
  buf.tailAt = [];
  buf.tailStderr = [];
  buf.tailText = [];
}

/** Closes the open run: the tail's lines come before it, so they are packed first. */
function closeRun(buf: LogBuffer): void {
  const run = buf.run;
  if (!run) return;
  buf.run = undefined;
  if (run.count === 1) {
    buf.tailAt.push(run.at);
    buf.tailStderr.push(run.stderr);
    buf.tailText.push(run.text);
    if (buf.tailAt.length >= CHUNK_LINES) compact(buf);
    return;
  }
  compact(buf);
  buf.chunks.push(run);
}

/** Starts a new file when this line would make the current one too big (rotation). */
function rotateFor(buf: LogBuffer, size: number): void {
  if (buf.bytes + size <= LOG_ROTATE_BYTES) return;
  buf.chunks = [];
  buf.tailAt = [];
  buf.tailStderr = [];
  buf.tailText = [];
  buf.run = undefined;
  buf.bytes = 0;
}

export function pushLog(buf: LogBuffer, line: LogLine): void {
  const size = line.text.length + 1;
  rotateFor(buf, size);
  closeRun(buf);
  buf.tailAt.push(line.at);
  buf.tailStderr.push(line.stream === 'stderr');
  buf.tailText.push(line.text);
  buf.bytes += size;
  if (buf.tailAt.length >= CHUNK_LINES) compact(buf);
}

/** Appends `s` written at `at` (its text as `readLogs` will spell it). */
export function pushStamped(buf: LogBuffer, at: number, stream: Stream, s: StampedText): void {
  const size = s.pre.length + clfLength(s.base + at) + s.post.length + 1;
  rotateFor(buf, size);
  buf.bytes += size;
  const stderr = stream === 'stderr';
  const run = buf.run;
  if (run && run.text === s && run.stderr === stderr) {
    const last = run.at + (run.count - 1) * run.period;
    if (run.count === 1 && at > last) {
      run.period = at - last;
      run.count = 2;
      return;
    }
    if (at - last === run.period) {
      run.count++;
      return;
    }
  }
  closeRun(buf);
  buf.run = { kind: 'run', at, period: 0, count: 1, stderr, text: s };
}

const spell = (s: StampedText, at: number): string => s.pre + formatStamp('clf', s.base + at) + s.post;

function readRun(run: Run, out: LogLine[]): void {
  const stream: Stream = run.stderr ? 'stderr' : 'stdout';
  for (let i = 0; i < run.count; i++) {
    const at = run.at + i * run.period;
    out.push({ at, stream, text: spell(run.text, at) });
  }
}

/** Every line of the current file, oldest first. */
export function readLogs(buf: LogBuffer): LogLine[] {
  const out: LogLine[] = [];
  for (const chunk of buf.chunks) {
    if (chunk.kind === 'run') {
      readRun(chunk, out);
      continue;
    }
    const texts = chunk.text.split(SEP);
    for (let i = 0; i < chunk.at.length; i++) {
      const stream: Stream = chunk.streams[i] === 'e' ? 'stderr' : 'stdout';
      const form = chunk.forms ? chunk.forms[i] : -1;
      const text = form >= 0 ? spell(chunk.stamped![form], chunk.at[i]) : texts[i];
      out.push({ at: chunk.at[i], stream, text });
    }
  }
  for (let i = 0; i < buf.tailAt.length; i++) {
    const t = buf.tailText[i];
    const at = buf.tailAt[i];
    out.push({ at, stream: buf.tailStderr[i] ? 'stderr' : 'stdout', text: typeof t === 'string' ? t : spell(t, at) });
  }
  if (buf.run) readRun(buf.run, out);
  return out;
}
