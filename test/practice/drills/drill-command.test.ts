import { describe, expect, it } from 'vitest';
import { DRILL_CONTEXT } from '../../../src/practice/drills/contexts.js';
import { harness } from '../helpers.js';
import { kubectlNow, podlab } from './cli-helpers.js';
import { drill, DRILLS, practiceOnDisk, storeOnDisk } from './fixtures.js';

const ID = 'drill-fix-image-tag';

describe('podlab drill: usage', () => {
  it.each([
    ['an unknown id, with the nearest one', ['drill-fix-image-tg'], {}, "Did you mean 'drill-fix-image-tag'?"],
    ['two actions at once', [], { check: true, hint: true }, 'one of --task'],
    ['--check with no drill in progress', [], { check: true }, 'No drill in progress'],
    ['--hint with no drill in progress', [], { hint: true }, 'No drill in progress'],
    ['--solution before any attempt', [ID], { solution: true }, 'once you have tried'],
  ])('%s is bad usage: exit 2', async (_name, positionals, flags, said) => {
    const r = await podlab(harness(), 'drill', positionals, flags);
    expect(r.code).toBe(2);
    expect(r.err).toContain(said);
    expect(r.out).toBe('');
  });

  it('refuses to grade another drill than the one in progress', async () => {
    const h = harness();
    await podlab(h, 'drill', [ID]);
    const r = await podlab(h, 'drill', ['drill-scale-deployment'], { check: true });
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining(`not the drill in progress (${ID})`) });
  });
});

describe('podlab drill: a whole attempt', () => {
  it('lists every drill with its domain and no score yet', async () => {
    const r = await podlab(harness(), 'drill');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^ID +DOMAIN +MIN +BEST +TITLE$/);
    expect(lines.filter((l) => l.startsWith('drill-'))).toHaveLength(DRILLS.length);
    expect(r.out).toMatch(new RegExp(`\\n${ID} +Troubleshooting +4 +- +A Pod that cannot pull its image\\n`));
  });

  it('sets up, grades with partial credit, saves, hints, then grades the fix in full', async () => {
    const h = harness();
    const start = await podlab(h, 'drill', [ID]);
    expect(start.code).toBe(0);
    expect(start.out).toContain('Pod web in the default namespace never starts.');
    expect(start.out).toContain('Context "drill" was set up for this task');
    expect(start.out).toContain('podlab drill --hint          the next hint (3 left)');
    expect(practiceOnDisk(h).currentContext).toBe(DRILL_CONTEXT);

    const first = await podlab(h, 'drill', [], { check: true });
    expect(first.code).toBe(1);
    expect(first.out).toContain('after letting 3m0s pass on a copy of the cluster');
    expect(first.out).toMatch(/ {2}✗ image +0\/2 {2}Pod web's container web runs the image nginx:1\.25\.\n +→ container web runs nginx:1\.25\.99, not nginx:1\.25\n/);
    expect(first.out).toMatch(/ {2}✓ labels +1\/1 {2}Pod web still has the label app=web\.\n/);
    expect(first.out).toContain('Score 1/5 (20%).');
    expect(first.out).toContain('This drill is now in your review schedule.');
    let data = storeOnDisk(h);
    expect(data.answers[ID]).toEqual([expect.objectContaining({ correct: false, answer: { score: 1, total: 5 } })]);
    expect(data.cards[ID]).toBeDefined();

    const hint = await podlab(h, 'drill', [], { hint: true });
    expect(hint.out).toMatch(/^Hint 1\/3: Start with kubectl get pod web/);

    expect((await kubectlNow(h, 'set image pod/web web=nginx:1.25')).code).toBe(0);
    const second = await podlab(h, 'drill', [], { check: true });
    expect(second.code).toBe(0);
    expect(second.out).toContain('Score 5/5 (100%): solved.');
    data = storeOnDisk(h);
    expect(data.answers[ID].map((a) => a.correct)).toEqual([false, true]);
    expect(data.cards[ID].reps).toBe(2);

    const listed = await podlab(h, 'drill');
    expect(listed.out).toMatch(new RegExp(`\\n${ID} +Troubleshooting +4 +100% +A Pod`));
    expect(listed.out).toContain(`In progress: ${ID}`);
  });

  it('shows the task again without setting it up again', async () => {
    const h = harness();
    await podlab(h, 'drill', [ID]);
    await kubectlNow(h, 'label pod web tier=front');
    const before = practiceOnDisk(h).clusters[DRILL_CONTEXT].log.length;
    const r = await podlab(h, 'drill', [], { task: true });
    expect(r.out).toContain('Pod web in the default namespace never starts.');
    expect(practiceOnDisk(h).clusters[DRILL_CONTEXT].log).toHaveLength(before);
  });

  it('gives up: recorded as not solved, solution shown ready to paste', async () => {
    const h = harness();
    await podlab(h, 'drill', ['drill-oomkilled-to-deployment']);
    const r = await podlab(h, 'drill', [], { 'give-up': true });
    expect(r.code).toBe(0);
    expect(r.out).toContain("podlab kubectl apply -f - <<'EOF'\napiVersion: apps/v1\nkind: Deployment\n");
    expect(r.out).toContain('EOF\nThen:\n  podlab kubectl delete pod memhog --force --grace-period=0\n');
    expect(storeOnDisk(h).answers['drill-oomkilled-to-deployment']).toEqual([
      expect.objectContaining({ correct: false, answer: { score: 0, total: drill('drill-oomkilled-to-deployment').checks.reduce((n, c) => n + c.weight, 0), gaveUp: true } }),
    ]);
    expect((await podlab(h, 'drill', ['drill-oomkilled-to-deployment'], { solution: true })).code).toBe(0);
  });

  it('speaks Korean with --lang ko', async () => {
    const h = harness();
    const start = await podlab(h, 'drill', [ID], {}, 'ko');
    expect(start.out).toContain('default 네임스페이스의 Pod web이 시작되지 않습니다.');
    expect(start.out).toContain('시험처럼 내 셸에서 작업하세요');
    const check = await podlab(h, 'drill', [], { check: true }, 'ko');
    expect(check.out).toContain('점수 1/5 (20%).');
    expect(check.out).toContain('Pod web의 web 컨테이너가 nginx:1.25 이미지를 실행해야 합니다.');
  });
});
