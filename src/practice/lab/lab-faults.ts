// `fault` in the lab: the Scenario's faults, injected by hand at the current time.
import type { Lang } from '../../i18n/index.js';
import { parseDuration } from '../../sim/go-duration.js';
import type { Fault } from '../../sim/index.js';
import { assertNever } from '../../util/assert-never.js';
import { applyLogged, labNow, type LabLive } from './lab-live.js';
import { labText } from './messages.js';

const PROBES = ['liveness', 'readiness', 'startup'] as const;

/** The fault a `fault ...` line asks for, or undefined when it is not one. */
export function parseFault(args: readonly string[], namespace: string, nowMs: number): Fault | undefined {
  const [what, target, a, b, extra] = args;
  if (target === undefined || extra !== undefined) return undefined;
  switch (what) {
    case 'kill':
      if (b !== undefined) return undefined;
      return { type: 'killContainer', target: { pod: target, namespace, ...(a ? { container: a } : {}) } };
    case 'probe': {
      const probe = PROBES.find((p) => p === a);
      const forMs = b === undefined ? undefined : parseDuration(b);
      if (!probe || (b !== undefined && (forMs === undefined || forMs <= 0))) return undefined;
      return { type: 'probeFail', target: { pod: target, namespace }, probe, ...(forMs !== undefined ? { until: nowMs + forMs } : {}) };
    }
    case 'http': {
      const status = Number(a);
      if (!Number.isInteger(status) || status < 100 || status > 599) return undefined;
      return { type: 'httpFail', target: { pod: target, namespace }, status, ...(b ? { path: b } : {}) };
    }
    case 'node':
      if (b !== undefined || (a !== 'down' && a !== 'up')) return undefined;
      return { type: a === 'down' ? 'nodeDown' : 'nodeUp', node: target };
    case 'pressure':
      if (b !== undefined || (a !== 'on' && a !== 'off')) return undefined;
      return { type: a === 'on' ? 'memoryPressure' : 'memoryRelief', node: target };
    default:
      return undefined;
  }
}

function doneText(fault: Fault, args: readonly string[], lang: Lang): string {
  const t = labText(lang);
  switch (fault.type) {
    case 'nodeDown': return t('faultNodeDown', { node: fault.node });
    case 'nodeUp': return t('faultNodeUp', { node: fault.node });
    case 'memoryPressure': return t('faultPressureOn', { node: fault.node });
    case 'memoryRelief': return t('faultPressureOff', { node: fault.node });
    case 'killContainer':
    case 'httpFail':
    case 'probeFail':
      return t('faultDone', { what: args.join(' ') });
    default:
      return assertNever(fault);
  }
}

/** Runs `fault ...`; the line to print. */
export function runFault(lab: LabLive, args: readonly string[], namespace: string, lang: Lang): { readonly text: string; readonly isError: boolean } {
  const fault = parseFault(args, namespace, labNow(lab));
  if (!fault) return { text: labText(lang)('faultUsage'), isError: true };
  const outcome = applyLogged(lab, { kind: 'fault', fault });
  // A refusal reads as kubectl prints the API server's: `Error from server (NotFound): pods "x" not found`.
  return outcome.ok ? { text: doneText(fault, args, lang), isError: false } : { text: `Error from server (${outcome.error.reason}): ${outcome.message}`, isError: true };
}
