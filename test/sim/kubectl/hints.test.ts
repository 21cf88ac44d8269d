// podlab's hint lines after kubectl's own output, in both languages.
import { describe, expect, it } from 'vitest';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';
import { HINTS, hintText } from '../../../src/sim/kubectl/messages.js';
import { parseKubectl } from '../../../src/sim/kubectl/parse.js';
import { fakeCluster } from './fake-cluster.js';

describe('parse failures carry a hint', () => {
  it.each([
    [['get', 'pods', '--show-lables'], { key: 'didYouMeanFlag', vars: { flag: '--show-labels' } }],
    [['get', 'pods', '--namepsace=dev'], { key: 'didYouMeanFlag', vars: { flag: '--namespace' } }],
    [['run', 'web', '--image=nginx', '--requests=cpu=100m'], { key: 'removedRunFlag', vars: { flag: '--requests', name: 'web', kind: 'requests' } }],
    [['run', 'web', '--image=nginx', '--limits=cpu=1'], { key: 'removedRunFlag', vars: { flag: '--limits', name: 'web', kind: 'limits' } }],
    [['run', 'web', '--image=nginx', '--serviceaccount=robot'], { key: 'removedRunFlagYaml', vars: { flag: '--serviceaccount' } }],
    [['exec', 'web', 'ls', '/tmp'], { key: 'execNeedsDash', vars: { pod: 'web', command: 'ls /tmp' } }],
    [['get', 'podz'], { key: 'didYouMeanResource', vars: { type: 'pods' } }],
    [['get', 'widgets'], { key: 'knownResources' }],
    [['rollout', 'status', 'deploy/web'], { key: 'notSimulated', vars: { command: 'rollout' } }],
    [['run', 'web'], { key: 'imageRequired' }],
    [['get', 'pods', '-o', 'go-template={{.kind}}'], { key: 'outputNotSupported', vars: { format: 'go-template' } }],
    [['scale', 'deploy/web'], { key: 'replicasRequired', vars: { target: 'deploy/web' } }],
  ])('%j', (argv, hint) => {
    const r = parseKubectl(argv);
    expect(r.ok).toBe(false);
    expect(r.ok ? undefined : r.hint).toMatchObject(hint);
  });

  it('an unknown flag with nothing close has no hint', () => {
    const r = parseKubectl(['get', 'pods', '--zzzzzzzz']);
    expect(r.ok ? 'parsed' : r.hint).toBeUndefined();
  });
});

describe('hint lines', () => {
  it.each([
    ['en', 'hint: did you mean --show-labels?'],
    ['ko', '힌트: 혹시 --show-labels 옵션을 쓰려던 건가요?'],
  ] as const)('%s', (lang, line) => {
    expect(hintText({ key: 'didYouMeanFlag', vars: { flag: '--show-labels' } }, lang)).toBe(line);
  });

  it('runKubectl renders the hint in the chosen language, apart from stderr', () => {
    const out = runKubectl(['get', 'pods', '--show-lables'], fakeCluster(), { lang: 'ko' });
    expect(out.stderr).toBe("error: unknown flag: --show-lables\nSee 'kubectl get --help' for usage.\n");
    expect(out.hint).toBe('힌트: 혹시 --show-labels 옵션을 쓰려던 건가요?');
  });

  it('a missing pod points at kubectl get', () => {
    const out = runKubectl(['get', 'pod', 'nope'], fakeCluster(), { lang: 'en' });
    expect(out.hint).toBe('hint: nothing is called nope here; see what exists with `kubectl get pods`');
  });
});

describe('the hint table', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(Object.keys(HINTS.en))('%s exists in Korean with the same placeholders', (key) => {
    const k = key as keyof typeof HINTS.en;
    expect(HINTS.ko[k]).toBeTruthy();
    expect(placeholders(HINTS.ko[k])).toEqual(placeholders(HINTS.en[k]));
  });
});
