// A reference solution's `kubectl replace --force -f -` waits, as kubectl does, for the old Pod
// to go before it creates the new one: the run's clock moves on to that moment.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { SimCheckCtx } from '../../src/content/sim-checks/context.js';
import { advance, RUN_START_MS, startRun } from '../../src/content/sim-checks/run.js';
import { runSolutionOn } from '../../src/content/sim-checks/solution.js';
import { engineCluster, runKubectl, type EngineSession } from '../../src/sim/kubectl/index.js';
import { SLEEPER } from '../fixtures/pods.js';

const AT = { file: 'drills.yaml', line: 1, col: 1 };

describe('a solution with replace --force', () => {
  it('creates the Pod again once the old one is gone (30 s: its shell ignores SIGTERM)', () => {
    const session: EngineSession = { state: startRun([]), commands: [] };
    const documents = parseAllDocuments(SLEEPER).map((d) => d.toJS() as unknown);
    runKubectl(['create', '-f', '-'], engineCluster(session), { readManifests: () => ({ ok: true, documents }) });
    const reports: unknown[] = [];
    const ctx = { lang: 'en', report: (...a: unknown[]) => reports.push(a), skip: (...a: unknown[]) => reports.push(a) } as unknown as SimCheckCtx;
    const end = runSolutionOn(ctx, advance(session.state, 60_000), [{ text: 'kubectl replace --force -f -', at: AT }], { text: SLEEPER, at: AT }, 'commands-first');
    expect(reports).toEqual([]);
    expect(end?.now).toBe(90_000);
    const after: EngineSession = { state: end ?? startRun([]), commands: [] };
    expect(engineCluster(after).view.get('Pod', 'default', 'web')?.metadata.creationTimestamp).toBe(new Date(RUN_START_MS + 90_000).toISOString().replace('.000Z', 'Z'));
  });
});
