// Reading the scheduler's FailedScheduling message (FitError.Error() in
// pkg/scheduler/framework/types.go): `0/3 nodes are available: <count reason>, ... .` then the
// preemption verdict. Each part is explained in the learner's words.
import type { Pod } from '../api/types.js';
import { add, canonical, decodeQuantity, type Quantity } from '../quantity.js';
import type { Say } from './messages.js';

/** `1 node(s) had untolerated taint {k: v}` → count 1 and the reason text. */
export interface FitPart {
  readonly count: number;
  readonly reason: string;
}

export interface FitMessage {
  readonly total: number;
  readonly parts: readonly FitPart[];
  /** What follows the histogram (the preemption verdict), if anything. */
  readonly rest: string;
}

/** Parses a FitError message; undefined when it has another shape. */
export function parseFitMessage(message: string): FitMessage | undefined {
  const m = /^0\/(\d+) nodes are available:\s*([\s\S]*)$/.exec(message.trim());
  if (!m) return undefined;
  // The histogram ends at the first period followed by a space or the end (taint keys hold
  // dots); some releases doubled that period.
  const end = /\.+(\s|$)/.exec(m[2]);
  const histogram = end ? m[2].slice(0, end.index) : m[2];
  const rest = end ? m[2].slice(end.index + end[0].length).trim() : '';
  const parts = histogram.split(', ').flatMap((item) => {
    const p = /^(\d+) ([\s\S]+)$/.exec(item.trim());
    return p ? [{ count: Number(p[1]), reason: p[2] }] : [];
  });
  return { total: Number(m[1]), parts, rest };
}

/** The pod's total request of one resource over its app containers, canonical; '' when none. */
function requestOf(pod: Pod, resource: string): string {
  let sum: Quantity | undefined;
  for (const c of pod.spec.containers) {
    const v = c.resources?.requests?.[resource];
    const q = v === undefined ? undefined : decodeQuantity(v);
    if (q?.ok) sum = sum ? add(sum, q.value) : q.value;
  }
  return sum ? canonical(sum) : '';
}

/** One line per part of the message, in the learner's language. */
export function explainFit(say: Say, pod: Pod, fit: FitMessage): string[] {
  const lines = fit.parts.map(({ count, reason }) => {
    const taint = /^node\(s\) had untolerated taints?(?:\(s\))?\s*(\{[\s\S]*\})?$/.exec(reason);
    if (taint) {
      const text = taint[1] ?? '';
      const controlPlane = /node-role\.kubernetes\.io\/(control-plane|master)/.test(text);
      return say(controlPlane ? 'schedTaintControlPlane' : 'schedTaint', { count, taint: text || '' }).replace('  ', ' ');
    }
    const insufficient = /^Insufficient (\S+)$/.exec(reason);
    if (insufficient) {
      const request = requestOf(pod, insufficient[1]);
      return say('schedInsufficient', { count, resource: insufficient[1], request: request ? ` (${request})` : '' });
    }
    if (/didn't match Pod's node affinity\/selector/.test(reason)) {
      const selector = Object.entries(pod.spec.nodeSelector ?? {}).map(([k, v]) => `${k}=${v}`).join(', ');
      return say('schedAffinity', { count, selector: selector ? ` (${selector})` : '' });
    }
    if (/were unschedulable/.test(reason)) return say('schedCordoned', { count });
    if (/didn't have free ports/.test(reason)) return say('schedPorts', { count });
    if (/^Too many pods$/.test(reason)) return say('schedTooManyPods', { count });
    if (/didn't match the requested node name/.test(reason)) return say('schedNodeName', { count });
    return say('schedOther', { text: `${count} ${reason}` });
  });
  if (/preemption:/.test(fit.rest) && /not helpful|No preemption victims/.test(fit.rest)) lines.push(say('schedPreemption'));
  return lines;
}
