import type { Millis, Probe } from '../api/types.js';

// Note: mirrors pkg/kubelet/prober/worker.go (doProbe) and prober_manager.go; k8s-semantics §4.

export type ProbeKind = 'liveness' | 'readiness' | 'startup';
export type ProbeResult = 'Success' | 'Failure' | 'Unknown';

/** One probe worker's memory: what the kubelet's worker struct keeps between ticks. */
export interface ProbeWorker {
  readonly kind: ProbeKind;
  readonly probe: Required<Pick<Probe, 'initialDelaySeconds' | 'timeoutSeconds' | 'periodSeconds' | 'successThreshold' | 'failureThreshold'>>;
  /** The container instance this worker last saw (a restart gives a new one). */
  containerId?: string;
  result: ProbeResult;
  lastResult: ProbeResult;
  resultRun: number;
  onHold: boolean;
}

/** The value before the first probe result (newWorker). */
export const INITIAL_RESULT: Readonly<Record<ProbeKind, ProbeResult>> = {
  readiness: 'Failure',
  liveness: 'Success',
  startup: 'Unknown',
};

export function newProbeWorker(kind: ProbeKind, probe: Probe): ProbeWorker {
  return {
    kind,
    probe: {
      initialDelaySeconds: probe.initialDelaySeconds ?? 0,
      timeoutSeconds: probe.timeoutSeconds ?? 1,
      periodSeconds: probe.periodSeconds ?? 10,
      successThreshold: probe.successThreshold ?? 1,
      failureThreshold: probe.failureThreshold ?? 3,
    },
    result: INITIAL_RESULT[kind],
    lastResult: 'Unknown',
    resultRun: 0,
    onHold: false,
  };
}

/** What the worker sees of its container at a tick. */
export interface ProbeTarget {
  readonly containerId?: string;
  readonly isRunning: boolean;
  readonly startedAt?: Millis;
  /** The container's `started` flag (startup probe passed, or none). */
  readonly isStarted: boolean;
  readonly isPodTerminal: boolean;
  readonly isPodDeleting: boolean;
}

/** What a tick decided: whether to run the probe now, and what changed. */
export type TickDecision =
  /** `until`: the skip lasts until then (the initial delay), not until the pod changes. */
  | { readonly action: 'skip'; readonly until?: Millis }
  | { readonly action: 'run' }
  | { readonly action: 'stop' };

/**
 * The steps of doProbe before the probe runs (a–h). Changes the worker in place where the
 * kubelet does (a new container ID resets it; a stopped container reads as Failure).
 */
export function beforeProbe(w: ProbeWorker, target: ProbeTarget, now: Millis): TickDecision {
  if (target.isPodTerminal) return { action: 'stop' };
  if (!target.containerId) return { action: 'skip' };
  if (w.containerId !== target.containerId) {
    w.containerId = target.containerId;
    w.result = INITIAL_RESULT[w.kind];
    // Note: upstream keeps lastResult and resultRun across containers; only the hold is lifted.
    w.onHold = false;
  }
  if (w.onHold) return { action: 'skip' };
  if (!target.isRunning) {
    w.result = 'Failure';
    return { action: 'skip' };
  }
  if (target.isPodDeleting && w.kind !== 'readiness') {
    w.result = 'Success';
    return { action: 'stop' };
  }
  if (target.startedAt !== undefined && now - target.startedAt < w.probe.initialDelaySeconds * 1000) {
    return { action: 'skip', until: target.startedAt + w.probe.initialDelaySeconds * 1000 };
  }
  if (target.isStarted && w.kind === 'startup') return { action: 'skip' };
  if (!target.isStarted && w.kind !== 'startup') return { action: 'skip' };
  return { action: 'run' };
}

/**
 * Steps i–k: count identical results in a row; the stored result flips only after the threshold.
 * Returns true when a liveness or startup probe has just reached Failure (the container must be
 * killed, and the worker is now on hold until a new container appears).
 */
export function afterProbe(w: ProbeWorker, result: 'Success' | 'Failure'): boolean {
  if (w.lastResult === result) w.resultRun++;
  else {
    w.lastResult = result;
    w.resultRun = 1;
  }
  const threshold = result === 'Failure' ? w.probe.failureThreshold : w.probe.successThreshold;
  if (w.resultRun < threshold) return false;
  w.result = result;
  if (result === 'Failure' && w.kind !== 'readiness') {
    w.resultRun = 0;
    w.onHold = true;
    return true;
  }
  return false;
}
