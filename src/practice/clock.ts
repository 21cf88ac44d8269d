// The practice clusters' clock: the wall clock since creation, times the saved speed, plus the
// jumps of `podlab clock +D`. The wall time is always passed in; nothing here reads a clock.
import { formatGoDuration, parseDuration } from '../sim/go-duration.js';
import type { PracticeSave } from './save.js';

/** The longest single jump: a month of cluster time is already thousands of restarts. */
export const MAX_JUMP_MS = 30 * 86_400_000;
/** The fastest clock: an hour of cluster time in under four seconds of yours. */
export const MAX_SPEED = 1000;

/** Cluster milliseconds since t = 0 at `wallMs` (never negative, never a fraction). */
export function clusterNow(save: PracticeSave, wallMs: number): number {
  return Math.max(0, Math.floor((wallMs - save.startEpochMs) * save.speed + save.offsetMs));
}

/** The save with the clock moved ahead by `ms`. */
export function jumpAhead(save: PracticeSave, ms: number): PracticeSave {
  return { ...save, offsetMs: save.offsetMs + ms };
}

/** The save running at `speed` from `wallMs` on, without moving the cluster time it shows now. */
export function withSpeed(save: PracticeSave, speed: number, wallMs: number): PracticeSave {
  const now = clusterNow(save, wallMs);
  return { ...save, speed, offsetMs: now - (wallMs - save.startEpochMs) * speed };
}

/** `+5m`, `+90s`, `+1h30m` → milliseconds; undefined when it is not a forward jump. */
export function parseJump(text: string): number | undefined {
  if (!text.startsWith('+')) return undefined;
  const ms = parseDuration(text.slice(1));
  return ms !== undefined && ms > 0 && ms <= MAX_JUMP_MS ? ms : undefined;
}

/** `x10`, `x0.5`, `x0` (stopped) → the speed; undefined when it is not one. */
export function parseSpeed(text: string): number | undefined {
  const m = /^[x×](\d+(\.\d+)?)$/i.exec(text);
  if (!m) return undefined;
  const speed = Number(m[1]);
  return speed <= MAX_SPEED ? speed : undefined;
}

/** `x1`, `x10`, `x0.5`. */
export const formatSpeed = (speed: number): string => `x${speed}`;

/** A cluster age as Go prints durations, whole seconds: `12m30s`. */
export const formatAge = (ms: number): string => formatGoDuration(Math.floor(ms / 1000) * 1000);
