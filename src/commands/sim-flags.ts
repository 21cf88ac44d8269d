// Flag values of `podlab sim` and `podlab explain`: durations, seeds and RFC 3339 times, each
// refused with a message that names the flag (exit 2).
import type { CommandContext } from '../cli/context.js';
import { parseDuration } from '../sim/go-duration.js';
import { parseRfc3339 } from '../sim/status/index.js';
import { simText } from './sim-messages.js';

/** The longest run `--for` accepts: a month of cluster time is already thousands of restarts. */
export const MAX_RUN_MS = 30 * 86_400_000;
export const DEFAULT_RUN_MS = 10 * 60_000;

export type FlagResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const flagString = (ctx: CommandContext, name: string): string | undefined => {
  const v = ctx.flags[name];
  return typeof v === 'string' ? v : undefined;
};

export function durationFlag(ctx: CommandContext, name: string, fallback: number): FlagResult<number> {
  const value = flagString(ctx, name);
  if (value === undefined) return { ok: true, value: fallback };
  const t = simText(ctx.lang);
  const ms = parseDuration(value);
  if (ms === undefined) return { ok: false, message: t('badDuration', { cmd: ctx.name, flag: `--${name}`, value }) };
  if (ms > MAX_RUN_MS) return { ok: false, message: t('durationTooLong', { cmd: ctx.name, flag: `--${name}`, value, max: '30d' }) };
  return { ok: true, value: ms };
}

export function seedFlag(ctx: CommandContext, name: string, fallback: number): FlagResult<number> {
  const value = flagString(ctx, name);
  if (value === undefined) return { ok: true, value: fallback };
  const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n > 0xffffffff) {
    return { ok: false, message: simText(ctx.lang)('badSeed', { cmd: ctx.name, flag: `--${name}`, value }) };
  }
  return { ok: true, value: n };
}

/** An RFC 3339 time in epoch ms; without the flag, now (read here, never in the engine). */
export function timeFlag(ctx: CommandContext, name: string, now: () => number): FlagResult<number> {
  const value = flagString(ctx, name);
  // Whole seconds, so the timestamps a run prints stay short.
  if (value === undefined) return { ok: true, value: Math.floor(now() / 1000) * 1000 };
  const ms = parseRfc3339(value);
  if (ms === undefined) return { ok: false, message: simText(ctx.lang)('badTime', { cmd: ctx.name, flag: `--${name}`, value }) };
  return { ok: true, value: ms };
}
