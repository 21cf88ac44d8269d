// Calendar fields of an epoch time and the timestamp styles programs print, without Date
// (src/sim never reads the clock). All times are UTC, as in a container without TZ.

export interface CalendarTime {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly ms: number;
  /** 0 = Sunday */
  readonly weekday: number;
  /** 1-366 */
  readonly yearDay: number;
}

const DAY = 86_400_000;
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function calendar(epochMs: number): CalendarTime {
  const days = Math.floor(epochMs / DAY);
  const rest = epochMs - days * DAY;
  // Howard Hinnant's civil_from_days.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1] + (leap && month > 2 ? 1 : 0);
  return {
    year, month, day,
    hour: Math.floor(rest / 3_600_000),
    minute: Math.floor(rest / 60_000) % 60,
    second: Math.floor(rest / 1000) % 60,
    ms: rest % 1000,
    weekday: (((days + 4) % 7) + 7) % 7,
    yearDay: before + day,
  };
}

export const pad = (n: number, width = 2, fill = '0') => String(n).padStart(width, fill);

/** Timestamp styles for log templates (`{ts:STYLE}`). */
export function formatStamp(style: string, epochMs: number): string {
  const c = calendar(epochMs);
  const date = `${c.year}-${pad(c.month)}-${pad(c.day)}`;
  const time = `${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`;
  switch (style) {
    case 'nginx': case 'go': return `${c.year}/${pad(c.month)}/${pad(c.day)} ${time}`;
    case 'iso': return `${date}T${time}.${pad(c.ms, 3)}000Z`;
    case 'mysql': return `${date} ${time}+00:00`;
    case 'pg': return `${date} ${time}.${pad(c.ms, 3)} UTC`;
    case 'redis': return `${pad(c.day)} ${MONTHS[c.month - 1]} ${c.year} ${time}.${pad(c.ms, 3)}`;
    case 'fluentd': return `${date} ${time} +0000`;
    case 'httpd': return `${WEEKDAYS[c.weekday]} ${MONTHS[c.month - 1]} ${pad(c.day)} ${time}.${pad(c.ms, 3)}000 ${c.year}`;
    case 'unix': return String(Math.floor(epochMs / 1000));
    case 'clf': return `${pad(c.day)}/${MONTHS[c.month - 1]}/${c.year}:${time} +0000`;
    default: return `${date}T${time}Z`;
  }
}

/** Fills `{ts:STYLE}`, `{uptime}` and `{hostname}` in a log template. */
export function fillTemplate(text: string, epochMs: number, uptimeMs: number, hostname: string): string {
  // Every placeholder starts with `{`: most lines have none and need no pattern run over them.
  if (!text.includes('{')) return text;
  return text
    .replace(/\{ts:(\w+)\}/g, (_, style: string) => formatStamp(style, epochMs))
    .replace(/\{uptime\}/g, () => goFloat(uptimeMs / 1000))
    .replace(/\{hostname\}/g, hostname);
}

/** A float as Go's %v prints it (shortest form, no exponent for these ranges). */
export function goFloat(x: number): string {
  return String(x);
}
