// Re-runs every captured invocation against real kubectl v1.32 and checks the stored fixtures
// still match (PODLAB_KUBECTL_FIXTURES=check), or rewrites them (PODLAB_KUBECTL_FIXTURES=rewrite).
// Opt-in: it starts some 260 kubectl processes, and the describe cases align to the wall clock,
// so it is skipped in ordinary runs and whenever kubectl v1.32 is not installed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureKubectl, findKubectl132 } from './capture.js';
import { ALL_CASES, FILES } from './capture-cases.js';
import { CAPTURED_DIR, captured, fixturePath } from './fixtures.js';
import { mainWorld } from './worlds.js';

const mode = process.env.PODLAB_KUBECTL_FIXTURES;
const kubectl = mode === 'check' || mode === 'rewrite' ? findKubectl132() : undefined;

describe.skipIf(!kubectl)('fixtures match real kubectl v1.32', () => {
  it.each(ALL_CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const got = await captureKubectl(kubectl as string, mainWorld, c.argv, { clock: c.clock, files: { ...FILES, ...c.files } });
    if (mode === 'rewrite') {
      mkdirSync(CAPTURED_DIR, { recursive: true });
      writeFileSync(fixturePath(c.id), `${JSON.stringify(got, null, 2)}\n`);
    } else {
      expect(got).toEqual(captured(c.id));
    }
  });
});
