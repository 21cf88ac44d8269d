// Re-runs every captured invocation against real kubectl v1.32 (when it is installed) and checks
// the stored fixtures still match; PODLAB_RECAPTURE=1 rewrites them instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureKubectl, findKubectl132 } from './capture.js';
import { ALL_CASES, FILES } from './capture-cases.js';
import { CAPTURED_DIR, captured, fixturePath } from './fixtures.js';
import { mainWorld } from './worlds.js';

const kubectl = findKubectl132();
const rewrite = process.env.PODLAB_RECAPTURE === '1';

describe.skipIf(!kubectl)('fixtures match real kubectl v1.32', () => {
  it.each(ALL_CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const got = await captureKubectl(kubectl as string, mainWorld, c.argv, { clock: c.clock, files: { ...FILES, ...c.files } });
    if (rewrite) {
      mkdirSync(CAPTURED_DIR, { recursive: true });
      writeFileSync(fixturePath(c.id), `${JSON.stringify(got, null, 2)}\n`);
    } else {
      expect(got).toEqual(captured(c.id));
    }
  });
});
