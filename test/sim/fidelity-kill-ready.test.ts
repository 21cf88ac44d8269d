// A restarted container starts not ready and turns Ready once its readiness probe passes again,
// however the old one ended: a killContainer fault, a crash, a liveness kill.
// Note: pkg/kubelet/prober/worker.go (doProbe): a new container ID resets the worker's result
// to its initial value (readiness: Failure) and lifts onHold; the status follows every result.
import { describe, expect, it } from 'vitest';
import type { SimState, WatchRow } from '../../src/sim/index.js';
import { act, cluster, lastRow, podYaml, run } from './engine/helpers.js';

const PERIOD_MS = 5_000;
const LIVENESS = '    livenessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}\n';

const nginx = (initialDelay: number, successThreshold: number, extra: string) => podYaml('web', `  - name: nginx
    image: nginx:1.27
    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5, initialDelaySeconds: ${initialDelay}, successThreshold: ${successThreshold}}
${extra}`);

const rows = (s: SimState): readonly WatchRow[] => [...s.records.values()].find((r) => r.name === 'web')!.rows;

/** The row where restart `n` shows, and the first row after it that is Ready. */
function restartRows(s: SimState, n: number): { start?: WatchRow; ready?: WatchRow } {
  const after = rows(s).filter((r) => r.restarts === n);
  return { start: after[0], ready: after.find((r) => r.ready === '1/1') };
}

function expectReadyAgain(s: SimState, n: number, budgetMs: number): void {
  const { start, ready } = restartRows(s, n);
  expect(start).toMatchObject({ ready: '0/1', status: 'Running' });
  expect(ready).toBeDefined();
  expect(ready!.t - start!.t).toBeLessThanOrEqual(budgetMs);
}

const kill = (s: SimState): SimState => act(s, { kind: 'fault', fault: { type: 'killContainer', target: { pod: 'web' } } })[0];

describe('readiness after a killContainer fault at 60 s', () => {
  it.each([
    ['a readiness probe', 0, 1, ''],
    ['readiness and liveness probes', 0, 1, LIVENESS],
    ['readiness with initialDelaySeconds 3', 3, 1, ''],
    ['readiness with successThreshold 2 and liveness', 0, 2, LIVENESS],
  ])('%s: READY 0/1 at the restart, then 1/1 in time, RESTARTS 1', (_name, delay, threshold, extra) => {
    let s = run(cluster(nginx(delay, threshold, extra)), 60_000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', restarts: 0 });
    s = run(kill(s), 90_000);
    expectReadyAgain(s, 1, delay * 1000 + PERIOD_MS * threshold + 1000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running', restarts: 1 });
  });

  it('a second kill after a long steady run turns it not ready and Ready again (RESTARTS 2)', () => {
    let s = run(kill(run(cluster(nginx(0, 1, LIVENESS)), 60_000)), 600_000);
    expectReadyAgain(s, 1, PERIOD_MS + 1000);
    s = run(kill(s), 660_000);
    expectReadyAgain(s, 2, PERIOD_MS + 1000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running', restarts: 2 });
  });
});

describe('readiness after other restarts', () => {
  it('a crash (exit 1) between two probe ticks', () => {
    // Started at 3 s, exits at 61 s, restarts at 62.5 s: no readiness tick falls in between.
    const s = run(cluster(podYaml('web', `  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 58; exit 1']
    readinessProbe: {exec: {command: ['true']}, periodSeconds: 5}
`)), 90_000);
    expectReadyAgain(s, 1, PERIOD_MS + 1000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running', restarts: 1 });
  });

  it('a liveness kill', () => {
    let s = run(cluster(nginx(0, 1, LIVENESS)), 20_000);
    [s] = act(s, { kind: 'fault', fault: { type: 'probeFail', target: { pod: 'web' }, probe: 'liveness', until: 36_000 } });
    s = run(s, 60_000);
    // The readiness probe's manual run one second after the start finds the new container ready.
    expectReadyAgain(s, 1, 1000);
    expect(lastRow(s, 'web')).toMatchObject({ ready: '1/1', status: 'Running', restarts: 1 });
  });
});
