// RFC 3339 timestamps <-> epoch milliseconds with plain arithmetic. The simulator may not read
// the clock or use Date, so calendar maths is done here (Howard Hinnant's civil-date algorithms).

const MS_PER_DAY = 86_400_000;

/** Go's zero time (`0001-01-01T00:00:00Z`) in epoch ms; `metav1.Time.IsZero()` is true for it. */
export const ZERO_TIME_MS = -62_135_596_800_000;

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * Parses an RFC 3339 timestamp (`2025-01-01T00:00:00Z`, `...T09:00:00.5+09:00`) to epoch ms.
 * Sub-millisecond digits are truncated. Returns `undefined` for anything that is not one.
 */
export function parseRfc3339(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let offsetMinutes = 0;
  if (m[8] !== 'Z' && m[8] !== 'z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const [oh, om] = [Number(m[8].slice(1, 3)), Number(m[8].slice(4, 6))];
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const secondsOfDay = hour * 3600 + minute * 60 + second - offsetMinutes * 60;
  return daysFromCivil(year, month, day) * MS_PER_DAY + secondsOfDay * 1000 + millis;
}

/**
 * Reads an API timestamp the way metav1.Time does: absent, `null`, unparsable or Go's zero
 * time all mean "no time" (`undefined`).
 */
export function timestampMs(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const ms = parseRfc3339(value);
  return ms === undefined || ms === ZERO_TIME_MS ? undefined : ms;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatParts(epochMs: number): { date: string; clock: string; micros: string } {
  const ms = Math.floor(epochMs);
  const days = Math.floor(ms / MS_PER_DAY);
  const msOfDay = ms - days * MS_PER_DAY;
  const [y, mo, d] = civilFromDays(days);
  const secs = Math.floor(msOfDay / 1000);
  return {
    date: `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`,
    clock: `${pad(Math.floor(secs / 3600), 2)}:${pad(Math.floor(secs / 60) % 60, 2)}:${pad(secs % 60, 2)}`,
    micros: pad((msOfDay % 1000) * 1000, 6),
  };
}

/** Formats epoch ms as metav1.Time serialises: whole seconds, UTC, `Z` (`2025-01-01T00:00:00Z`). */
export function formatRfc3339(ms: number): string {
  // The simulator stamps many objects at the same instant: the last answer is kept. A pure
  // function of `ms`, so the cache cannot change a result.
  if (ms === lastRfc3339.ms) return lastRfc3339.text;
  const { date, clock } = formatParts(ms);
  const text = `${date}T${clock}Z`;
  lastRfc3339.ms = ms;
  lastRfc3339.text = text;
  return text;
}

const lastRfc3339 = { ms: Number.NaN, text: '' };

/** Formats epoch ms as metav1.MicroTime serialises (`2025-01-01T00:00:00.123000Z`). */
export function formatRfc3339Micro(ms: number): string {
  const { date, clock, micros } = formatParts(ms);
  return `${date}T${clock}.${micros}Z`;
}
