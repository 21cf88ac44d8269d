import { timestampMs } from './time.js';
import type { Timestamp } from './types.js';

/**
 * `duration.HumanDuration` from apimachinery (`pkg/util/duration/duration.go`): about two
 * significant figures, as in the AGE and RESTARTS columns.
 * @param seconds elapsed time in seconds; fractions are allowed and truncated like Go does.
 */
export function humanDuration(seconds: number): string {
  // Note: Go's int(d.Seconds()) truncates toward zero, so -1.9s is "0s" and -2s is "<invalid>":
  // upstream tolerates up to 2 s of clock skew between machines.
  const whole = Math.trunc(seconds);
  if (whole < -1) return '<invalid>';
  if (whole < 0) return '0s';
  if (whole < 120) return `${whole}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = whole % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(seconds / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (hours < 24 * 365 * 8) {
    const dy = days % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/**
 * `translateTimestampSince` from the printers: `<unknown>` for a missing or zero timestamp,
 * otherwise the human duration from it to `nowMs`.
 */
export function translateTimestampSince(timestamp: Timestamp | undefined, nowMs: number): string {
  const at = timestampMs(timestamp);
  return at === undefined ? '<unknown>' : humanDuration((nowMs - at) / 1000);
}
