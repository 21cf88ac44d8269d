import { describe, expect, it } from 'vitest';
import { loadContent, shippedSource, type Drill } from '../../../src/content/index.js';
import { readsFile, shellOperator } from '../../../src/content/sim-checks/solution.js';
import { checkDrill, startDrill, type Checked } from '../../../src/practice/drills/drill-flow.js';
import type { SaveIO } from '../../../src/practice/transact.js';
import { harness, type Harness } from '../helpers.js';

// Every shipped drill, the way a learner meets it: `podlab drill ID` sets it up, `--check` on
// the untouched setup must find something to do, and the reference solution typed through
// `podlab kubectl` must earn every point. This is the same claim `podlab validate` makes with its
// own runs (sim-checks/drills.ts), made here through the practice clusters the learner uses.
const content = await loadContent([shippedSource()]);
const drills = content.drills;

function io(h: Harness): SaveIO {
  return { env: h.env, lang: 'en', wallNow: () => h.wall.ms, newSeed: () => 7, warn: () => undefined };
}

async function graded(h: Harness, drill: Drill): Promise<Extract<Checked, { kind: 'graded' }>> {
  const done = await checkDrill(io(h), [drill], () => undefined);
  if (!done.ok) throw new Error(done.message);
  if (done.value.kind !== 'graded') throw new Error(`not graded: ${JSON.stringify(done.value)}`);
  return done.value;
}

const failing = (c: Extract<Checked, { kind: 'graded' }>) => c.grade.checks.filter((x) => !x.passed).map((x) => ({ id: x.check.id, why: x.failures }));

describe('every drill: the setup fails its checks, the reference solution through podlab kubectl passes them', () => {
  it('ships drills', () => {
    expect(drills.length).toBeGreaterThanOrEqual(30);
  });

  it.for(drills.map((d) => [d.id, d] as const))('%s', async ([, drill], ctx) => {
    const lines = drill.solution.commands ?? [];
    if (lines.some((l) => shellOperator(l) !== undefined || readsFile(l)) || drill.checks.some((c) => c.kind === 'file')) {
      ctx.skip('needs a real shell, as podlab validate notes');
    }
    const h = harness();
    expect((await h.clock('+10m')).code).toBe(0);
    const started = await startDrill(io(h), drill);
    expect(started.ok).toBe(true);

    const before = await graded(h, drill);
    expect(before.grade.score).toBeLessThan(before.grade.total);

    if (drill.solution.manifest !== undefined) {
      const r = await h.kubectl('apply -f -', { stdin: drill.solution.manifest });
      expect(r, 'kubectl apply -f - of the solution manifest').toMatchObject({ code: 0 });
    }
    for (const line of lines) {
      const r = await h.kubectl(line);
      expect(r, line).toMatchObject({ code: 0 });
    }
    const after = await graded(h, drill);
    expect(failing(after)).toEqual([]);
    expect(after.grade.score).toBe(after.grade.total);
  });
});
