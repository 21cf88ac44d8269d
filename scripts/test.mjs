// The one test command: build (the end-to-end tests drive dist/cli.js), type-check, run vitest,
// then print the closing line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const extra = process.argv.slice(2);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

let failedSteps = 0;
if (run('node', ['scripts/build.mjs']) !== 0) failedSteps++;
if (run('npx', ['--no-install', 'tsc', '--noEmit']) !== 0) {
  console.error('Type check failed.');
  failedSteps++;
}

const dir = mkdtempSync(join(tmpdir(), 'podlab-test-'));
const report = join(dir, 'vitest.json');
run('npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);

let passed = 0;
let failed = failedSteps;
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed += result.numFailedTests;
  // A file that failed without any failing test (an import error, a crash in a hook) ran
  // nothing: count it once, or a broken file would pass unnoticed.
  for (const file of result.testResults ?? []) {
    const anyFailed = (file.assertionResults ?? []).some((t) => t.status === 'failed');
    if (file.status === 'failed' && !anyFailed) failed++;
  }
  if (result.numTotalTests === 0) failed++;
} catch {
  console.error('vitest wrote no report.');
  failed++;
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
