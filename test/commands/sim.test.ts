import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/sim.js';
import { call, FIXTURES, type Call } from './sim-helpers.js';

const START = '2025-01-01T00:00:00Z';
const sim = (c: Call) => call('sim', run, { ...c, flags: { start: START, ...c.flags } });
const QUANTITY_RE = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

describe('podlab sim: human output', () => {
  it('prints the watch table, a describe per pod and nothing on stderr', async () => {
    const r = await sim({ args: ['sim/crash.yaml'], flags: { for: '5m' } });
    expect(r).toMatchObject({ code: 0, err: '' });
    const sections = r.out.split('\n\n');
    expect(sections[0]).toBe('Simulated 5m of cluster time from 2025-01-01T00:00:00Z (seed 1).');
    expect(sections[1].split('\n').slice(0, 6)).toEqual([
      '$ kubectl get pods --watch',
      'NAME    READY   STATUS              RESTARTS      AGE',
      'crash   0/1     Pending             0             0s',
      'crash   0/1     ContainerCreating   0             0s',
      'crash   0/1     Error               0             3s',
      'crash   0/1     Error               1 (1s ago)    4s',
    ]);
    expect(sections[1]).toContain('crash   0/1     CrashLoopBackOff    5 (1s ago)    2m37s');
    expect(sections[2]).toMatch(/^\$ kubectl describe pod crash\nName: +crash\n/);
    expect(sections[2]).toMatch(/Restart Count: +5\n/);
    // Events come last in describe, aggregated as kubectl shows them.
    expect(sections[2]).toMatch(/Events:\n[\s\S]*Warning +BackOff +2m22s \(x5 over 4m54s\) +kubelet +Back-off restarting failed container app/);
  });

  it('lists the Scenario, adds NAMESPACE for several namespaces, keeps deleted pods, and warns', async () => {
    const r = await sim({ args: ['sim/scenario-web.yaml'], flags: { for: '4m' } });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Scenario:\n  1m     fault killContainer pod/web\n  1m30s  kubectl -n shop scale deployment checkout --replicas=2\n');
    expect(r.out).toContain('$ kubectl get pods -A --watch\nNAMESPACE   NAME ');
    expect(r.out).toMatch(/default +web +1\/1 +Running +1 \(1s ago\) +61s\n/);
    expect(r.out).toMatch(/default +web +1\/1 +Terminating +1 \(60s ago\) +2m\n/);
    expect(r.out).toContain('$ kubectl describe pod web\n# pod web was deleted at 2m0.1s; this is how it looked just before\nName:');
    expect(r.out).toMatch(/\$ kubectl describe pod checkout-[a-z0-9]+-[a-z0-9]{5} -n shop\n/);
    expect(r.out).toContain('Warnings:\n  2m30s  sim/scenario-web.yaml:76:12: "kubectl get pods -A" only reads the cluster');
  });

  it('says that an action after the end of the run never happens', async () => {
    const r = await sim({ args: ['sim/scenario-web.yaml'], flags: { for: '100s' } });
    expect(r.out).toContain('3m     the action at 3m is after the end of the run (1m40s), so it never happens; run longer with --for');
  });

  it('speaks Korean around the kubectl output', async () => {
    const r = await sim({ args: ['sim/scenario-web.yaml'], flags: { for: '4m' }, lang: 'ko' });
    expect(r.out).toContain('2025-01-01T00:00:00Z부터 클러스터 시간 4m 동안 시뮬레이션했습니다(시드 1).');
    expect(r.out).toContain('# pod web은(는) 2m0.1s에 삭제되었습니다');
    expect(r.out).toContain('경고:\n  2m30s  sim/scenario-web.yaml:76:12: "kubectl get pods -A"은(는) 클러스터를 읽기만 하므로');
    expect(r.out).toContain('NAMESPACE   NAME');
  });

  it.each([
    ['en', '  3.5s  pod/j: app: podlab: cannot interpret "java -jar app.jar" (java is not simulated); treating it as a long-running process\n'],
    ['ko', '  3.5s  pod/j: app: podlab: "java -jar app.jar"은(는) 해석할 수 없습니다(java은(는) 시뮬레이션하지 않음). 계속 실행되는 프로세스로 다룹니다\n'],
  ] as const)('warns about a command it cannot interpret (%s)', async (lang, line) => {
    const stdin = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: j\nspec:\n  containers:\n  - name: app\n    image: myapp:1.0\n    command: ["java", "-jar", "app.jar"]\n';
    const r = await sim({ args: ['-'], stdin, flags: { for: '20s' }, lang });
    expect(r.out.endsWith(line)).toBe(true);
  });

  it('says when no pod was created', async () => {
    const r = await sim({ args: ['-'], stdin: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: empty\n' });
    expect(r.out).toBe('Simulated 10m of cluster time from 2025-01-01T00:00:00Z (seed 1).\n\nNo Pod was created during the run.\n');
  });
});

describe('podlab sim --json', () => {
  it('has the shape of DESIGN.md', async () => {
    const r = await sim({ args: ['sim/crash.yaml'], flags: { for: '90s', json: true } });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['podlab', 'start', 'duration', 'seed', 'pods', 'events', 'actions', 'warnings']);
    expect(j).toMatchObject({ podlab: expect.stringMatching(/^\d+\.\d+\.\d+/), start: START, duration: 90, seed: 1 });
    expect(Object.keys(j.pods[0])).toEqual(['name', 'namespace', 'rows', 'object']);
    expect(j.pods[0].rows.slice(0, 3)).toEqual([
      { t: 0, ready: '0/1', status: 'Pending', restarts: 0 },
      { t: 0, ready: '0/1', status: 'ContainerCreating', restarts: 0 },
      { t: 3, ready: '0/1', status: 'Error', restarts: 0 },
    ]);
    expect(j.pods[0].rows).toContainEqual({ t: 5.5, ready: '0/1', status: 'CrashLoopBackOff', restarts: 1 });
    const pod = j.pods[0].object;
    expect(pod).toMatchObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'crash', creationTimestamp: START }, spec: { nodeName: 'node01', restartPolicy: 'Always' } });
    expect(Object.keys(pod.status)).toEqual(expect.arrayContaining(['phase', 'conditions', 'containerStatuses', 'qosClass', 'podIP', 'hostIP']));
    expect(j.events[0]).toEqual({
      t: 0, type: 'Normal', reason: 'Scheduled', object: 'pod/crash', message: 'Successfully assigned default/crash to node01',
      namespace: 'default', count: 1, lastT: 0,
    });
    expect(j.events.find((e: { reason: string }) => e.reason === 'BackOff')).toMatchObject({ t: 5.5, count: 4, lastT: 77 });
  });

  it('keeps a deleted pod with its rows, its last object and deletedAt', async () => {
    const j = JSON.parse((await sim({ args: ['sim/scenario-web.yaml'], flags: { for: '4m', json: true } })).out);
    const web = j.pods.find((p: { name: string }) => p.name === 'web');
    expect(web.deletedAt).toBe(120.1);
    expect(web.rows.at(-1)).toMatchObject({ t: 120.1 });
    expect(web.object.metadata.deletionTimestamp).toBe('2025-01-01T00:02:30Z');
    expect(j.actions[0]).toEqual({ t: 60, action: 'fault killContainer pod/web' });
    expect(j.warnings).toEqual([{ t: 150, object: '', message: expect.stringContaining('"kubectl get pods -A" only reads the cluster') }]);
  });

  it.each([
    ['human', {}],
    ['json', { json: true }],
  ])('gives byte-identical %s output for the same input, seed and start', async (_, flags) => {
    const a = await sim({ args: ['sim/scenario-web.yaml', 'sim/crash.yaml'], flags: { for: '6m', seed: '7', ...flags } });
    const b = await sim({ args: ['sim/scenario-web.yaml', 'sim/crash.yaml'], flags: { for: '6m', seed: '7', ...flags } });
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
  });

  it('depends on the seed for tie breaks and generated names', async () => {
    const a = await sim({ args: ['sim/scenario-web.yaml'], flags: { for: '1m', json: true, seed: '1' } });
    const b = await sim({ args: ['sim/scenario-web.yaml'], flags: { for: '1m', json: true, seed: '2' } });
    expect(a.out).not.toBe(b.out);
  });

  it('counts timestamps from --start', async () => {
    const j = JSON.parse((await sim({ args: ['sim/crash.yaml'], flags: { for: '10s', json: true, start: '2030-06-01T09:00:00+09:00' } })).out);
    expect(j.start).toBe('2030-06-01T00:00:00Z');
    expect(j.pods[0].object.metadata.creationTimestamp).toBe('2030-06-01T00:00:00Z');
  });

  it('reads - from standard input', async () => {
    const text = await readFile(join(FIXTURES, 'sim/crash.yaml'), 'utf8');
    const j = JSON.parse((await sim({ args: ['-'], stdin: text, flags: { for: '10s', json: true } })).out);
    expect(j.pods.map((p: { name: string }) => p.name)).toEqual(['crash']);
  });
});

