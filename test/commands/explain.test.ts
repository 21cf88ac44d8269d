import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/explain.js';
import { call, FIXTURES, type Call } from './sim-helpers.js';

const explain = (c: Call) => call('explain', run, c);
const NOW = '2025-01-01T00:10:00Z';

describe('podlab explain: human output', () => {
  it('prints the kubectl row, what the kubelet would compute, resources and findings', async () => {
    const r = await explain({ args: ['explain/running.yaml'], flags: { now: NOW } });
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe([
      '# pod default/web',
      'NAME   READY   STATUS    RESTARTS   AGE',
      'web    1/1     Running   0          10m',
      '',
      'QoS class:  Burstable',
      'Phase:      Running',
      '',
      'Conditions:',
      '  PodReadyToStartContainers  True',
      '  Initialized                True',
      '  Ready                      True',
      '  ContainersReady            True',
      '  PodScheduled               True',
      '',
      'Containers:',
      '  nginx  requests: cpu=250m, memory=64Mi  limits: cpu=500m, memory=128Mi',
      '',
      'Findings:',
      '  [info] healthy',
      '    The pod is Running and every container is ready. Nothing looks wrong.',
      '',
    ].join('\n'));
  });

  it('wraps long findings and puts what to try after them', async () => {
    const r = await explain({ args: ['explain/crashloop.yaml'], flags: { now: '2025-01-01T00:03:20Z' } });
    expect(r.out).toContain('crash   0/1     CrashLoopBackOff   5 (44s ago)   3m20s\n');
    expect(r.out).toContain('  [error] crash-loop\n    Container "app" keeps crashing: it last exited with code 1 (Error) 44s ago,');
    expect(r.out).toContain('    Try: Read why it stopped: kubectl logs crash -c app --previous.');
    expect(Math.max(...r.out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('shows a phase the kubelet would compute differently', async () => {
    const r = await explain({ args: ['explain/phase-mismatch.yaml'], flags: { now: NOW } });
    expect(r.out).toContain('Phase:      Pending as reported; the kubelet would now say Running\n');
  });

  it('speaks Korean', async () => {
    const r = await explain({ args: ['explain/crashloop.yaml'], flags: { now: '2025-01-01T00:03:20Z' }, lang: 'ko' });
    expect(r.out).toContain('QoS 클래스:  BestEffort\n');
    expect(r.out).toContain('진단:\n  [오류] crash-loop\n    컨테이너 "app"가 계속 죽고 있습니다.');
    expect(r.out).toContain('해 볼 것: 멈춘 이유부터 보세요: kubectl logs crash -c app --previous.');
  });

  it('reads several documents and a kind: List', async () => {
    const multi = await explain({ args: ['explain/multi.yaml'], flags: { now: NOW } });
    expect(multi.out.match(/^# pod /gm)).toHaveLength(2);
    const list = await explain({ args: ['explain/list.json'], flags: { now: NOW, json: true } });
    expect(JSON.parse(list.out).map((e: { status: string }) => e.status)).toEqual(['CreateContainerConfigError', 'OOMKilled']);
  });

  it('reads - from standard input', async () => {
    const stdin = await readFile(join(FIXTURES, 'explain/error.yaml'), 'utf8');
    const r = await explain({ args: ['-'], stdin, flags: { now: NOW, json: true } });
    expect(JSON.parse(r.out)[0]).toMatchObject({ name: 'job', status: 'Error' });
  });
});

describe('podlab explain --json', () => {
  it('has the shape of DESIGN.md', async () => {
    const r = await explain({ args: ['explain/oom-crashloop.yaml'], flags: { now: '2025-01-01T00:03:20Z', json: true } });
    expect(r.code).toBe(0);
    const [e] = JSON.parse(r.out);
    expect(Object.keys(e)).toEqual(['name', 'namespace', 'ready', 'status', 'restarts', 'age', 'qosClass', 'phase', 'conditions', 'containers', 'findings']);
    expect(e).toMatchObject({
      name: 'crash', ready: '0/1', status: 'CrashLoopBackOff', restarts: '5 (44s ago)', age: '3m20s', qosClass: 'Burstable',
      phase: { reported: 'Running', derived: 'Running' },
      containers: [{ name: 'app', requests: { memory: '128Mi' }, limits: { memory: '128Mi' } }],
    });
    expect(e.conditions[2]).toEqual({ type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [app]' });
    expect(e.findings.map((f: { code: string }) => f.code)).toEqual(['oom-killed', 'crash-loop']);
    for (const f of e.findings) {
      expect(Object.keys(f)).toEqual(['severity', 'code', 'message']);
      expect(f.severity).toBe('error');
    }
    // The message also says what to try.
    expect(e.findings[0].message).toContain('Raise resources.limits.memory');
  });

  it('prints quantities in canonical form', async () => {
    const stdin = (await readFile(join(FIXTURES, 'explain/running.yaml'), 'utf8')).replace('cpu: 250m', 'cpu: "0.25"').replace('memory: 128Mi', 'memory: 0.125Gi');
    const [e] = JSON.parse((await explain({ args: ['-'], stdin, flags: { now: NOW, json: true } })).out);
    expect(e.containers[0]).toEqual({ name: 'nginx', requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } });
  });

  it('computes AGE and RESTARTS at --now', async () => {
    const [e] = JSON.parse((await explain({ args: ['explain/crashloop.yaml'], flags: { now: '2025-01-02T00:00:00Z', json: true } })).out);
    expect([e.age, e.restarts]).toEqual(['24h', '5 (23h ago)']);
  });

  it('lists init containers first, marked', async () => {
    const [e] = JSON.parse((await explain({ args: ['explain/init-error.yaml'], flags: { now: NOW, json: true } })).out);
    expect(e.containers.map((c: { name: string; init?: boolean }) => [c.name, c.init ?? false])).toEqual([['migrate', true], ['app', false]]);
  });
});

describe('podlab explain: bad input', () => {
  it('refuses an invalid quantity with the API server\'s wording, exit 2', async () => {
    expect(await explain({ args: ['explain-errors/bad-quantity.yaml'] })).toEqual({
      code: 2, out: '',
      err: "explain-errors/bad-quantity.yaml:31:14: spec.containers[0].resources.limits[cpu]: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n",
    });
  });

  it('skips objects that are not Pods, and exits 2 when nothing is left', async () => {
    expect(await explain({ args: ['explain-errors/service.yaml'] })).toEqual({
      code: 2, out: '',
      err: 'explain-errors/service.yaml:1:1: skipped: Service "web" is not a Pod\npodlab explain: explain-errors/service.yaml holds no Pod; give it the output of kubectl get pod NAME -o yaml\n',
    });
  });

  it('explains the Pods next to other objects', async () => {
    const pod = await readFile(join(FIXTURES, 'explain/running.yaml'), 'utf8');
    const svc = await readFile(join(FIXTURES, 'explain-errors/service.yaml'), 'utf8');
    const r = await explain({ args: ['-'], stdin: `${svc}---\n${pod}`, flags: { now: NOW } });
    expect(r.code).toBe(0);
    expect(r.err).toBe('<stdin>:1:1: skipped: Service "web" is not a Pod\n');
    expect(r.out).toContain('# pod default/web\n');
  });

  it.each([
    ['en', 'podlab explain: --now: invalid time "soon"; use RFC 3339, e.g. 2025-01-01T00:00:00Z\n'],
    ['ko', 'podlab explain: --now: 잘못된 시각 "soon". 2025-01-01T00:00:00Z 같은 RFC 3339 형식으로 쓰세요\n'],
  ] as const)('--now soon exits 2 naming the flag (%s)', async (lang, err) => {
    expect(await explain({ args: ['explain/running.yaml'], flags: { now: 'soon' }, lang })).toEqual({ code: 2, out: '', err });
  });

  it('names a file that cannot be read', async () => {
    expect((await explain({ args: ['nothing.yaml'] })).err).toBe('nothing.yaml:1:1: cannot read nothing.yaml: no such file\n');
  });
});
