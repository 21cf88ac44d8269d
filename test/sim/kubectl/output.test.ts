// -o yaml / json / name / jsonpath / custom-columns against what kubectl v1.32 printed for the
// same objects (fixtures captured from the fake API server).
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/sim/api/types.js';
import {
  type Obj, printCustomColumns, printJson, printJsonPath, printNames, printYaml, subject,
} from '../../../src/sim/kubectl/print/objects.js';
import { errorText } from '../../../src/sim/kubectl/errors.js';
import { OUTPUT_CASES } from './capture-cases.js';
import { captured } from './fixtures.js';
import { worldView } from './world-view.js';

const view = worldView();
const kindOf: Record<string, KubeObject['kind']> = { pod: 'Pod', pods: 'Pod', cm: 'ConfigMap', node: 'Node', deploy: 'Deployment', deployments: 'Deployment' };
const prefixOf: Record<string, string> = { Pod: 'pod', Deployment: 'deployment.apps' };

/** Runs my printers for `get TYPE [NAME] [-n NS] -o FORMAT [--no-headers]`. */
function print(argv: readonly string[]): { stdout: string; stderr: string } {
  const [, type, ...rest] = argv;
  const name = rest[0] && !rest[0].startsWith('-') ? rest[0] : undefined;
  const ns = rest.includes('-n') ? rest[rest.indexOf('-n') + 1] : 'default';
  const format = rest[rest.indexOf('-o') + 1];
  const kind = kindOf[type];
  const items = (name ? [view.get(kind, ns, name)] : view.list(kind, ns)) as unknown as Obj[];
  const data = subject(items, name !== undefined);
  const out = (r: { ok: true; text: string } | { ok: false; error: string }) => (r.ok ? { stdout: r.text, stderr: '' } : { stdout: '', stderr: errorText(r.error) });
  if (format === 'yaml') return { stdout: printYaml(data), stderr: '' };
  if (format === 'json') return { stdout: printJson(data), stderr: '' };
  if (format === 'name') return { stdout: printNames(items.map((o) => ({ prefix: prefixOf[kind], name: String((o.metadata as Obj).name) }))), stderr: '' };
  if (format.startsWith('jsonpath=')) return out(printJsonPath(format.slice('jsonpath='.length), data));
  return out(printCustomColumns(format.slice('custom-columns='.length), items, rest.includes('--no-headers')));
}

describe('object printers match kubectl v1.32', () => {
  const cases = OUTPUT_CASES;
  it.each(cases.map((c) => [c.id, c.argv] as const))('%s', (id, argv) => {
    const want = captured(id);
    const got = print(argv);
    expect(got.stdout).toBe(want.stdout);
    expect(got.stderr).toBe(want.stderr);
  });
});
