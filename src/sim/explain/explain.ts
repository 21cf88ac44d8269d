// `explainPod`: one pod object as `kubectl get pod -o yaml` prints it → its kubectl row, the
// phase and conditions the kubelet would compute, canonical resources, and findings.
import type { Container, Pod } from '../api/types.js';
import { canonicalResourceList } from '../api/defaults-pod.js';
import {
  computeQOS, derivePhase, podConditions, printPodRow, type GeneratedCondition, type PodPhase,
} from '../status/index.js';
import { finding, mainStatuses, type Ctx } from './facts.js';
import { containerFindings } from './findings-containers.js';
import { initFindings, lifecycleFindings, schedulingFindings } from './findings-pod.js';
import { specFindings } from './findings-spec.js';
import { sayIn } from './messages.js';
import type { ContainerResources, ExplainLang, Finding, PodExplanation, Severity } from './types.js';

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const toCondition = (c: { type: string; status: GeneratedCondition['status']; reason?: string; message?: string }): GeneratedCondition => ({
  type: c.type, status: c.status, ...(c.reason ? { reason: c.reason } : {}), ...(c.message ? { message: c.message } : {}),
});

/** The conditions the kubelet would write now; a pod without a node has only the scheduler's. */
function kubeletConditions(pod: Pod, phase: PodPhase): GeneratedCondition[] {
  const reported = pod.status?.conditions ?? [];
  if (!pod.spec.nodeName) return reported.map(toCondition);
  const init = pod.status?.initContainerStatuses;
  const main = pod.status?.containerStatuses;
  const statuses = init === undefined && main === undefined ? undefined : [...(init ?? []), ...(main ?? [])];
  const sandbox = reported.find((c) => c.type === 'PodReadyToStartContainers');
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const sandboxReady = sandbox ? sandbox.status === 'True' : Boolean(pod.status?.podIP) && !terminal;
  return podConditions({ spec: pod.spec, previous: reported, statuses, phase, sandboxReady }).map(toCondition);
}

function resources(c: Container, init: boolean): ContainerResources {
  const canonical = (list: Readonly<Record<string, string | number>> | undefined): Record<string, string> =>
    Object.fromEntries(Object.entries(canonicalResourceList(list) ?? {}).map(([k, v]) => [k, String(v)]));
  return { name: c.name, ...(init ? { init: true as const } : {}), requests: canonical(c.resources?.requests), limits: canonical(c.resources?.limits) };
}

function findingsOf(ctx: Ctx, phase: PodPhase, conditions: readonly GeneratedCondition[]): Finding[] {
  const { pod } = ctx;
  if (!pod.status || Object.keys(pod.status).length === 0) {
    return [finding(ctx, 'info', 'no-status', 'noStatus', {}, 'noStatusAdvice'), ...specFindings(ctx, new Set())];
  }
  const out: Finding[] = [...lifecycleFindings(ctx)];
  if (!pod.spec.nodeName) out.push(...schedulingFindings(ctx));
  const init = initFindings(ctx);
  out.push(...init);
  for (const cs of mainStatuses(pod)) {
    const found = containerFindings(ctx, cs);
    // While an init container holds the pod, the app containers only wait for it.
    out.push(...(init.length > 0 ? found.filter((f) => f.code !== 'container-creating') : found));
  }
  const reported = pod.status?.phase ?? '';
  if (reported && reported !== 'Unknown' && reported !== phase) {
    out.push(finding(ctx, 'warning', 'phase-mismatch', 'phaseMismatch', { reported, derived: phase }, 'phaseMismatchAdvice'));
  }
  const ready = conditions.find((c) => c.type === 'Ready');
  if (ready?.reason === 'ReadinessGatesNotReady') out.push(finding(ctx, 'warning', 'readiness-gates', 'readinessGates', { message: ready.message ?? '' }));
  out.push(...specFindings(ctx, new Set(out.map((f) => f.code))));
  const troubled = out.some((f) => f.severity !== 'info');
  const allReady = mainStatuses(pod).length > 0 && mainStatuses(pod).every((s) => s.ready && s.state?.running);
  if (!troubled && pod.status?.phase === 'Running' && allReady && !pod.metadata.deletionTimestamp) out.push(finding(ctx, 'info', 'healthy', 'healthy', {}));
  return out.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
}

/** Explains one pod at `nowMs` (epoch ms) in `lang`. Pure. */
export function explainPod(pod: Pod, nowMs: number, lang: ExplainLang): PodExplanation {
  const row = printPodRow(pod, nowMs);
  const derived = derivePhase(pod);
  const conditions = kubeletConditions(pod, derived);
  const name = pod.metadata.name ?? '';
  const ctx: Ctx = { pod, nowMs, say: sayIn(lang), status: row.status, name };
  return {
    name,
    namespace: pod.metadata.namespace ?? 'default',
    ready: row.ready,
    status: row.status,
    restarts: row.restarts,
    age: row.age,
    qosClass: computeQOS(pod),
    phase: { reported: pod.status?.phase ?? '', derived },
    conditions,
    containers: [...(pod.spec.initContainers ?? []).map((c) => resources(c, true)), ...pod.spec.containers.map((c) => resources(c, false))],
    findings: findingsOf(ctx, derived, conditions),
  };
}
