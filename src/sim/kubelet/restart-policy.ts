// Whether an exited container runs again: ShouldContainerBeRestarted
// (pkg/kubelet/container/helpers.go) with the init-container and sidecar rules of
// computeInitContainerActions (pkg/kubelet/kuberuntime/kuberuntime_container.go).
import { assertNever } from '../../util/assert-never.js';
import type { Pod } from '../api/types.js';
import type { ContainerRuntime, Instance } from './types.js';

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export function restartPolicyOf(pod: Pod): RestartPolicy {
  return pod.spec.restartPolicy ?? 'Always';
}

/**
 * - sidecars (init containers with `restartPolicy: Always`) always restart;
 * - a regular init container that exited 0 is done; a failed one restarts unless the pod's
 *   policy is Never;
 * - regular containers follow the pod's policy (OnFailure: only after a non-zero exit).
 */
export function shouldRestart(c: ContainerRuntime, inst: Instance, policy: string): boolean {
  const code = inst.exit?.code ?? 0;
  switch (c.kind) {
    case 'sidecar': return true;
    case 'init': return code !== 0 && policy !== 'Never';
    case 'app':
      if (policy === 'Never') return false;
      if (policy === 'OnFailure') return code !== 0;
      return true;
    default:
      return assertNever(c.kind);
  }
}
