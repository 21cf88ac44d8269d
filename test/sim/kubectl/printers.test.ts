// Hand-checked printer cases beyond the captured fixtures (go-yaml v2 rules, Go's tabwriter).
import { describe, expect, it } from 'vitest';
import { printTable, WatchTablePrinter } from '../../../src/sim/kubectl/print/table.js';
import { DESCRIBE, GET_TABLE, tabbed } from '../../../src/sim/kubectl/print/tabwriter.js';
import { toJson } from '../../../src/sim/kubectl/print/json.js';
import { toYaml, type JsonValue } from '../../../src/sim/kubectl/print/yaml.js';
import { yamlKeyLess } from '../../../src/sim/kubectl/print/yaml-keys.js';

describe('toYaml', () => {
  it.each<[JsonValue, string]>([
    [{ a: [[1, 2], []] }, 'a:\n- - 1\n  - 2\n- []\n'],
    [{ '80': 'x', '': 'y' }, '"": "y"\n"80": x\n'],
    [{ args: ['a\nb'] }, 'args:\n- |-\n  a\n  b\n'],
    [{ k: 'x\n' }, 'k: |\n  x\n'],
    [{ f: 0.5, g: 1e-7, h: 1234567.5 }, 'f: 0.5\ng: 1e-07\nh: 1.2345675e+06\n'],
    [{ b: true, z: null, e: {}, l: [] }, 'b: true\ne: {}\nl: []\nz: null\n'],
    [{ n: 'x' }, '"n": x\n'],
    [{ on: 'off', s: 'Yes', t: 'yesterday' }, '"on": "off"\ns: "Yes"\nt: yesterday\n'],
    [{ items: [{ m: `${'word '.repeat(20)}end` }] }, 'items:\n- m: word word word word word word word word word word word word word word word word\n    word word word word end\n'],
    [{}, '{}\n'],
  ])('%j', (value, yaml) => {
    expect(toYaml(value)).toBe(yaml);
  });

  it.each([['a2', 'a10'], ['key9', 'key10'], ['a-b', 'aB'], ['A', 'a'], ['a', 'ab']])('%s sorts before %s', (a, b) => {
    expect(yamlKeyLess(a, b)).toBe(true);
    expect(yamlKeyLess(b, a)).toBe(false);
  });
});

describe('toJson', () => {
  it('sorts keys of server objects and escapes like Go', () => {
    expect(toJson({ b: '<&>', a: [] })).toBe('{\n    "a": [],\n    "b": "\\u003c\\u0026\\u003e"\n}\n');
  });
  it('keeps the order of objects kubectl builds', () => {
    expect(toJson({ kind: 'Pod', apiVersion: 'v1' }, false)).toBe('{\n    "kind": "Pod",\n    "apiVersion": "v1"\n}\n');
  });
});

describe('tabwriter', () => {
  it.each([
    ['a\tbb\tc\naaa\tb\tc\n', GET_TABLE, 'a     bb    c\naaa   b     c\n'],
    ['x\ty\nno tabs here\nlonger\tz\n', GET_TABLE, 'x     y\nno tabs here\nlonger   z\n'],
    ['Name:\tweb\nNamespace:\tdefault\n', DESCRIBE, 'Name:       web\nNamespace:  default\n'],
    ['a\t\tc\n', DESCRIBE, 'a    c\n'],
  ])('%j', (text, options, out) => {
    expect(tabbed(text, options)).toBe(out);
  });
});

describe('tables', () => {
  const table = {
    columns: [{ name: 'Name', priority: 0, format: 'name' as const }, { name: 'Status', priority: 0 }, { name: 'Node', priority: 1 }],
    rows: [{ cells: ['web', 'Running', 'node01'], namespace: 'default', labels: { app: 'web' } }],
  };
  it.each([
    [{}, 'NAME   STATUS\nweb    Running\n'],
    [{ wide: true }, 'NAME   STATUS    NODE\nweb    Running   node01\n'],
    [{ withNamespace: true, kind: 'pod' }, 'NAMESPACE   NAME      STATUS\ndefault     pod/web   Running\n'],
    [{ labelColumns: ['app', 'x/tier'] }, 'NAME   STATUS    APP   TIER\nweb    Running   web   \n'],
    [{ noHeaders: true, showLabels: true }, 'web   Running   app=web\n'],
  ])('%j', (options, out) => {
    expect(printTable(table, options)).toBe(out);
  });

  it('prints nothing, not even a header, without rows', () => {
    expect(printTable({ columns: table.columns, rows: [] })).toBe('');
  });

  it('keeps watch rows as wide as the rows before them', () => {
    const w = new WatchTablePrinter({});
    expect(w.print({ columns: table.columns, rows: [{ cells: ['a-long-name', 'Pending', ''] }] })).toBe('NAME          STATUS\na-long-name   Pending\n');
    expect(w.print({ columns: table.columns, rows: [{ cells: ['b', 'Running', ''] }] })).toBe('b             Running\n');
  });
});
