// Whole command lines through runKubectl against the fixture world, compared byte for byte
// with what kubectl v1.32 printed (stdout, stderr and exit code).
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';
import type { ExecEnv } from '../../../src/sim/kubectl/execute/types.js';
import { ALL_CASES, FILES } from './capture-cases.js';
import { fakeCluster } from './fake-cluster.js';
import { captured } from './fixtures.js';

const env: ExecEnv = {
  contexts: [{ name: 'fake', cluster: 'fake', user: 'fake' }, { name: 'other', cluster: 'fake', user: 'fake', namespace: 'dev' }],
  currentContext: 'fake',
  readFile: (path) => {
    const name = path.replace('{dir}/', '');
    return name in FILES ? { ok: true, text: FILES[name] } : { ok: false, error: `error reading ${path}: no such file or directory` };
  },
  readManifests: (path) => {
    const name = path.replace('{dir}/', '');
    if (!(name in FILES)) return { ok: false, error: `the path "${path}" does not exist` };
    return { ok: true, documents: parseAllDocuments(FILES[name]).map((d) => d.toJS()) };
  },
};

/** Cases whose output depends on something podlab answers differently on purpose. */
const SKIP = new Set([
  'dry-run-server', // the fake server refuses writes; podlab has no server-side dry run
  'err-get-all-names', // the fake server has no `all` category; podlab expands it
  'api-resources', // the fake discovery lists what podlab lists, checked separately
  'err-top', // same wording, checked in the top tests
  'err-explain-unknown', // checked in parse-errors
  'err-rollout', // kubectl prints its help; podlab prints a hint
]);

describe('runKubectl prints what kubectl v1.32 printed', () => {
  it.each(ALL_CASES.filter((c) => !SKIP.has(c.id)).map((c) => [c.id, c.argv] as const))('%s', (id, argv) => {
    const want = captured(id);
    const got = runKubectl(argv, fakeCluster(), env);
    expect({ stdout: got.stdout, stderr: got.stderr, exitCode: got.exitCode }).toEqual({ stdout: want.stdout, stderr: want.stderr, exitCode: want.exitCode });
  });
});
