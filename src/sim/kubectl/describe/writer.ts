// kubectl describe's PrefixWriter over a tabwriter (minwidth 0, tabwidth 8, padding 2), plus
// the small formatting helpers every describer shares (pkg/describe/describe.go).
import { humanDuration, timestampMs } from '../../status/index.js';
import { DESCRIBE, TabWriter } from '../print/tabwriter.js';

/** Nesting levels: two spaces each. */
export type Level = 0 | 1 | 2 | 3;

/** Collects describe output; `flush` mirrors `w.Flush()` before the Events table. */
export class DescribeWriter {
  private readonly tw = new TabWriter(DESCRIBE);

  write(level: Level, text: string): void {
    this.tw.write('  '.repeat(level) + text);
  }

  flush(): void {
    this.tw.flush();
  }

  text(): string {
    return this.tw.take();
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Go's time.RFC1123Z in UTC (`Wed, 01 Jan 2025 00:00:00 +0000`); podlab's clock is UTC. */
export function rfc1123z(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const secs = Math.floor((ms - days * 86_400_000) / 1000);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const weekday = DAYS[(((days + 4) % 7) + 7) % 7];
  const clock = `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
  return `${weekday}, ${pad2(day)} ${MONTHS[month - 1]} ${String(year).padStart(4, '0')} ${clock} +0000`;
}

/** A stored timestamp as RFC1123Z; Go prints the zero time for a missing one. */
export function formatTime(ts: string | null | undefined): string {
  const ms = timestampMs(ts);
  return ms === undefined ? 'Mon, 01 Jan 0001 00:00:00 +0000' : rfc1123z(ms);
}

/** `translateTimestampSince` over epoch ms. */
export function since(ms: number | undefined, nowMs: number): string {
  return ms === undefined ? '<unknown>' : humanDuration((nowMs - ms) / 1000);
}

const sortedKeys = (m: Readonly<Record<string, string>> | undefined) => Object.keys(m ?? {}).sort();

/** `printLabelsMultiline`: `Labels:  a=b` then one label per line under it. */
export function writeLabels(w: DescribeWriter, title: string, labels: Readonly<Record<string, string>> | undefined, indent = ''): void {
  w.write(0, `${indent}${title}:\t`);
  const keys = sortedKeys(labels);
  if (keys.length === 0) return w.write(0, '<none>\n');
  keys.forEach((k, i) => {
    if (i > 0) w.write(0, `${indent}\t`);
    w.write(0, `${k}=${labels?.[k]}\n`);
  });
}

const MAX_ANNOTATION_LEN = 140;
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** `printAnnotationsMultiline`: long or multi-line values go on their own lines, shortened. */
export function writeAnnotations(w: DescribeWriter, title: string, annotations: Readonly<Record<string, string>> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = sortedKeys(annotations).filter((k) => !SKIPPED_ANNOTATIONS.has(k));
  if (keys.length === 0) return w.write(0, '<none>\n');
  keys.forEach((k, i) => {
    if (i > 0) w.write(0, '\t');
    const value = (annotations?.[k] ?? '').replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const line of value.split('\n')) {
        const short = line.length > MAX_ANNOTATION_LEN - 2 ? `${line.slice(0, MAX_ANNOTATION_LEN - 2)}...` : line;
        w.write(0, `\t  ${short}\n`);
      }
    } else {
      w.write(0, `${k}: ${value}\n`);
    }
  });
}

/** `printBool`. */
export const goBool = (v: boolean | undefined): string => (v ? 'True' : 'False');
