import { describe, expect, it } from 'vitest';
import { formatApiError, formatInvalid, parseFieldPath, type ApiError } from '../../../src/sim/api/index.js';
import { goQuote } from '../../../src/sim/api/field-errors.js';

describe('formatInvalid', () => {
  it('puts a single cause on the heading line', () => {
    expect(formatInvalid('Pod', 'x', [{ path: 'spec.containers[0].image', message: 'Required value' }]))
      .toBe('The Pod "x" is invalid: spec.containers[0].image: Required value');
  });

  it('lists several causes under a heading ending in ": ", once each', () => {
    const cause = { path: 'a', message: 'Required value' };
    expect(formatInvalid('Pod', 'x', [cause, { path: 'b', message: 'Forbidden: no' }, cause]))
      .toBe('The Pod "x" is invalid: \n* a: Required value\n* b: Forbidden: no');
  });

  it('prints the bare heading without causes', () => {
    expect(formatInvalid('Pod', 'x', [])).toBe('The Pod "x" is invalid');
  });
});

describe('formatApiError', () => {
  const cases: [ApiError, string, string][] = [
    [{ reason: 'NotFound', resource: 'namespaces', name: 'dev' }, 'Error from server (NotFound): error when creating "f.yaml": namespaces "dev" not found', 'Error from server (NotFound): namespaces "dev" not found'],
    [{ reason: 'AlreadyExists', resource: 'pods', name: 'web' }, 'Error from server (AlreadyExists): error when creating "f.yaml": pods "web" already exists', 'Error from server (AlreadyExists): pods "web" already exists'],
    [{ reason: 'Forbidden', resource: 'pods', name: 'web', detail: 'no' }, 'Error from server (Forbidden): error when creating "f.yaml": pods "web" is forbidden: no', 'Error from server (Forbidden): pods "web" is forbidden: no'],
    [{ reason: 'BadRequest', kind: 'Deployment', version: 'v1', detail: 'd', causes: [] }, 'Error from server (BadRequest): error when creating "f.yaml": Deployment in version "v1" cannot be handled as a Deployment: d', 'Error from server (BadRequest): Deployment in version "v1" cannot be handled as a Deployment: d'],
    [{ reason: 'Invalid', kind: 'Pod', name: 'x', causes: [{ path: 'p', message: 'm' }] }, 'The Pod "x" is invalid: p: m', 'The Pod "x" is invalid: p: m'],
  ];
  it.each(cases)('%j', (error, withSource, bare) => {
    expect(formatApiError(error, { source: 'f.yaml' })).toBe(withSource);
    expect(formatApiError(error)).toBe(bare);
  });

  it('uses the verb it is given', () => {
    expect(formatApiError({ reason: 'NotFound', resource: 'namespaces', name: 'dev' }, { source: 'f.yaml', verb: 'replacing' }))
      .toBe('Error from server (NotFound): error when replacing "f.yaml": namespaces "dev" not found');
  });

  it('speaks Korean for podlab\'s own refusal', () => {
    expect(formatApiError({ reason: 'Unsupported', kind: 'Job', apiVersion: 'batch/v1' }, { lang: 'ko' }))
      .toBe('error: podlab은 아직 Job(batch/v1)를 시뮬레이션하지 않습니다. 지원하는 종류는 Pod, Node, Namespace, ConfigMap, Secret, Service(v1)와 ReplicaSet, Deployment(apps/v1)입니다');
  });
});

describe('parseFieldPath', () => {
  it.each([
    ['spec.containers[0].image', ['spec', 'containers', 0, 'image']],
    ['spec.containers[0].resources.limits[memory]', ['spec', 'containers', 0, 'resources', 'limits', 'memory']],
    ['metadata.annotations[example.com/x.y]', ['metadata', 'annotations', 'example.com/x.y']],
    ['spec.template.spec.initContainers[2].volumeMounts[5].hostPath', ['spec', 'template', 'spec', 'initContainers', 2, 'volumeMounts', 5, 'hostPath']],
    ['data[app config]', ['data', 'app config']],
    ['spec.ports[1]', ['spec', 'ports', 1]],
    ['', []],
  ])('%j', (path, steps) => {
    expect(parseFieldPath(path)).toEqual(steps);
  });
});

describe('goQuote (strconv.Quote)', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['tab\tnew\nline', '"tab\\tnew\\nline"'],
    ['\x01', '"\\x01"'],
    ['한글', '"한글"'],
  ])('%j', (input, quoted) => {
    expect(goQuote(input)).toBe(quoted);
  });
});
