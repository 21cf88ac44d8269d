// Rebuilds a practice cluster from its saved log and records what kubectl changes next. Replay
// runs `init`, then each logged change at its time, then the clock up to now: the engine is
// deterministic, so the state is the one the earlier calls left behind.
import { apply, execInPod, init, runUntil, type SimCommand } from '../sim/index.js';
import { engineCluster, type Cluster, type EngineSession } from '../sim/kubectl/index.js';
import type { ClusterSave, ExecCall, LogEntry } from './save.js';

/** A cluster rebuilt and running: kubectl's Cluster over it, and the changes made since. */
export interface LiveCluster {
  readonly session: EngineSession;
  readonly cluster: Cluster;
  /** Changes made through `cluster` since the replay, in order, as plain JSON. */
  readonly added: LogEntry[];
  /** Moves the clock on to `t` (never back; an earlier `t` is ignored). */
  advance(t: number): void;
}

/** A deep copy as plain JSON, so a logged change never shares objects with the engine. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function execIn(session: EngineSession, call: ExecCall) {
  const [next, result] = execInPod(session.state, call);
  session.state = next;
  return result;
}

/** The time of the latest logged change (the clock never shows less). */
export const lastChangeAt = (cluster: ClusterSave): number => cluster.log.at(-1)?.t ?? 0;

/**
 * Replays `saved` from `startEpochMs` and runs the clock to `now` (or to the last change, if
 * that is later: a wall clock set back must not move the cluster back). Throws when the engine
 * refuses the log (it came from a different build, or was edited).
 */
export function replay(saved: ClusterSave, startEpochMs: number, now: number): LiveCluster {
  const added: LogEntry[] = [];
  const commands: SimCommand[] = [];
  const session: EngineSession = { state: init({ objects: [], startEpochMs }, saved.seed), commands };
  const advance = (t: number) => {
    if (t > session.state.now) [session.state] = runUntil(session.state, t);
  };
  for (const entry of saved.log) {
    advance(entry.t);
    if ('command' in entry) [session.state] = apply(session.state, plain(entry.command));
    else execIn(session, entry.exec);
  }
  advance(Math.max(now, lastChangeAt(saved)));
  // Note: the adapter pushes each command before applying it, so this records the time it ran at.
  commands.push = (...items: SimCommand[]) => {
    for (const command of items) added.push({ t: session.state.now, command: plain(command) });
    return added.length;
  };
  const cluster = engineCluster(session);
  const actions = {
    ...cluster.actions,
    exec: (namespace: string, pod: string, container: string, command: readonly string[]) => {
      added.push({ t: session.state.now, exec: plain({ namespace, pod, container, command }) });
      return cluster.actions.exec(namespace, pod, container, command);
    },
  };
  return { session, cluster: { view: cluster.view, actions }, added, advance };
}
