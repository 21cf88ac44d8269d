// Probes, lifecycle handlers and their actions (pkg/apis/core/validation/validation.go:
// validateProbe, validateLivenessProbe, validateHandler, validateHTTPGetAction, ...).
import { child, forbidden, invalid, notSupported, required } from './field-errors.js';
import type { FieldError, LifecycleHandler, Probe, ProbeHandler } from './types.js';
import { isHTTPHeaderName, isValidPortName, isValidPortNum } from './validate-names.js';

/** `ValidatePortNumOrName`: a number must be a port, a string a port name. */
export function validatePortNumOrName(port: number | string | undefined, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(path, port, m));
  const n = port ?? 0;
  return isValidPortNum(n).map((m) => invalid(path, n, m));
}

interface CommonHandler extends ProbeHandler {
  readonly sleep?: LifecycleHandler['sleep'];
}

function validateHttpGet(h: NonNullable<ProbeHandler['httpGet']>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!h.path) errs.push(required(child(path, 'path')));
  errs.push(...validatePortNumOrName(h.port, child(path, 'port')));
  const scheme = h.scheme ?? '';
  if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(notSupported(child(path, 'scheme'), scheme, ['HTTP', 'HTTPS']));
  for (const header of h.httpHeaders ?? []) {
    errs.push(...isHTTPHeaderName(header.name ?? '').map((m) => invalid(child(path, 'httpHeaders'), header.name ?? '', m)));
  }
  return errs;
}

/**
 * `validateSleepAction` with PodLifecycleSleepActionAllowZero (beta, on by default since v1.33).
 */
function validateSleep(seconds: number, gracePeriod: number | undefined, path: string): FieldError[] {
  if (gracePeriod === undefined || (seconds >= 0 && seconds <= gracePeriod)) return [];
  return [invalid(path, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`)];
}

/** `validateHandler`: exactly one action, each checked. */
export function validateHandler(h: CommonHandler, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  const one = (name: string, check: () => FieldError[]): void => {
    if (count > 0) errs.push(forbidden(child(path, name), 'may not specify more than 1 handler type'));
    else {
      count++;
      errs.push(...check());
    }
  };
  if (h.exec) one('exec', () => ((h.exec?.command ?? []).length === 0 ? [required(child(path, 'exec', 'command'))] : []));
  if (h.httpGet) one('httpGet', () => validateHttpGet(h.httpGet!, child(path, 'httpGet')));
  if (h.tcpSocket) one('tcpSocket', () => validatePortNumOrName(h.tcpSocket!.port, child(path, 'tcpSocket', 'port')));
  if (h.grpc) one('grpc', () => validatePortNumOrName(h.grpc!.port ?? 0, child(path, 'grpc', 'port')));
  if (h.sleep) one('sleep', () => validateSleep(h.sleep!.seconds ?? 0, gracePeriod, child(path, 'sleep')));
  if (count === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

const NON_NEGATIVE = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const;

function validateProbe(probe: Probe, gracePeriod: number | undefined, path: string): FieldError[] {
  const handler: CommonHandler = { exec: probe.exec, httpGet: probe.httpGet, tcpSocket: probe.tcpSocket, grpc: probe.grpc };
  const errs = validateHandler(handler, gracePeriod, path);
  for (const f of NON_NEGATIVE) {
    const v = probe[f] ?? 0;
    if (v < 0) errs.push(invalid(child(path, f), v, 'must be greater than or equal to 0'));
  }
  const tgps = probe.terminationGracePeriodSeconds;
  if (tgps !== undefined && tgps <= 0) errs.push(invalid(child(path, 'terminationGracePeriodSeconds'), tgps, 'must be greater than 0'));
  return errs;
}

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

/** The checks of one probe field of a container, including the per-kind rules. */
export function validateProbeOfKind(kind: ProbeKind, probe: Probe | undefined, gracePeriod: number | undefined, path: string): FieldError[] {
  if (!probe) return [];
  const errs = validateProbe(probe, gracePeriod, path);
  if (kind === 'readinessProbe') {
    if (probe.terminationGracePeriodSeconds !== undefined) {
      errs.push(invalid(child(path, 'terminationGracePeriodSeconds'), probe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
    }
  } else if ((probe.successThreshold ?? 0) !== 1) {
    // Note: validateLivenessProbe / validateStartupProbe; 0 cannot reach here, it is defaulted to 1.
    errs.push(invalid(child(path, 'successThreshold'), probe.successThreshold ?? 0, 'must be 1'));
  }
  return errs;
}

/** `validateLifecycle`. */
export function validateLifecycle(
  lifecycle: { readonly postStart?: LifecycleHandler; readonly preStop?: LifecycleHandler },
  gracePeriod: number | undefined,
  path: string,
): FieldError[] {
  return [
    ...(lifecycle.postStart ? validateHandler(lifecycle.postStart, gracePeriod, child(path, 'postStart')) : []),
    ...(lifecycle.preStop ? validateHandler(lifecycle.preStop, gracePeriod, child(path, 'preStop')) : []),
  ];
}
