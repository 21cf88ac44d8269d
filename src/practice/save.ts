// The practice cluster as the store keeps it: when it was created, how its clock runs, and for
// each kubeconfig context the seed and the log of changes kubectl made. The state itself is never
// saved: every call rebuilds it by replaying the log, so the format stays small and plain JSON.
import type { SimCommand } from '../sim/index.js';

/** The format of `PracticeSave`. Bump it only with a way to read the old one. */
export const SAVE_VERSION = 1;

/** `kubectl exec` changes a container's files, so it is logged like a command. */
export interface ExecCall {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly command: readonly string[];
}

/** One change, at `t` milliseconds of cluster time. */
export type LogEntry =
  | { readonly t: number; readonly command: SimCommand }
  | { readonly t: number; readonly exec: ExecCall };

/** One context's cluster. It exists from t = 0, whenever it was first used. */
export interface ClusterSave {
  readonly seed: number;
  readonly log: readonly LogEntry[];
}

/** Everything `podlab kubectl` and `podlab clock` persist. */
export interface PracticeSave {
  readonly version: number;
  /** Wall clock (epoch ms, whole seconds) when the clusters were created: their t = 0. */
  readonly startEpochMs: number;
  /** Cluster milliseconds per wall millisecond; 0 stops the clock between jumps. */
  readonly speed: number;
  /** Cluster time added by `podlab clock +D` and kept continuous across speed changes. */
  readonly offsetMs: number;
  readonly currentContext: string;
  readonly clusters: Readonly<Record<string, ClusterSave>>;
  /**
   * The in-app labs by scenario id (`lab/lab-run.ts` reads each one). Kept as the store holds
   * them: a lab another build saved is left alone, not dropped.
   */
  readonly labs?: Readonly<Record<string, unknown>>;
}

/** A new save: no cluster used yet, the clock at zero now. */
export function freshSave(wallMs: number, currentContext: string, speed = 1): PracticeSave {
  return { version: SAVE_VERSION, startEpochMs: Math.floor(wallMs / 1000) * 1000, speed, offsetMs: 0, currentContext, clusters: {} };
}

/** What the store held: a usable save, nothing, or something this build cannot use. */
export type ReadSave =
  | { readonly kind: 'ok'; readonly save: PracticeSave }
  | { readonly kind: 'none' }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'invalid' };

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isEntry(v: unknown): v is LogEntry {
  return isObj(v) && isNum(v.t) && v.t >= 0 && (isObj(v.command) || isObj(v.exec));
}

function isCluster(v: unknown): v is ClusterSave {
  if (!isObj(v) || !isNum(v.seed) || !Array.isArray(v.log) || !v.log.every(isEntry)) return false;
  // Time only moves forward, so a log out of order cannot be replayed.
  return v.log.every((e: LogEntry, i: number, all: LogEntry[]) => i === 0 || all[i - 1].t <= e.t);
}

/** Checks the shape of what the store holds (it may come from another build, or be edited). */
export function readSave(value: unknown): ReadSave {
  if (value === undefined || value === null) return { kind: 'none' };
  if (!isObj(value) || !isNum(value.version)) return { kind: 'invalid' };
  if (value.version > SAVE_VERSION) return { kind: 'newer', version: value.version };
  const ok = value.version === SAVE_VERSION && isNum(value.startEpochMs) && isNum(value.speed) && value.speed >= 0
    && isNum(value.offsetMs) && typeof value.currentContext === 'string'
    && isObj(value.clusters) && Object.values(value.clusters).every(isCluster);
  return ok ? { kind: 'ok', save: value as unknown as PracticeSave } : { kind: 'invalid' };
}

/** The save with one lab's state replaced (`undefined` forgets it). */
export function withLab(save: PracticeSave, id: string, lab: unknown): PracticeSave {
  const labs: Record<string, unknown> = { ...save.labs };
  if (lab === undefined) delete labs[id];
  else labs[id] = lab;
  return { ...save, labs };
}

/** The save with one cluster's log replaced. */
export function withCluster(save: PracticeSave, context: string, cluster: ClusterSave): PracticeSave {
  return { ...save, clusters: { ...save.clusters, [context]: cluster } };
}
