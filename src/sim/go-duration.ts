import type { Millis } from './api/types.js';

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration as users write it: `90` (seconds), `90s`, `5m`, `1h30m`, `1.5h`, `250ms`, `2d`.
 * Returns milliseconds, or undefined when the text is not a duration.
 */
export function parseDuration(text: string): Millis | undefined {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(s)) return undefined;
  let total = 0;
  for (const [, n, , unit] of s.matchAll(/(\d+(\.\d+)?)(ms|s|m|h|d)/g)) total += Number(n) * UNIT_MS[unit];
  return Math.round(total);
}

/**
 * Go's time.Duration String() for whole milliseconds: `10s`, `1m20s`, `5m0s`, `1h0m0s`, `500ms`.
 * Note: mirrors Go's format because kubelet messages print durations with %v (k8s-semantics §5).
 */
export function formatGoDuration(ms: Millis): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  ms = Math.abs(ms);
  if (ms < 1000) return `${sign}${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const secs = (ms % 60_000) / 1000;
  const s = Number.isInteger(secs) ? String(secs) : String(secs).replace(/0+$/, '');
  if (h > 0) return `${sign}${h}h${m}m${s}s`;
  if (m > 0) return `${sign}${m}m${s}s`;
  return `${sign}${s}s`;
}