describe('podlab sim: bad input', () => {
  it('prints every manifest error as FILE:LINE:COL and exits 2', async () => {
    const r = await sim({ args: ['sim/invalid.yaml'] });
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe([
      'sim/invalid.yaml:6:18: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      'sim/invalid.yaml:9:12: spec.containers[0].image: Required value',
      'sim/invalid.yaml:20:13: unknown field "spec.containers[0].imagee"',
      `sim/invalid.yaml:32:17: spec.containers[0].resources.limits[memory]: ${QUANTITY_RE}`,
      'sim/invalid.yaml:47:14: namespaces "dev" not found',
      'sim/invalid.yaml:56:9: pods "dup" already exists',
    ].join('\n') + '\n');
  });

  it('points at the Scenario fields that are wrong', async () => {
    const r = await sim({ args: ['sim/bad-scenario.yaml'] });
    expect(r.code).toBe(2);
    expect(r.err).toBe([
      'sim/bad-scenario.yaml:14:14: unknown field "images[0].behaviour"',
      'sim/bad-scenario.yaml:16:7: actions[0].at: Invalid value: "5x": must be a duration such as 90, 90s, 5m or 1h30m',
      'sim/bad-scenario.yaml:19:12: actions[1].kubectl: Invalid value: "kubectl delte pod web": unknown command "delte" for "kubectl" (did you mean delete?)',
      'sim/bad-scenario.yaml:22:5: actions[2].fault.node: Required value',
      'sim/bad-scenario.yaml:25:11: actions[3].fault.type: Unsupported value: "explode": supported values: "killContainer", "httpFail", "probeFail", "nodeDown", "nodeUp", "memoryPressure", "memoryRelief"',
      'sim/bad-scenario.yaml:36:9: spec.containers[0].image: Required value',
    ].join('\n') + '\n');
  });

  it.each([
    ['a YAML syntax error', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n', /^<stdin>:\d+:\d+: /],
    ['a missing kind', 'apiVersion: v1\nmetadata:\n  name: x\n', /^<stdin>:1:1: kind not set\n$/],
    ['an unknown kind', 'apiVersion: v1\nkind: Pdo\nmetadata:\n  name: x\n', /^<stdin>:2:7: no matches for kind "Pdo" in version "v1"\n$/],
    ['two Scenarios', 'apiVersion: podlab.dev/v1\nkind: Scenario\n---\napiVersion: podlab.dev/v1\nkind: Scenario\n', /^<stdin>:4:1: only one podlab.dev\/v1 Scenario document is allowed in a run\n$/],
    ['a bad item of a List', 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec:\n    containers:\n    - name: app\n      image: ""\n', /^<stdin>:10:14: spec.containers\[0\].image: Required value\n$/],
  ])('refuses %s', async (_, stdin, err) => {
    const r = await sim({ args: ['-'], stdin });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(err);
  });

  it('names a file that cannot be read', async () => {
    expect(await sim({ args: ['sim/missing.yaml'] })).toEqual({ code: 2, out: '', err: 'sim/missing.yaml:1:1: cannot read sim/missing.yaml: no such file\n' });
  });

  it.each([
    ['for', '5x', 'podlab sim: --for: invalid duration "5x"; write it like 90, 90s, 5m or 1h30m\n'],
    ['for', '31d', 'podlab sim: --for: 31d is too long; a run covers at most 30d\n'],
    ['seed', 'abc', 'podlab sim: --seed: invalid seed "abc"; use a whole number from 0 to 4294967295\n'],
    ['seed', '4294967296', 'podlab sim: --seed: invalid seed "4294967296"; use a whole number from 0 to 4294967295\n'],
    ['start', 'yesterday', 'podlab sim: --start: invalid time "yesterday"; use RFC 3339, e.g. 2025-01-01T00:00:00Z\n'],
  ])('--%s %s exits 2 naming the flag', async (flag, value, err) => {
    expect(await sim({ args: ['sim/crash.yaml'], flags: { [flag]: value } })).toEqual({ code: 2, out: '', err });
  });

  it('names the flag in Korean too', async () => {
    const r = await sim({ args: ['sim/crash.yaml'], flags: { for: '5x' }, lang: 'ko' });
    expect(r.err).toBe('podlab sim: --for: 잘못된 시간 길이 "5x". 90, 90s, 5m, 1h30m처럼 쓰세요\n');
  });
});
