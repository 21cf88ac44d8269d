// What the lab's two live panels show: `kubectl get pods -w` as it goes, and the newest events,
// both printed by the kubectl layer, so they read exactly as kubectl prints them.
import { runKubectl, type FollowSession } from '../../sim/kubectl/index.js';
import type { LabLive } from './lab-live.js';

/** The longest `get pods -w` history kept: older lines scroll out of the panel anyway. */
const MAX_WATCH_LINES = 200;

/** `kubectl get pods -w` running since the lab opened: the header, then one line per change. */
export interface PodWatch {
  readonly header: string;
  readonly rows: string[];
  readonly follow?: FollowSession;
}

const split = (text: string) => text.split('\n').filter((l) => l !== '');

export function startWatch(lab: LabLive): PodWatch {
  const result = runKubectl(['get', 'pods', '-w'], lab.live.cluster, { lang: 'en' });
  const [header = '', ...rows] = split(result.stdout);
  // Note: with no pods kubectl prints "No resources found" to stderr and keeps watching; the
  // panel shows kubectl's header-less state as an empty table instead.
  return { header: header || 'NAME   READY   STATUS   RESTARTS   AGE', rows, ...(result.follow ? { follow: result.follow } : {}) };
}

/** Adds what changed since the last call. */
export function pollWatch(lab: LabLive, watch: PodWatch): void {
  if (!watch.follow) return;
  const more = split(watch.follow.next(lab.live.cluster.view));
  // The watch printer repeats the header when the columns widen; the panel has one header.
  watch.rows.push(...more.filter((l) => !l.startsWith('NAME ')));
  if (watch.rows.length > MAX_WATCH_LINES) watch.rows.splice(0, watch.rows.length - MAX_WATCH_LINES);
}

/** `kubectl get events --sort-by=.lastTimestamp`: the header and the rows, the newest last. */
export function eventLines(lab: LabLive): { readonly header: string; readonly rows: readonly string[] } {
  const result = runKubectl(['get', 'events', '--sort-by=.lastTimestamp'], lab.live.cluster, { lang: 'en' });
  const [header = 'LAST SEEN   TYPE   REASON   OBJECT   MESSAGE', ...rows] = split(result.stdout);
  return { header, rows };
}
