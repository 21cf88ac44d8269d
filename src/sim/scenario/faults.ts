// `actions[].fault` of a Scenario: a fault injected into a container or a node, as the
// engine's `Fault`. `type` picks the kind; the other fields are those of that kind.
import type { Millis } from '../api/types.js';
import type { ContainerRef, Fault } from '../engine/commands-types.js';
import { valueAsNumber } from '../quantity.js';
import { assertNever } from '../../util/assert-never.js';
import { child, isRecord, type Raw, type Reader } from './fields.js';

export const FAULT_TYPES = ['killContainer', 'httpFail', 'probeFail', 'nodeDown', 'nodeUp', 'memoryPressure', 'memoryRelief'] as const;
type FaultType = (typeof FAULT_TYPES)[number];

const TARGET = ['type', 'pod', 'namespace', 'container'];
const FIELDS: Readonly<Record<FaultType, readonly string[]>> = {
  killContainer: [...TARGET, 'signal'],
  httpFail: [...TARGET, 'path', 'port', 'status'],
  probeFail: [...TARGET, 'probe', 'for'],
  nodeDown: ['type', 'node'],
  nodeUp: ['type', 'node'],
  memoryPressure: ['type', 'node', 'available'],
  memoryRelief: ['type', 'node'],
};

function target(r: Reader, raw: Raw, path: string): ContainerRef | undefined {
  const pod = r.string(raw.pod, child(path, 'pod'), { required: true });
  const namespace = r.string(raw.namespace, child(path, 'namespace'));
  const container = r.string(raw.container, child(path, 'container'));
  return pod === undefined ? undefined : { pod, ...(namespace ? { namespace } : {}), ...(container ? { container } : {}) };
}

/** Decodes one fault; `atMs` is the action's time (a probe failure `for` a while ends at + for). */
export function decodeFault(r: Reader, v: unknown, path: string, atMs: Millis): Fault | undefined {
  if (!isRecord(v)) {
    r.invalid(path, v, 'must be a mapping');
    return undefined;
  }
  const type = r.oneOf(v.type, child(path, 'type'), FAULT_TYPES, { required: true });
  if (type === undefined) return undefined;
  const raw = r.record(v, path, FIELDS[type]);
  if (!raw) return undefined;
  const node = (): string | undefined => r.string(raw.node, child(path, 'node'), { required: true });
  switch (type) {
    case 'killContainer': {
      const t = target(r, raw, path);
      const signal = r.oneOf(raw.signal, child(path, 'signal'), ['SIGKILL', 'SIGTERM', 'SIGINT'] as const);
      return t && { type, target: t, ...(signal ? { signal } : {}) };
    }
    case 'httpFail': {
      const t = target(r, raw, path);
      const p = r.string(raw.path, child(path, 'path'));
      const port = r.int(raw.port, child(path, 'port'), { min: 1, max: 65535 });
      const status = r.int(raw.status, child(path, 'status'), { required: true, min: 100, max: 599 });
      return t && status !== undefined ? { type, target: t, status, ...(p ? { path: p } : {}), ...(port ? { port } : {}) } : undefined;
    }
    case 'probeFail': {
      const t = target(r, raw, path);
      const probe = r.oneOf(raw.probe, child(path, 'probe'), ['liveness', 'readiness', 'startup'] as const, { required: true });
      const forMs = r.duration(raw.for, child(path, 'for'));
      return t && probe ? { type, target: t, probe, ...(forMs !== undefined ? { until: atMs + forMs } : {}) } : undefined;
    }
    case 'memoryPressure': {
      const n = node();
      const available = r.quantity(raw.available, child(path, 'available'));
      return n === undefined ? undefined : { type, node: n, ...(available ? { availableBytes: valueAsNumber(available) } : {}) };
    }
    case 'nodeDown':
    case 'nodeUp':
    case 'memoryRelief': {
      const n = node();
      return n === undefined ? undefined : { type, node: n };
    }
    default:
      return assertNever(type);
  }
}
