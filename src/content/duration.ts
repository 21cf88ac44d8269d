import { parseDuration as parseMillis } from '../sim/go-duration.js';

/**
 * Durations as content writes them (`90`, `90s`, `5m`, `1h30m`), in seconds: the same grammar
 * as every other duration podlab reads (src/sim/go-duration.ts). A bare number is seconds.
 */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text : undefined;
  const ms = parseMillis(text);
  return ms === undefined ? undefined : ms / 1000;
}
