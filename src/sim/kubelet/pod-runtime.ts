// A pod's kubelet record, made when the kubelet admits the pod, with one probe worker per
// container and probe kind (prober_manager.AddPod).
import type { Container, Pod } from '../api/types.js';
import { emptyFs, type SimFs } from '../proc/fs.js';
import { newProbeWorker, type ProbeKind } from './probe-worker.js';
import type { ContainerKind, ContainerRuntime, PodRuntime, ProbeSlot } from './types.js';

const PROBE_FIELDS: readonly [ProbeKind, 'livenessProbe' | 'readinessProbe' | 'startupProbe'][] = [
  ['startup', 'startupProbe'], ['readiness', 'readinessProbe'], ['liveness', 'livenessProbe'],
];

function probesOf(spec: Container, kind: ContainerKind): Partial<Record<ProbeKind, ProbeSlot>> {
  const out: Partial<Record<ProbeKind, ProbeSlot>> = {};
  // Note: regular init containers get no probe workers (prober_manager.AddPod walks sidecars
  // and regular containers only).
  if (kind === 'init') return out;
  for (const [probeKind, field] of PROBE_FIELDS) {
    const probe = spec[field];
    if (probe) out[probeKind] = { worker: newProbeWorker(probeKind, probe), gen: 0 };
  }
  return out;
}

function containerRuntime(spec: Container, kind: ContainerKind): ContainerRuntime {
  return { name: spec.name, kind, spec, instances: 0, probes: probesOf(spec, kind) };
}

/** emptyDir volumes start empty and are shared by every container that mounts them. */
function podVolumes(pod: Pod): Map<string, SimFs> {
  const volumes = new Map<string, SimFs>();
  for (const v of pod.spec.volumes ?? []) if (v.emptyDir) volumes.set(v.name, emptyFs);
  return volumes;
}

export function newPodRuntime(pod: Pod, node: string): PodRuntime {
  const init = (pod.spec.initContainers ?? []).map((c) => containerRuntime(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init'));
  const apps = pod.spec.containers.map((c) => containerRuntime(c, 'app'));
  return {
    uid: pod.metadata.uid ?? '',
    namespace: pod.metadata.namespace ?? 'default',
    name: pod.metadata.name ?? '',
    key: `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name ?? ''}`,
    node,
    sandbox: 'none',
    containers: [...init, ...apps],
    pendingSync: false,
    gen: 0,
    tried: new Set(),
    killedInPass: new Set(),
    isActive: true,
    pullBackoff: new Map(),
    pullErrors: new Map(),
    volumes: podVolumes(pod),
    volumesGen: 0,
    conditionSince: new Map(),
    touch: 0,
  };
}
