// Findings read from the spec alone: probes that are likely to hurt, and missing requests.
import type { Container, Probe } from '../api/types.js';
import { computeQOS } from '../status/index.js';
import { finding, livenessBudget, type Ctx } from './facts.js';
import type { Finding } from './types.js';

/** Below this many seconds a liveness probe without a startupProbe restarts slow starters. */
const TIGHT_LIVENESS_SECONDS = 10;

const PROBES = [['liveness', 'livenessProbe'], ['readiness', 'readinessProbe'], ['startup', 'startupProbe']] as const;

function probePort(p: Probe): number | string | undefined {
  return p.httpGet?.port ?? p.tcpSocket?.port ?? p.grpc?.port;
}

function portFindings(ctx: Ctx, c: Container): Finding[] {
  const declared = c.ports ?? [];
  const out: Finding[] = [];
  for (const [kind, field] of PROBES) {
    const probe = c[field];
    const port = probe && probePort(probe);
    if (port === undefined) continue;
    if (typeof port === 'string' && !/^\d+$/.test(port)) {
      if (!declared.some((p) => p.name === port)) {
        out.push(finding(ctx, 'warning', 'probe-port', 'probePortName', { kind, container: c.name, port }, 'probePortAdvice'));
      }
    } else if (declared.length > 0 && !declared.some((p) => p.containerPort === Number(port))) {
      const ports = declared.map((p) => p.containerPort).join(', ');
      out.push(finding(ctx, 'warning', 'probe-port', 'probePortNumber', { kind, container: c.name, port, ports }, 'probePortAdvice'));
    }
  }
  return out;
}

/** Probe and resource advice for the app containers; `reported` holds codes already found. */
export function specFindings(ctx: Ctx, reported: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.pod.spec.containers) {
    const ports = (c.ports ?? []).map((p) => p.containerPort);
    if (c.livenessProbe && !c.readinessProbe && ports.length > 0) {
      out.push(finding(ctx, 'warning', 'liveness-without-readiness', 'livenessNoReadiness', { container: c.name, ports: ports.join(', ') }, 'livenessNoReadinessAdvice'));
    }
    // Restarts caused by the probe already say how tight it is.
    if (c.livenessProbe && !c.startupProbe && !reported.has('liveness-restarts')) {
      const b = livenessBudget(c.livenessProbe);
      if (b.budget < TIGHT_LIVENESS_SECONDS) out.push(finding(ctx, 'warning', 'probe-tight', 'probeTight', { container: c.name, ...b }, 'probeTightAdvice'));
    }
    out.push(...portFindings(ctx, c));
  }
  if (computeQOS(ctx.pod) === 'BestEffort') out.push(finding(ctx, 'info', 'best-effort', 'bestEffort', {}, 'bestEffortAdvice'));
  return out;
}
