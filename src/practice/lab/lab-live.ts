// A lab running in memory: the cluster rebuilt from its saved log, its own clock, the setup's
// timed actions brought in as they fall due, and what the lab changed since, ready to be saved.
import { RUN_SEED } from '../../content/sim-checks/run.js';
import type { Drill, LabScenario } from '../../content/types.js';
import { SETTLE_MS } from '../drills/place.js';
import { apply, type CommandOutcome, type SimCommand } from '../../sim/index.js';
import { planSetup, type SetupProblem } from '../drills/setup.js';
import type { LogEntry } from '../save.js';
import { replay, type LiveCluster } from '../session.js';
import type { LabRun, LabSpeed } from './lab-run.js';

/** A lab open on the screen. Mutable: the screen holds one in a ref and re-renders on changes. */
export interface LabLive {
  /** The scenario's id, or `sandbox`. */
  readonly id: string;
  readonly scenario?: LabScenario;
  /** A CKA drill worked in the lab: graded with `check`, not guided by steps. */
  readonly drill?: Drill;
  readonly seed: number;
  readonly startEpochMs: number;
  /** The log as it was when the lab opened; what happened since is in `live.added`. */
  readonly baseLog: readonly LogEntry[];
  readonly live: LiveCluster;
  pending: LogEntry[];
  step: number;
  /** kubectl command lines accepted during the current step, as words without `kubectl`/`k`. */
  ran: (readonly string[])[];
  /** Hints shown for the current step (for a drill: of the drill). */
  hints: number;
  /** Times a drill was checked: its solution is shown only after one. */
  checks: number;
  isPaused: boolean;
  speed: LabSpeed;
}

export type OpenLab = { readonly ok: true; readonly lab: LabLive } | { readonly ok: false; readonly problem: SetupProblem | 'replay'; readonly detail: string };

/**
 * A lab from its saved state, or started fresh: the scenario's (or drill's) setup at t = 0, or an
 * empty cluster. A drill's cluster starts a minute on, as `podlab validate` checked it: the
 * learner finds it as a colleague left it, not still pulling images.
 */
export function openLab(
  id: string, scenario: LabScenario | undefined, saved: LabRun | undefined, fresh: { readonly wallMs: number; readonly seed: number }, drill?: Drill,
): OpenLab {
  let run = saved;
  if (!run) {
    const setup = planSetup(scenario?.setup ?? drill?.setup);
    if (!setup.ok) return { ok: false, problem: setup.problem, detail: setup.detail };
    run = {
      // A scenario runs with the seed `podlab validate` proved it under, so ties break the same way.
      seed: scenario || drill ? RUN_SEED : fresh.seed,
      startEpochMs: Math.floor(fresh.wallMs / 1000) * 1000,
      log: setup.plan.commands.map((command) => ({ t: 0, command })),
      pending: setup.plan.actions.map((a) => ({ t: a.at, command: a.command })),
      nowMs: 0,
      step: 0,
      speed: 1,
    };
  }
  let live: LiveCluster;
  try {
    live = replay({ seed: run.seed, log: run.log }, run.startEpochMs, run.nowMs);
  } catch (error) {
    return { ok: false, problem: 'replay', detail: error instanceof Error ? error.message : String(error) };
  }
  const steps = scenario?.steps.length ?? 0;
  const lab: LabLive = {
    id, ...(scenario ? { scenario } : {}), ...(drill ? { drill } : {}), seed: run.seed, startEpochMs: run.startEpochMs, baseLog: run.log, live,
    pending: [...run.pending], step: Math.min(run.step, steps), ran: [], hints: run.hints ?? 0, checks: run.checks ?? 0,
    isPaused: saved !== undefined, speed: run.speed,
  };
  if (drill && !saved) advanceLab(lab, SETTLE_MS);
  return { ok: true, lab };
}

/** Cluster time now (milliseconds since t = 0). */
export const labNow = (lab: LabLive): number => lab.live.session.state.now;

/** Applies one change now and logs it (when the cluster took it), as kubectl's own changes are logged. */
export function applyLogged(lab: LabLive, command: SimCommand): CommandOutcome {
  const { session, added } = lab.live;
  const [state, , outcome] = apply(session.state, command);
  session.state = state;
  if (outcome.ok) added.push({ t: state.now, command: JSON.parse(JSON.stringify(command)) as SimCommand });
  return outcome;
}

/** Moves the clock on to `t`, bringing in the timed actions that fall due on the way. */
export function advanceLab(lab: LabLive, t: number): void {
  while (lab.pending.length > 0 && lab.pending[0].t <= t) {
    const entry = lab.pending.shift();
    if (!entry || !('command' in entry)) continue;
    lab.live.advance(entry.t);
    applyLogged(lab, entry.command);
  }
  lab.live.advance(t);
}

/** What to save: everything the lab did so far, copied (a save is written later, while the clock runs on). */
export function labRunOf(lab: LabLive): LabRun {
  return {
    seed: lab.seed, startEpochMs: lab.startEpochMs, log: [...lab.baseLog, ...lab.live.added], pending: [...lab.pending],
    nowMs: labNow(lab), step: lab.step, speed: lab.speed, ...(lab.drill ? { hints: lab.hints, checks: lab.checks } : {}),
  };
}
