// What the pod worker does next: computePodActions and computeInitContainerActions
// (pkg/kubelet/kuberuntime/kuberuntime_manager.go, kuberuntime_container.go), one action at a
// time so that each can take simulated time.
import { isStarted } from './container-status.js';
import { shouldRestart, type RestartPolicy } from './restart-policy.js';
import type { PodRuntime } from './types.js';

export type Action =
  | { readonly kind: 'sandbox' }
  /** Kill a container whose liveness or startup probe failed (then restart it). */
  | { readonly kind: 'probeKill'; readonly c: number }
  | { readonly kind: 'start'; readonly c: number }
  /** A regular init container failed under restartPolicy Never: the pod fails. */
  | { readonly kind: 'initFailed' }
  /** Every regular container is done and none restarts: the pod reaches a terminal phase. */
  | { readonly kind: 'complete'; readonly phase: 'Succeeded' | 'Failed' }
  | { readonly kind: 'none' };

const NONE: Action = { kind: 'none' };

/** The next init container step, `initialized` once every init container is done or started. */
function initAction(pr: PodRuntime, policy: RestartPolicy): Action | 'initialized' {
  const tried = (c: number) => pr.tried.has(c);
  // Note: once a regular container exists the pod has initialized; only sidecars are kept
  // running from then on (computeInitContainerActions, podHasInitialized).
  const initialized = pr.containers.some((c) => c.kind === 'app' && c.current);
  for (let c = 0; c < pr.containers.length; c++) {
    const rt = pr.containers[c];
    if (rt.kind === 'app') break;
    const inst = rt.current;
    if (initialized) {
      if (rt.kind === 'sidecar' && (!inst || inst.exit) && !tried(c)) return { kind: 'start', c };
      continue;
    }
    if (!inst) return tried(c) ? NONE : { kind: 'start', c };
    if (!inst.exit) {
      if (rt.kind === 'init' || !isStarted(rt)) return NONE;
      continue;
    }
    if (rt.kind === 'sidecar') return tried(c) ? NONE : { kind: 'start', c };
    if (inst.exit.code === 0) continue;
    if (policy === 'Never') return { kind: 'initFailed' };
    return tried(c) ? NONE : { kind: 'start', c };
  }
  return 'initialized';
}

export function nextAction(pr: PodRuntime, policy: RestartPolicy): Action {
  if (pr.sandbox !== 'ready') return pr.sandbox === 'none' ? { kind: 'sandbox' } : NONE;
  for (let c = 0; c < pr.containers.length; c++) {
    const rt = pr.containers[c];
    if (rt.killFor && rt.current && !rt.current.exit) return { kind: 'probeKill', c };
  }
  const init = initAction(pr, policy);
  if (init !== 'initialized') return init;
  let done = 0;
  let succeeded = 0;
  let apps = 0;
  for (let c = 0; c < pr.containers.length; c++) {
    const rt = pr.containers[c];
    if (rt.kind !== 'app') continue;
    apps++;
    const inst = rt.current;
    if (!inst) {
      if (!pr.tried.has(c)) return { kind: 'start', c };
      continue;
    }
    if (!inst.exit) continue;
    if (shouldRestart(rt, inst, policy)) {
      if (!pr.tried.has(c)) return { kind: 'start', c };
      continue;
    }
    done++;
    if (inst.exit.code === 0) succeeded++;
  }
  if (apps > 0 && done === apps) return { kind: 'complete', phase: succeeded === apps ? 'Succeeded' : 'Failed' };
  return NONE;
}
