import { describe, expect, it } from 'vitest';
import type { NodeSelectorRequirement, NodeSelectorTerm, PodSpec } from '../../../src/sim/api/types.js';
import { matchesRequiredAffinity, nodeNameHint, preferredAffinityScore } from '../../../src/sim/scheduler/node-affinity.js';
import { node, pod } from './fixtures.js';

const n01 = node('node01', { labels: { zone: 'a', gen: '5', disk: 'ssd' } });
const req = (key: string, operator: NodeSelectorRequirement['operator'], values?: string[]): NodeSelectorRequirement =>
  ({ key, operator, ...(values ? { values } : {}) });
const required = (...terms: NodeSelectorTerm[]): Partial<PodSpec> =>
  ({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } });
const matches = (spec: Partial<PodSpec>) => matchesRequiredAffinity(pod('p', spec), n01);

describe('required node affinity on a node labelled zone=a, gen=5, disk=ssd', () => {
  it.each<[string, NodeSelectorRequirement, boolean]>([
    ['In, value present', req('zone', 'In', ['a', 'b']), true],
    ['In, value absent', req('zone', 'In', ['b']), false],
    ['In, key missing', req('rack', 'In', ['1']), false],
    ['In with no values does not parse', req('zone', 'In', []), false],
    ['NotIn, other value', req('zone', 'NotIn', ['b']), true],
    ['NotIn, same value', req('zone', 'NotIn', ['a']), false],
    ['NotIn, key missing', req('rack', 'NotIn', ['1']), true],
    ['Exists', req('disk', 'Exists'), true],
    ['Exists, key missing', req('gpu', 'Exists'), false],
    ['Exists with values does not parse', req('disk', 'Exists', ['ssd']), false],
    ['DoesNotExist, key missing', req('gpu', 'DoesNotExist'), true],
    ['DoesNotExist, key present', req('disk', 'DoesNotExist'), false],
    ['Gt, 5 > 3', req('gen', 'Gt', ['3']), true],
    ['Gt, 5 > 5', req('gen', 'Gt', ['5']), false],
    ['Lt, 5 < 10 (numbers, not strings)', req('gen', 'Lt', ['10']), true],
    ['Gt on a non-numeric label', req('zone', 'Gt', ['1']), false],
    ['Gt on a missing label', req('rack', 'Gt', ['1']), false],
    ['Gt with two values does not parse', req('gen', 'Gt', ['1', '2']), false],
    ['Gt with a non-integer value does not parse', req('gen', 'Gt', ['1.5']), false],
  ])('%s → %s', (_name, r, want) => {
    expect(matches(required({ matchExpressions: [r] }))).toBe(want);
  });

  it.each<[string, NodeSelectorRequirement[], boolean]>([
    ['metadata.name In [node01]', [req('metadata.name', 'In', ['node01'])], true],
    ['metadata.name In [node02]', [req('metadata.name', 'In', ['node02'])], false],
    ['metadata.name NotIn [node02]', [req('metadata.name', 'NotIn', ['node02'])], true],
    ['two names in one In do not parse', [req('metadata.name', 'In', ['node01', 'node02'])], false],
    ['another field does not parse', [req('metadata.uid', 'In', ['x'])], false],
    ['Exists is not allowed on fields', [req('metadata.name', 'Exists')], false],
  ])('matchFields %s → %s', (_name, fields, want) => {
    expect(matches(required({ matchFields: fields }))).toBe(want);
  });

  it.each<[string, Partial<PodSpec>, boolean]>([
    ['requirements in a term are ANDed', required({ matchExpressions: [req('zone', 'In', ['a']), req('disk', 'In', ['hdd'])] }), false],
    ['terms are ORed', required({ matchExpressions: [req('zone', 'In', ['b'])] }, { matchExpressions: [req('disk', 'In', ['ssd'])] }), true],
    ['an empty term matches nothing', required({}), false],
    ['a broken term does not stop another from matching', required({ matchExpressions: [req('zone', 'In', [])] }, { matchExpressions: [req('zone', 'Exists')] }), true],
    ['nodeSelector and affinity must both hold', { nodeSelector: { zone: 'b' }, ...required({ matchExpressions: [req('zone', 'Exists')] }) }, false],
    ['nodeSelector alone', { nodeSelector: { zone: 'a', disk: 'ssd' } }, true],
    ['nodeSelector zone: "" does not match zone=a', { nodeSelector: { zone: '' } }, false],
  ])('%s', (_name, spec, want) => {
    expect(matches(spec)).toBe(want);
  });
});

describe('preferred node affinity', () => {
  it('sums the weights of matching terms and skips weight 0', () => {
    const p = pod('p', { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 20, preference: { matchExpressions: [req('zone', 'In', ['a'])] } },
      { weight: 30, preference: { matchExpressions: [req('disk', 'In', ['ssd'])] } },
      { weight: 40, preference: { matchExpressions: [req('disk', 'In', ['hdd'])] } },
      { weight: 0, preference: { matchExpressions: [req('zone', 'Exists')] } },
    ] } } });
    expect(preferredAffinityScore(p, n01)).toBe(50);
  });
});

describe('nodeNameHint (NodeAffinity PreFilter)', () => {
  it.each<[string, NodeSelectorTerm[], string]>([
    ['no pins', [{ matchExpressions: [req('zone', 'Exists')] }], 'all'],
    ['one pin', [{ matchFields: [req('metadata.name', 'In', ['node01'])] }], 'only:node01'],
    ['pins of two terms are unioned', [{ matchFields: [req('metadata.name', 'In', ['a'])] }, { matchFields: [req('metadata.name', 'In', ['b'])] }], 'only:a,b'],
    ['a term without a pin opens all nodes', [{ matchFields: [req('metadata.name', 'In', ['a'])] }, { matchExpressions: [req('zone', 'Exists')] }], 'all'],
    ['pins of one term are intersected', [{ matchFields: [req('metadata.name', 'In', ['a']), req('metadata.name', 'In', ['b'])] }], 'conflict'],
  ])('%s', (_name, terms, want) => {
    const h = nodeNameHint(pod('p', required(...terms)));
    expect(h.kind === 'only' ? `only:${[...h.names].sort().join(',')}` : h.kind).toBe(want);
  });
});
