import { describe, expect, it } from 'vitest';
import { DRILL_CONTEXT } from '../../../src/practice/drills/contexts.js';
import { checkDrill, nextHint, startDrill, type Checked } from '../../../src/practice/drills/drill-flow.js';
import { mergeDue, placeSetup, SETTLE_MS } from '../../../src/practice/drills/place.js';
import { planSetup } from '../../../src/practice/drills/setup.js';
import { drillOf } from '../../../src/practice/drills/state.js';
import { freshSave, type LogEntry } from '../../../src/practice/save.js';
import { harness, T0, type Harness } from '../helpers.js';
import { drill, ok, practiceOnDisk, saveIO } from './fixtures.js';

const MIN = 60_000;

async function graded(h: Harness, id: string): Promise<Extract<Checked, { kind: 'graded' }>> {
  const value = ok(await checkDrill(saveIO(h), [drill(id)], () => undefined));
  if (value.kind !== 'graded') throw new Error(`not graded: ${value.kind}`);
  return value;
}

describe('setting a drill up', () => {
  it('dates the setup a minute before now, in context drill, with the seed validate uses', async () => {
    const h = harness();
    await h.clock('+10m');
    expect(ok(await startDrill(saveIO(h), drill('drill-fix-image-tag')))).toEqual({ jumpedMs: 0 });
    const save = practiceOnDisk(h);
    expect(save.currentContext).toBe(DRILL_CONTEXT);
    expect(save.clusters[DRILL_CONTEXT].seed).toBe(1);
    expect(save.clusters[DRILL_CONTEXT].log.map((e) => e.t)).toEqual([10 * MIN - SETTLE_MS]);
    expect(drillOf(save)).toEqual({ id: 'drill-fix-image-tag', hints: 0, pending: [] });
  });

  it('moves a clock younger than a minute ahead, and says by how much', async () => {
    const h = harness();
    expect(ok(await startDrill(saveIO(h), drill('drill-fix-image-tag')))).toEqual({ jumpedMs: SETTLE_MS });
    expect(practiceOnDisk(h).clusters[DRILL_CONTEXT].log[0].t).toBe(0);
  });

  it('switches podlab kubectl to the drill, whose cluster holds the broken setup', async () => {
    const h = harness();
    await startDrill(saveIO(h), drill('drill-fix-image-tag'));
    expect((await h.kubectl('config current-context')).out).toBe('drill\n');
    expect((await h.kubectl('get pods')).out).toMatch(/^NAME .*\nweb +0\/1 +ImagePullBackOff +0 +60s\n$/);
  });

  it('starts over when set up again: the learner\'s changes and hints are gone', async () => {
    const h = harness();
    await startDrill(saveIO(h), drill('drill-fix-image-tag'));
    await h.kubectl('run extra --image=nginx:1.25');
    await nextHint(saveIO(h), [drill('drill-fix-image-tag')]);
    await startDrill(saveIO(h), drill('drill-fix-image-tag'));
    expect((await h.kubectl('get pods -o name')).out).toBe('pod/web\n');
    expect(drillOf(practiceOnDisk(h))?.hints).toBe(0);
  });

  it('keeps the drill through podlab kubectl and podlab clock calls', async () => {
    const h = harness();
    await startDrill(saveIO(h), drill('drill-fix-image-tag'));
    await h.kubectl('label pod web tier=front');
    await h.clock('+1m');
    expect(drillOf(practiceOnDisk(h))?.id).toBe('drill-fix-image-tag');
  });

  it('replaces the default nodes when the setup declares its own', () => {
    const plan = planSetup(drill('drill-label-largest-node').setup);
    if (!plan.ok) throw new Error(plan.detail);
    const deleted = plan.plan.commands.filter((c) => c.kind === 'delete').map((c) => (c.kind === 'delete' ? c.ref.name : ''));
    expect(deleted).toEqual(['controlplane', 'node01', 'node02']);
  });
});

