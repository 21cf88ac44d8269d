// `podlab sim --json`: DESIGN.md's shape (podlab, start, duration, pods[{name, namespace, rows,
// object}], events[{t, type, reason, object, message}]) plus a few added fields: seed, a
// deleted pod's `deletedAt`, an event's `count` and `lastT` (events are aggregated as the API
// server keeps them; `t` is the first occurrence), and `warnings`. Times are seconds.
import { formatRfc3339 } from '../sim/status/index.js';
import type { TimelineEntry } from '../sim/scenario/index.js';
import { noteText } from '../sim/scenario/index.js';
import type { PlacedNote } from './sim-input.js';
import type { SimRun } from './sim-run.js';

export interface JsonMeta {
  readonly version: string;
  readonly startEpochMs: number;
  readonly seed: number;
  readonly notes: readonly PlacedNote[];
  readonly timeline: readonly TimelineEntry[];
}

const secs = (ms: number): number => ms / 1000;

export function runJson(run: SimRun, meta: JsonMeta): string {
  const warnings = [
    ...meta.notes.map((n) => ({ t: secs(n.at), object: '', message: noteText(n.key, n.vars, 'en') })),
    ...run.warnings.map((w) => ({ t: secs(w.t), object: w.object, message: w.message })),
  ].sort((a, b) => a.t - b.t);
  const out = {
    podlab: meta.version,
    start: formatRfc3339(meta.startEpochMs),
    duration: secs(run.endMs),
    seed: meta.seed,
    pods: run.pods.map((p) => ({
      name: p.name,
      namespace: p.namespace,
      rows: p.rows.map((r) => ({ t: secs(r.t), ready: r.ready, status: r.status, restarts: r.restarts })),
      object: p.object ?? null,
      ...(p.removedAt !== undefined ? { deletedAt: secs(p.removedAt) } : {}),
    })),
    events: run.events.map((e) => ({
      t: secs(e.firstT), type: e.type, reason: e.reason, object: e.object, message: e.message,
      namespace: e.namespace, count: e.count, lastT: secs(e.lastT),
    })),
    actions: meta.timeline.map((a) => ({ t: secs(a.at), action: a.text })),
    warnings,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
