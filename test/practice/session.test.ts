// Replay: a cluster rebuilt from its log is the cluster the earlier calls left behind.
import { describe, expect, it } from 'vitest';
import { runKubectl } from '../../src/sim/kubectl/index.js';
import type { ClusterSave, LogEntry } from '../../src/practice/save.js';
import { replay } from '../../src/practice/session.js';

const START = Date.UTC(2025, 0, 1);
const CRASH = ['run', 'crash', '--image=busybox', '--restart=Always', '--command', '--', 'sh', '-c', 'sleep 5; exit 1'];

/** Everything kubectl can see of a cluster, as text. */
function picture(live: ReturnType<typeof replay>): string {
  const k = (...w: string[]) => runKubectl(w, live.cluster).stdout;
  return [k('get', 'pods', '-A', '-o', 'yaml'), k('get', 'events', '-A'), k('logs', 'crash', '--previous'), k('exec', 'web', '--', 'cat', '/tmp/ready')].join('\n---\n');
}

/** Runs commands at the given cluster times in one live session, reading in between as a user would. */
function liveRun(seed: number, steps: readonly [number, readonly string[]][]): { save: ClusterSave; live: ReturnType<typeof replay> } {
  const live = replay({ seed, log: [] }, START, 0);
  for (const [t, words] of steps) {
    live.advance(t - 1500);
    runKubectl(['get', 'pods'], live.cluster);
    live.advance(t);
    runKubectl(words, live.cluster);
  }
  return { save: { seed, log: JSON.parse(JSON.stringify(live.added)) as LogEntry[] }, live };
}

const STEPS: [number, string[]][] = [
  [2_000, ['run', 'web', '--image=nginx:1.25', '--labels=app=web']],
  [3_000, CRASH],
  [40_000, ['exec', 'web', '--', 'touch', '/tmp/ready']],
  [61_500, ['label', 'pod', 'web', 'tier=front']],
  [90_000, ['set', 'image', 'pod/web', 'web=nginx:1.26']],
  [95_250, ['delete', 'pod', 'crash', '--wait=false']],
];

describe('replay', () => {
  it('logs every change with the cluster time it ran at, exec included', () => {
    const { save } = liveRun(3, STEPS);
    expect(save.log.map((e) => [e.t, 'command' in e ? e.command.kind : 'exec'])).toEqual([
      [2_000, 'create'], [3_000, 'create'], [40_000, 'exec'], [61_500, 'label'], [90_000, 'replace'], [95_250, 'delete'],
    ]);
  });

  it.each([[95_250], [120_000], [600_000]])('rebuilds at %i ms the cluster the live session shows then', (t) => {
    const { save, live } = liveRun(3, STEPS);
    live.advance(t);
    const shown = picture(live);
    expect(shown).toContain('tier: front');
    expect(shown).toContain('image: nginx:1.26');
    expect(picture(replay(save, START, t))).toBe(shown);
  });

  it('gives the same cluster for the same log and seed, every time', () => {
    const { save } = liveRun(11, STEPS);
    expect(picture(replay(save, START, 300_000))).toBe(picture(replay(save, START, 300_000)));
  });

  it('keeps what exec wrote to a container', () => {
    const { save } = liveRun(3, STEPS.slice(0, 3));
    expect(runKubectl(['exec', 'web', '--', 'cat', '/tmp/ready'], replay(save, START, 50_000).cluster)).toMatchObject({ exitCode: 0 });
  });

  it('never shows a time before the last change (a wall clock set back)', () => {
    const { save } = liveRun(3, STEPS);
    expect(replay(save, START, 10_000).session.state.now).toBe(95_250);
  });

  it('records new changes at the time they are made, as plain JSON', () => {
    const live = replay({ seed: 1, log: [] }, START, 12_345);
    runKubectl(['run', 'a', '--image=nginx'], live.cluster);
    expect(live.added).toEqual([{ t: 12_345, command: expect.objectContaining({ kind: 'create' }) }]);
    expect(JSON.parse(JSON.stringify(live.added))).toEqual(live.added);
  });

  it('refuses a log the engine cannot run', () => {
    const bad: ClusterSave = { seed: 1, log: [{ t: 0, command: { kind: 'nonsense' } as never }] };
    expect(() => replay(bad, START, 0)).toThrow();
  });
});
