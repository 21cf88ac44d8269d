// `podlab drill`'s steps on the practice save: set a drill up in the `drill` context, grade it,
// move to the next hint. Each is one read-change-write of the save (see transact.ts); printing
// and the progress store are the command's business.
import { RUN_SEED } from '../../content/sim-checks/run.js';
import type { Drill } from '../../content/types.js';
import { clusterNow } from '../clock.js';
import { withCluster } from '../save.js';
import { withSave, type Outcome, type SaveIO } from '../transact.js';
import { DRILL_CONTEXT } from './contexts.js';
import { gradeDrill, type DrillGrade, type ReadText } from './grade.js';
import { mergeDue, placeSetup } from './place.js';
import { planSetup, type SetupProblem } from './setup.js';
import { drillOf, withDrill } from './state.js';

/** A drill set up: how far the clock had to move for it (0 almost always). */
export interface Started {
  readonly jumpedMs: number;
}

/** The setup cannot be built in a practice cluster (the content is at fault). */
export interface Unbuildable {
  readonly problem: SetupProblem;
  readonly detail: string;
}

/** Resets the `drill` context to the drill's setup and makes it kubectl's current context. */
export async function startDrill(io: SaveIO, drill: Drill): Promise<Outcome<Started> | { readonly ok: false; readonly unbuildable: Unbuildable }> {
  const setup = planSetup(drill.setup);
  if (!setup.ok) return { ok: false, unbuildable: { problem: setup.problem, detail: setup.detail } };
  return withSave(io, ({ save, wallMs }) => {
    const placed = placeSetup(save, DRILL_CONTEXT, setup.plan, wallMs);
    const next = withDrill({ ...placed.save, currentContext: DRILL_CONTEXT }, { id: drill.id, hints: 0, pending: placed.pending });
    return { value: { jumpedMs: placed.jumpedMs }, next };
  });
}

/** What `--check` found. */
export type Checked =
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly id: string }
  | { readonly kind: 'broken'; readonly id: string; readonly message: string }
  | {
    readonly kind: 'graded'; readonly drill: Drill; readonly grade: DrillGrade;
    /** kubectl's current context, which may not be the drill's. */
    readonly currentContext: string;
  };

/** Grades the drill in progress on a copy of its cluster; the timed actions now due are saved into it. */
export function checkDrill(io: SaveIO, drills: readonly Drill[], readText: ReadText): Promise<Outcome<Checked>> {
  return withSave<Checked>(io, ({ save, wallMs }) => {
    const session = drillOf(save);
    if (!session) return { value: { kind: 'none' } };
    const drill = drills.find((d) => d.id === session.id);
    if (!drill) return { value: { kind: 'unknown', id: session.id } };
    const nowMs = clusterNow(save, wallMs);
    const synced = mergeDue(save.clusters[DRILL_CONTEXT] ?? { seed: RUN_SEED, log: [] }, session.pending, nowMs);
    let grade: DrillGrade;
    try {
      grade = gradeDrill(drill, synced.cluster, { startEpochMs: save.startEpochMs, nowMs }, synced.pending, readText);
    } catch (error) {
      return { value: { kind: 'broken', id: drill.id, message: error instanceof Error ? error.message : String(error) } };
    }
    const value: Checked = { kind: 'graded', drill, grade, currentContext: save.currentContext };
    if (synced.merged === 0) return { value };
    return { value, next: withDrill(withCluster(save, DRILL_CONTEXT, synced.cluster), { ...session, pending: synced.pending }) };
  });
}

/** The drill in progress and the hint just shown (1-based), or why there is none. */
export type Hinted =
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly id: string }
  | { readonly kind: 'hint'; readonly drill: Drill; readonly number: number }
  | { readonly kind: 'no-more'; readonly drill: Drill };

/** Counts one more hint seen for the drill in progress. */
export function nextHint(io: SaveIO, drills: readonly Drill[]): Promise<Outcome<Hinted>> {
  return withSave<Hinted>(io, ({ save }) => {
    const session = drillOf(save);
    if (!session) return { value: { kind: 'none' } };
    const drill = drills.find((d) => d.id === session.id);
    if (!drill) return { value: { kind: 'unknown', id: session.id } };
    if (session.hints >= drill.hints.length) return { value: { kind: 'no-more', drill } };
    const number = session.hints + 1;
    return { value: { kind: 'hint', drill, number }, next: withDrill(save, { ...session, hints: number }) };
  });
}