describe('--check', () => {
  it('grades a copy: the clock and the cluster on disk stay as they were', async () => {
    const h = harness();
    await h.clock('+10m');
    await startDrill(saveIO(h), drill('drill-fix-image-tag'));
    const before = practiceOnDisk(h);
    const checked = await graded(h, 'drill-fix-image-tag');
    expect(checked.grade.waitedMs).toBe(3 * MIN);
    expect(practiceOnDisk(h)).toEqual(before);
    expect((await h.clock()).out).toMatch(/age 10m0s/);
  });

  it('gives partial credit: each passing check earns its weight', async () => {
    const h = harness();
    await startDrill(saveIO(h), drill('drill-fix-image-tag'));
    await h.kubectl('set image pod/web web=nginx:1.25');
    await h.kubectl('label pod web app-');
    const { grade } = await graded(h, 'drill-fix-image-tag');
    expect(grade.checks.map((c) => [c.check.id, c.passed])).toEqual([['image', true], ['running', true], ['labels', false]]);
    expect([grade.score, grade.total]).toEqual([4, 5]);
    expect(grade.checks[2].failures).toEqual([{ kind: 'sim', said: { key: 'goalLabel', vars: { key: 'app', expected: 'web', actual: '<none>' } } }]);
  });

  it('says which context kubectl is on, so work done in the wrong one can be told', async () => {
    const h = harness();
    await startDrill(saveIO(h), drill('drill-fix-image-tag'));
    await h.kubectl('config use-context podlab');
    expect((await graded(h, 'drill-fix-image-tag')).currentContext).toBe('podlab');
  });

  it('brings a timed setup action into the cluster once it is due', async () => {
    const h = harness();
    await h.clock('+10m');
    await startDrill(saveIO(h), drill('drill-survive-memory-pressure'));
    const pending = drillOf(practiceOnDisk(h))?.pending ?? [];
    expect(pending.map((e) => e.t)).toEqual([9 * MIN + 3 * MIN]);
    h.wall.ms += 5 * MIN;
    await graded(h, 'drill-survive-memory-pressure');
    const save = practiceOnDisk(h);
    expect(drillOf(save)?.pending).toEqual([]);
    expect(save.clusters[DRILL_CONTEXT].log.some((e) => 'command' in e && e.command.kind === 'fault')).toBe(true);
  });
});

describe('hints', () => {
  it('shows them one at a time, then says there are no more', async () => {
    const h = harness();
    const d = drill('drill-fix-image-tag');
    await startDrill(saveIO(h), d);
    const seen = [];
    for (let i = 0; i < d.hints.length + 1; i++) seen.push(ok(await nextHint(saveIO(h), [d])));
    expect(seen.map((s) => (s.kind === 'hint' ? s.number : s.kind))).toEqual([1, 2, 3, 'no-more']);
  });

  it('needs a drill in progress', async () => {
    expect(ok(await nextHint(saveIO(harness()), [drill('drill-fix-image-tag')]))).toEqual({ kind: 'none' });
  });
});

describe('placing and merging timed actions', () => {
  const entry = (t: number, name: string): LogEntry => ({ t, command: { kind: 'unparsed', text: name } });

  it.each([
    ['before everything', [entry(5, 'p')], 10, ['p', 'a', 'b', 'c']],
    ['between, after equal times', [entry(20, 'p')], 25, ['a', 'b', 'p', 'c']],
    ['not yet due', [entry(40, 'p')], 35, ['a', 'b', 'c']],
  ])('merges a pending entry %s', (_name, pending, upTo, order) => {
    const cluster = { seed: 1, log: [entry(10, 'a'), entry(20, 'b'), entry(30, 'c')] };
    const merged = mergeDue(cluster, pending, upTo);
    expect(merged.cluster.log.map((e) => ('command' in e && e.command.kind === 'unparsed' ? e.command.text : ''))).toEqual(order);
  });

  it('keeps actions later than now pending', () => {
    const plan = { commands: [], actions: [{ at: 30_000, command: { kind: 'unparsed' as const, text: 'soon' } }, { at: 5 * MIN, command: { kind: 'unparsed' as const, text: 'later' } }] };
    const placed = placeSetup(freshSave(T0, 'podlab'), 'drill', plan, T0 + 10 * MIN);
    expect(placed.save.clusters.drill.log.map((e) => e.t)).toEqual([9 * MIN + 30_000]);
    expect(placed.pending.map((e) => e.t)).toEqual([14 * MIN]);
    expect(placed.setupEntries).toBe(1);
  });
});
