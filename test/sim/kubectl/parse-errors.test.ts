// Command lines kubectl refuses before it talks to the API server: parseKubectl must print
// exactly what kubectl v1.32 printed (captured fixtures), with the same exit code.
import { describe, expect, it } from 'vitest';
import { parseKubectl } from '../../../src/sim/kubectl/parse.js';
import { captured } from './fixtures.js';

const PARSE_TIME = [
  'err-unknown-flag', 'err-unknown-shorthand', 'err-flag-needs-arg', 'err-long-needs-arg', 'err-bad-int', 'err-bad-bool',
  'err-resource-type', 'err-get-nothing', 'err-unknown-command', 'err-unknown-command-typo', 'err-exec-legacy', 'err-exec-no-pod',
  'err-logs-nothing', 'err-delete-nothing', 'err-delete-type-only', 'err-describe-nothing', 'err-bad-output', 'err-scale-no-replicas',
  'err-label-nothing', 'err-create-nothing', 'err-apply-nothing', 'err-set-image-nothing', 'err-edit-nothing', 'err-unexpected-args',
  'dry-run-no-image', 'dry-run-requests', 'dry-run-limits', 'dry-run-no-name', 'dry-run-bad-restart', 'dry-run-attach-dry',
  'dry-run-bad-env', 'dry-run-bad-port', 'dry-run-expose-no-port', 'dry-run-bad-dry-run', 'dry-run-bad-output', 'dry-run-rm-no-attach',
  'dry-deploy-no-image', 'dry-secret-no-kind', 'dry-svc-no-tcp', 'err-explain-unknown',
];

describe('parseKubectl refuses like kubectl v1.32', () => {
  it.each(PARSE_TIME)('%s', (id) => {
    const want = captured(id);
    const got = parseKubectl(want.argv);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.stderr).toBe(want.stderr);
    expect(got.exitCode).toBe(want.exitCode);
  });
});
