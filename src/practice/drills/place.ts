// Putting a drill's setup into a practice context, and bringing its timed actions in when they
// fall due. The setup is dated a minute before now (what `podlab validate` lets it settle), so
// the learner finds the cluster as a colleague left it, not still pulling images.
import { SOLUTION_AT_MS } from '../../content/sim-checks/solution.js';
import { RUN_SEED } from '../../content/sim-checks/run.js';
import { clusterNow, jumpAhead } from '../clock.js';
import { withCluster, type ClusterSave, type LogEntry, type PracticeSave } from '../save.js';
import type { SetupPlan } from './setup.js';

/** How long the setup has been in place when the task starts. */
export const SETTLE_MS = SOLUTION_AT_MS;

/** A setup placed: the save with the context's new cluster, and what happens later. */
export interface Placed {
  readonly save: PracticeSave;
  /** Timed actions still to come, at cluster times. */
  readonly pending: readonly LogEntry[];
  /** Entries the setup wrote into the log. */
  readonly setupEntries: number;
  /** How far the shared clock had to move so the setup could be a minute old (0 almost always). */
  readonly jumpedMs: number;
}

/**
 * `context` starts over with the setup in it. Its seed is the one `podlab validate` runs drills
 * with, so the scheduler breaks ties the same way the reference solution was checked under.
 */
export function placeSetup(save: PracticeSave, context: string, plan: SetupPlan, wallMs: number): Placed {
  let next = save;
  let now = clusterNow(save, wallMs);
  const jumpedMs = Math.max(0, SETTLE_MS - now);
  if (jumpedMs > 0) {
    next = jumpAhead(save, jumpedMs);
    now = clusterNow(next, wallMs);
  }
  const at = now - SETTLE_MS;
  const timed: LogEntry[] = plan.actions.map((a) => ({ t: at + a.at, command: a.command }));
  const log: LogEntry[] = [...plan.commands.map((command) => ({ t: at, command })), ...timed.filter((e) => e.t <= now)];
  const cluster: ClusterSave = { seed: RUN_SEED, log };
  return { save: withCluster(next, context, cluster), pending: timed.filter((e) => e.t > now), setupEntries: log.length, jumpedMs };
}

/** A cluster with the pending entries due by `upTo` merged into its log, in time order. */
export interface Merged {
  readonly cluster: ClusterSave;
  readonly pending: readonly LogEntry[];
  readonly merged: number;
}

/**
 * Merges the pending entries due by `upTo` into the log. The engine is deterministic, so a
 * change inserted at its own time replays as if it had always been there.
 */
export function mergeDue(cluster: ClusterSave, pending: readonly LogEntry[], upTo: number): Merged {
  const due = pending.filter((e) => e.t <= upTo);
  if (due.length === 0) return { cluster, pending, merged: 0 };
  const log = [...cluster.log];
  for (const entry of due) {
    let i = log.length;
    while (i > 0 && log[i - 1].t > entry.t) i--;
    log.splice(i, 0, entry);
  }
  return { cluster: { ...cluster, log }, pending: pending.filter((e) => e.t > upTo), merged: due.length };
}

/** The log as it stood at `cutoff`: what the learner changed later does not count (an exam's time-out). */
export function logUntil(cluster: ClusterSave, cutoff: number): ClusterSave {
  return { ...cluster, log: cluster.log.filter((e) => e.t <= cutoff) };
}
