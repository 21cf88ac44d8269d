import { describe, expect, it } from 'vitest';
import { parseManifestText } from '../../src/manifest/read.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx
    resources:
      limits:
        memory: 1gb
---
apiVersion: v1
kind: Namespace
metadata:
  name: team
`;

describe('manifest reading', () => {
  it('reads every document of a file', () => {
    const { docs, problems } = parseManifestText('pod.yaml', POD);
    expect(problems).toEqual([]);
    expect(docs.map((d) => (d.value as { kind: string }).kind)).toEqual(['Pod', 'Namespace']);
  });

  it.each([
    [['spec', 'containers', 0, 'resources', 'limits', 'memory'], 11, 17],
    [['spec', 'containers', 0, 'image'], 8, 12],
    [['spec', 'containers', 0, 'command'], 7, 5],
    [['metadata', 'name'], 4, 9],
    [[], 1, 1],
  ])('locates %j at line %i, column %i', (path, line, col) => {
    const [pod] = parseManifestText('pod.yaml', POD).docs;
    expect(pod.locate(path)).toEqual({ file: 'pod.yaml', line, col });
  });

  it('reads YAML 1.1 booleans as kubectl does', () => {
    const [doc] = parseManifestText('x.yaml', 'a: yes\nb: "yes"\n').docs;
    expect(doc.value).toEqual({ a: true, b: 'yes' });
  });

  it.each([
    ['a: 1\na: 2\n', 2, 1],
    ['a: [1, 2\n', 2, 1],
    ['a: !foo 1\n', 1, 4],
  ])('reports %j at line %i, column %i', (text, line, col) => {
    const { docs, problems } = parseManifestText('bad.yaml', text);
    expect(docs).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'bad.yaml', line, col });
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => {
      const p = String.fromCharCode(97 + i);
      const n = String.fromCharCode(98 + i);
      return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
    })].join('\n');
    const { docs, problems } = parseManifestText('bomb.yaml', bomb);
    expect(docs).toEqual([]);
    expect(problems[0].message).toMatch(/alias/i);
  });
});
