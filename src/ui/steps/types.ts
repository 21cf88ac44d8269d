/**
 * What running a step in the simulator gives the screens: plain data, computed once when the
 * learner asks (see `run-steps.ts`), then only looked at. Times are milliseconds since the
 * manifest was applied.
 */
import type { PredictAsk } from '../../content/types.js';
import type { SimSaid } from '../../content/sim-checks/messages.js';

/** A problem the simulated API server (or the YAML reader) found, at a 1-based manifest line. */
export interface ManifestProblem {
  readonly line: number;
  readonly col: number;
  readonly detail: string;
}

/** One row of `kubectl get pods`, as printed at one time. */
export interface PodRowText {
  readonly name: string;
  readonly ready: string;
  readonly status: string;
  /** With its `(12s ago)` part when the pod has restarted. */
  readonly restarts: string;
  readonly age: string;
}

/** An Event of the pod as `kubectl describe` folds it: identical ones counted. */
export interface StepEvent {
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  readonly count: number;
  readonly firstT: number;
  readonly lastT: number;
}

/** The cluster at one moment: the pod's row (none when it does not exist) and its events so far. */
export interface Frame {
  readonly t: number;
  readonly row: PodRowText | undefined;
  readonly events: readonly StepEvent[];
  /** The row's READY, STATUS or restart count, or the events, differ from the frame before. */
  readonly isChange: boolean;
}

/** A predict step's manifest played from 0 to a little past `at`. */
export interface Timeline {
  readonly pod: string;
  /** The time the prediction is about. */
  readonly at: number;
  /** Frames in time order, from 0 to the end: every second, and every change in between. */
  readonly frames: readonly Frame[];
  /** The frame at `at`. */
  readonly atIndex: number;
}

/** The learner's prediction against what the simulator showed at `at`. */
export interface Verdict {
  readonly ask: PredictAsk;
  readonly predicted: string;
  /** The column at `at`; `<none>` when the pod did not exist then. */
  readonly actual: string;
  readonly isRight: boolean;
}

/** A predict step played: its timeline and the verdict, or why it could not be played. */
export type Observation =
  | { readonly kind: 'played'; readonly timeline: Timeline; readonly verdict: Verdict }
  | { readonly kind: 'refused'; readonly problems: readonly ManifestProblem[] }
  | { readonly kind: 'noPod' }
  /** The simulator threw: a bug in podlab, said as such. */
  | { readonly kind: 'crashed'; readonly detail: string };

/** A fix attempt judged at the goal's `after`. */
export type FixCheck =
  | { readonly kind: 'refused'; readonly problems: readonly ManifestProblem[] }
  | { readonly kind: 'crashed'; readonly detail: string }
  | {
      readonly kind: 'judged';
      readonly at: number;
      /** Why the goal does not hold; empty when it does. */
      readonly failures: readonly SimSaid[];
      readonly row: PodRowText | undefined;
      /** The pod's latest Warning event by then, which usually says why. */
      readonly warning: StepEvent | undefined;
    };
