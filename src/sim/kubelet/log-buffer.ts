// A container's log file as the kubelet keeps it: lines packed into chunks (a long run writes
// hundreds of thousands of probe access-log lines), rotated at 10 MiB like the kubelet's
// `containerLogMaxSize`, after which `kubectl logs` shows only the new file.
import type { Stream } from '../proc/behaviour-types.js';
import type { LogLine } from '../proc/types.js';

/** `containerLogMaxSize` default. */
export const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const CHUNK_LINES = 512;
const SEP = '\u0000';

/** Closed lines: times, streams (`o`/`e` per line) and texts joined by NUL. */
interface LogChunk {
  readonly at: readonly number[];
  readonly streams: string;
  readonly text: string;
}

export interface LogBuffer {
  chunks: LogChunk[];
  tail: LogLine[];
  /** Bytes in the current file (each line plus its newline). */
  bytes: number;
}

export function emptyLogBuffer(): LogBuffer {
  return { chunks: [], tail: [], bytes: 0 };
}

function compact(buf: LogBuffer): void {
  if (buf.tail.length === 0) return;
  buf.chunks.push({
    at: buf.tail.map((l) => l.at),
    streams: buf.tail.map((l) => (l.stream === 'stderr' ? 'e' : 'o')).join(''),
    text: buf.tail.map((l) => l.text).join(SEP),
  });
  buf.tail = [];
}

export function pushLog(buf: LogBuffer, line: LogLine): void {
  const size = line.text.length + 1;
  if (buf.bytes + size > LOG_ROTATE_BYTES) {
    buf.chunks = [];
    buf.tail = [];
    buf.bytes = 0;
  }
  buf.tail.push(line);
  buf.bytes += size;
  if (buf.tail.length >= CHUNK_LINES) compact(buf);
}

/** Every line of the current file, oldest first. */
export function readLogs(buf: LogBuffer): LogLine[] {
  const out: LogLine[] = [];
  for (const chunk of buf.chunks) {
    const texts = chunk.text.split(SEP);
    for (let i = 0; i < chunk.at.length; i++) {
      const stream: Stream = chunk.streams[i] === 'e' ? 'stderr' : 'stdout';
      out.push({ at: chunk.at[i], stream, text: texts[i] });
    }
  }
  return [...out, ...buf.tail];
}
