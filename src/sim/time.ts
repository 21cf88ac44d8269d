import type { Millis } from './api/types.js';
import { formatRfc3339 } from './status/time.js';

export { formatRfc3339, parseRfc3339 } from './status/time.js';

/** A run's timestamp: its start plus t, as the API server writes it. */
export function stamp(startEpochMs: number, t: Millis): string {
  return formatRfc3339(startEpochMs + t);
}
