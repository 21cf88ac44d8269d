import { describe, expect, it } from 'vitest';
import { jsonpathFailures } from '../../src/content/sim-checks/jsonpath.js';
import { advance, startRun } from '../../src/content/sim-checks/run.js';
import { createObject, type KubeObject } from '../../src/sim/api/index.js';
import { seedRng } from '../../src/sim/rng.js';

const pod = (name: string, app: string, node: string): KubeObject => {
  const r = createObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app } }, spec: { nodeName: node, containers: [{ name: 'c', image: 'nginx:1.25' }] } }, seedRng(1));
  if (!r.ok || !r.object) throw new Error('not admitted');
  return r.object;
};
const state = advance(startRun([pod('b', 'shop', 'node02'), pod('a', 'shop', 'node01'), pod('c', 'other', 'node01')]), 5000);

describe("a drill's jsonpath check", () => {
  it.each([
    ['one object', 'pod/a', '{.spec.nodeName}', 'node01'],
    ['the List of a type, as get pods -o jsonpath prints it (by name)', 'pods', '{.items[*].metadata.name}', 'a b c'],
    ['a filter over the List', 'po', '{.items[?(@.metadata.labels.app=="shop")].spec.nodeName}', 'node01 node02'],
    ['the default namespace as a cluster has it', 'services', '{.items[*].metadata.name}', 'kubernetes'],
    ['an empty List', 'deployments', '{.items[*].metadata.name}', ''],
  ])('judges %s', (_, resource, path, wanted) => {
    expect(jsonpathFailures(state, resource, 'default', path, wanted)).toEqual([]);
  });

  it('says what it found when the value differs', () => {
    expect(jsonpathFailures(state, 'pods', 'default', '{.items[*].metadata.name}', 'a b')).toEqual([
      { key: 'jsonpathValue', vars: { resource: 'pods', path: '{.items[*].metadata.name}', actual: 'a b c', expected: 'a b' } },
    ]);
  });

  it.each([['a missing object', 'pod/nope'], ['an unknown type', 'widgets'], ['events', 'events']])('reports %s as missing', (_, resource) => {
    expect(jsonpathFailures(state, resource, 'default', '{.metadata.name}', 'x')).toEqual([{ key: 'jsonpathMissing', vars: { resource } }]);
  });
});
