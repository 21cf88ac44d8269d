// A lab as the store keeps it, inside the practice save: the cluster's seed and log, the timed
// actions of its setup still to come, where its clock stood, and how far the guide has got. The
// lab's clock is its own: it moves only while the Lab screen is open and playing.
import type { LogEntry } from '../save.js';

/** The free lab without a scenario. */
export const SANDBOX = 'sandbox';

/** Clock speeds the lab offers, in cluster milliseconds per wall millisecond. */
export const LAB_SPEEDS = [1, 10, 60] as const;
export type LabSpeed = (typeof LAB_SPEEDS)[number];

/** One lab's saved state. */
export interface LabRun {
  readonly seed: number;
  /** Wall clock (epoch ms) of the cluster's t = 0: AGE and event times are printed from it. */
  readonly startEpochMs: number;
  readonly log: readonly LogEntry[];
  /** The setup's timed actions not due yet, in time order. */
  readonly pending: readonly LogEntry[];
  /** Cluster time when the lab was last left. */
  readonly nowMs: number;
  /** The guided step in progress (0-based; the number of steps when all are done). */
  readonly step: number;
  readonly speed: LabSpeed;
  /** A drill's hints shown and checks made (a guided lab's hints start over with each step). */
  readonly hints?: number;
  readonly checks?: number;
  /** The lines typed at its prompt, oldest first, for Up and Down next time (as a shell keeps them). */
  readonly history?: readonly string[];
}

/** The most history lines a saved lab keeps. */
export const SAVED_HISTORY = 200;

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isEntry = (v: unknown): v is LogEntry => isObj(v) && isNum(v.t) && (isObj(v.command) || isObj(v.exec));
const inOrder = (log: readonly LogEntry[]) => log.every((e, i) => i === 0 || log[i - 1].t <= e.t);

function isLog(v: unknown): v is LogEntry[] {
  return Array.isArray(v) && v.every(isEntry) && inOrder(v);
}

/** A saved lab this build can use, or undefined (another build's, or edited by hand). */
export function readLabRun(value: unknown): LabRun | undefined {
  if (!isObj(value) || !isNum(value.seed) || !isNum(value.startEpochMs) || !isNum(value.nowMs) || !isNum(value.step)) return undefined;
  if (!isLog(value.log) || !isLog(value.pending)) return undefined;
  const speed = LAB_SPEEDS.find((s) => s === value.speed) ?? 1;
  const history = Array.isArray(value.history) ? value.history.filter((l): l is string => typeof l === 'string').slice(-SAVED_HISTORY) : [];
  const counts = {
    ...(isNum(value.hints) ? { hints: Math.floor(value.hints) } : {}),
    ...(isNum(value.checks) ? { checks: Math.floor(value.checks) } : {}),
    ...(history.length > 0 ? { history } : {}),
  };
  return { seed: value.seed, startEpochMs: value.startEpochMs, log: value.log, pending: value.pending, nowMs: value.nowMs, step: Math.floor(value.step), speed, ...counts };
}
