// `date`, with busybox's and coreutils' default format (`Wed Jan  1 00:00:00 UTC 2025`) and the
// common `+FORMAT` conversions, `-u`, `-I`, `-R` and `-d @SECONDS`. Containers run in UTC.

import { MONTHS, WEEKDAYS, calendar, pad } from '../../proc/clock.js';
import type { CommandImpl } from '../command-types.js';
import { done } from './files.js';

const FULL_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function strftime(format: string, epochMs: number): string {
  const c = calendar(epochMs);
  const h12 = c.hour % 12 || 12;
  const conv: Record<string, () => string> = {
    a: () => WEEKDAYS[c.weekday], A: () => FULL_DAYS[c.weekday], b: () => MONTHS[c.month - 1], h: () => MONTHS[c.month - 1],
    B: () => FULL_MONTHS[c.month - 1], d: () => pad(c.day), e: () => pad(c.day, 2, ' '), m: () => pad(c.month),
    Y: () => String(c.year), y: () => pad(c.year % 100), H: () => pad(c.hour), I: () => pad(h12), M: () => pad(c.minute),
    S: () => pad(c.second), p: () => (c.hour < 12 ? 'AM' : 'PM'), Z: () => 'UTC', z: () => '+0000', s: () => String(Math.floor(epochMs / 1000)),
    N: () => pad(c.ms, 3) + '000000', j: () => pad(c.yearDay, 3), u: () => String(c.weekday || 7), w: () => String(c.weekday),
    T: () => `${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`, R: () => `${pad(c.hour)}:${pad(c.minute)}`,
    F: () => `${c.year}-${pad(c.month)}-${pad(c.day)}`, D: () => `${pad(c.month)}/${pad(c.day)}/${pad(c.year % 100)}`,
    c: () => strftime('%a %b %e %H:%M:%S %Y', epochMs), n: () => '\n', t: () => '\t', '%': () => '%',
  };
  return format.replace(/%([a-zA-Z%])/g, (all, k: string) => conv[k]?.() ?? all);
}

export const date: CommandImpl = (argv, ctx) => {
  let t = ctx.world.startEpochMs + ctx.now;
  let format = '%a %b %e %H:%M:%S %Z %Y';
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('+')) format = a.slice(1);
    else if (a === '-u' || a === '--utc') continue;
    else if (a === '-R' || a === '--rfc-2822' || a === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S +0000';
    else if (a === '-I' || a === '-Idate' || a === '--iso-8601' || a === '--iso-8601=date') format = '%Y-%m-%d';
    else if (/^(-I|--iso-8601=)seconds$/.test(a)) format = '%Y-%m-%dT%H:%M:%S+00:00';
    else if (a === '--rfc-3339=seconds') format = '%Y-%m-%d %H:%M:%S+00:00';
    else if (a === '-d' || a === '--date' || a.startsWith('--date=')) {
      const v = a.startsWith('--date=') ? a.slice(7) : argv[++i] ?? '';
      if (!/^@\d+$/.test(v)) return done(1, '', `date: invalid date '${v}'\n`);
      t = Number(v.slice(1)) * 1000;
    } else return done(1, '', `date: invalid date '${a}'\n`);
  }
  return done(0, strftime(format, t) + '\n');
};
