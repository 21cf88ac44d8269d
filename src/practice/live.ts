// The cluster as `get -w`, `logs -f` and a waiting delete see it while wall time passes: it
// follows the clock, and picks up what other podlab processes save meanwhile (a second terminal
// deleting the Pod the first one watches, a `podlab clock +5m`, a reset).
import { statSync } from 'node:fs';
import { readDisk } from '../store/disk.js';
import { storePath } from '../store/location.js';
import type { ClusterView } from '../sim/kubectl/index.js';
import { clusterNow } from './clock.js';
import { readSave, type ClusterSave, type PracticeSave } from './save.js';
import { replay, type LiveCluster } from './session.js';

type Env = Readonly<Record<string, string | undefined>>;

const EMPTY: ClusterSave = { seed: 0, log: [] };

function stampOf(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'absent';
  }
}

/** A view of `context`'s cluster at any later wall time, starting from what this process has. */
export function liveView(env: Env, context: string, save: PracticeSave, live: LiveCluster): (wallMs: number) => ClusterView {
  const path = storePath(env);
  let stamp = stampOf(path);
  let current = { save, live, key: JSON.stringify([save.startEpochMs, save.clusters[context] ?? EMPTY]) };
  const reload = (wallMs: number) => {
    const disk = readDisk(path);
    const read = readSave(disk.kind === 'ok' ? disk.data.lab?.state : undefined);
    if (read.kind !== 'ok') return;
    const cluster = read.save.clusters[context] ?? EMPTY;
    const key = JSON.stringify([read.save.startEpochMs, cluster]);
    if (key === current.key) {
      current = { ...current, save: read.save };
      return;
    }
    try {
      current = { save: read.save, live: replay(cluster, read.save.startEpochMs, clusterNow(read.save, wallMs)), key };
    } catch {
      // A log this build cannot replay: keep showing the cluster as it was.
    }
  };
  return (wallMs) => {
    const now = stampOf(path);
    if (now !== stamp) {
      stamp = now;
      reload(wallMs);
    }
    current.live.advance(clusterNow(current.save, wallMs));
    return current.live.cluster.view;
  };
}

/** What a real-time loop needs: the clock, a sleep that Ctrl+C cuts short, and Ctrl+C itself. */
export interface Ticking {
  readonly wallNow: () => number;
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly signal: AbortSignal;
}

/** How often a real-time loop looks at the cluster (wall milliseconds). */
export const TICK_MS = 200;

/**
 * Calls `step` with the cluster every tick until it answers true (done) or Ctrl+C.
 * Returns true when it was interrupted.
 */
export async function tickUntil(viewAt: (wallMs: number) => ClusterView, step: (view: ClusterView) => boolean, ticking: Ticking): Promise<boolean> {
  while (!ticking.signal.aborted) {
    if (step(viewAt(ticking.wallNow()))) return false;
    await ticking.sleep(TICK_MS, ticking.signal);
  }
  return true;
}
