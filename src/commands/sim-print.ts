// The human output of `podlab sim`: what a learner would see with `kubectl get pods --watch`
// running through the whole run, then `kubectl describe pod` for every pod at the end, then
// what the simulator could not model. Sections are separated by a blank line.
import type { Lang } from '../i18n/index.js';
import type { Millis } from '../sim/api/types.js';
import { describePod } from '../sim/kubectl/describe/pod.js';
import { eventsOf } from '../sim/kubectl/describe/events.js';
import { GET_TABLE, tabbed } from '../sim/kubectl/print/tabwriter.js';
import { localizeWarning } from '../sim/proc/index.js';
import { formatRfc3339 } from '../sim/status/index.js';
import { noteText, type TimelineEntry } from '../sim/scenario/index.js';
import { clusterEvents } from './sim-events.js';
import type { PlacedNote } from './sim-input.js';
import { simText } from './sim-messages.js';
import type { PodView, SimRun } from './sim-run.js';

export interface PrintOptions {
  readonly lang: Lang;
  readonly startEpochMs: number;
  readonly seed: number;
  readonly timeline: readonly TimelineEntry[];
  readonly notes: readonly PlacedNote[];
}

/** A run time as people write it: `0s`, `1.5s`, `45s`, `1m30s`, `10m`, `1h5m`. */
export function formatT(ms: Millis): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = (ms % 60_000) / 1000;
  const sec = s === 0 && (h > 0 || m > 0) ? '' : `${Number(s.toFixed(3))}s`;
  return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${sec}`.replace(/^(\d+h)0m$/, '$1');
}

function watchTable(run: SimRun): string {
  const allNamespaces = run.pods.some((p) => p.namespace !== 'default');
  const lines = [allNamespaces ? 'NAMESPACE\tNAME\tREADY\tSTATUS\tRESTARTS\tAGE' : 'NAME\tREADY\tSTATUS\tRESTARTS\tAGE'];
  const rows = run.pods.flatMap((pod, p) => pod.rows.map((row, i) => ({ pod, row, p, i })));
  rows.sort((a, b) => a.row.t - b.row.t || a.p - b.p || a.i - b.i);
  for (const { pod, row } of rows) {
    const cells = [pod.name, row.ready, row.status, row.restartsText, row.age];
    lines.push((allNamespaces ? [pod.namespace, ...cells] : cells).join('\t'));
  }
  return `$ kubectl get pods${allNamespaces ? ' -A' : ''} --watch\n${tabbed(lines.join('\n') + '\n', GET_TABLE)}`;
}

function describeSection(run: SimRun, pod: PodView, o: PrintOptions): string {
  const t = simText(o.lang);
  const ns = pod.namespace === 'default' ? '' : ` -n ${pod.namespace}`;
  const head = `$ kubectl describe pod ${pod.name}${ns}\n`;
  const note = pod.removedAt !== undefined ? t('deletedNote', { name: pod.name, at: formatT(pod.removedAt) }) + '\n' : '';
  if (!pod.object) return head + note;
  const nowMs = o.startEpochMs + (pod.removedAt !== undefined ? pod.removedAt - 1 : run.endMs);
  const events = eventsOf(clusterEvents(run.events, o.startEpochMs).filter((e) => e.namespace === pod.namespace), 'Pod', pod.name, pod.object.metadata.uid);
  return head + note + describePod(pod.object, events, nowMs);
}

/** A process warning in `lang`; the kubelet puts the container's name in front (`app: podlab: ...`). */
function localized(message: string, lang: Lang): string {
  const m = /^([^\s:]+: )(podlab: [\s\S]*)$/.exec(message);
  return m ? m[1] + localizeWarning(m[2], lang) : localizeWarning(message, lang);
}

function warningLines(run: SimRun, o: PrintOptions): string[] {
  const t = simText(o.lang);
  const items: { at: Millis; text: string }[] = [
    ...o.notes.map((n) => ({ at: n.at, text: `${n.file}:${n.line}:${n.col}: ${noteText(n.key, n.vars, o.lang)}` })),
    ...o.timeline.filter((e) => e.at > run.endMs).map((e) => ({ at: e.at, text: t('afterEnd', { at: formatT(e.at), duration: formatT(run.endMs) }) })),
    ...run.warnings.map((w) => ({ at: w.t, text: `${w.object ? `${w.object}: ` : ''}${localized(w.message, o.lang)}` })),
  ];
  items.sort((a, b) => a.at - b.at);
  return items.map((i) => `  ${formatT(i.at)}\t${i.text}`);
}

export function printRun(run: SimRun, o: PrintOptions): string {
  const t = simText(o.lang);
  const sections: string[] = [t('runSummary', { duration: formatT(run.endMs), start: formatRfc3339(o.startEpochMs), seed: o.seed }) + '\n'];
  if (o.timeline.length > 0) {
    const lines = o.timeline.map((e) => `  ${formatT(e.at)}\t${e.text}`);
    sections.push(`${t('scenarioHeading')}\n${tabbed(lines.join('\n') + '\n', { minWidth: 0, tabWidth: 8, padding: 2 })}`);
  }
  if (run.pods.length === 0) sections.push(t('noPods') + '\n');
  else {
    sections.push(watchTable(run));
    for (const pod of run.pods) sections.push(describeSection(run, pod, o));
  }
  const warnings = warningLines(run, o);
  if (warnings.length > 0) sections.push(`${t('warningsHeading')}\n${tabbed(warnings.join('\n') + '\n', { minWidth: 0, tabWidth: 8, padding: 2 })}`);
  return sections.map((s) => (s.endsWith('\n') ? s : s + '\n')).join('\n');
}
