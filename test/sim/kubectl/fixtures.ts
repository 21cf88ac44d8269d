// Reads the stored captures of real kubectl output (fixtures/captured/<id>.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Captured } from './capture.js';

export const CAPTURED_DIR = join(__dirname, 'fixtures', 'captured');

export const fixturePath = (id: string): string => join(CAPTURED_DIR, `${id}.json`);

/** The stored capture for a case id; throws when it was never captured. */
export function captured(id: string): Captured {
  const path = fixturePath(id);
  if (!existsSync(path)) throw new Error(`no fixture ${id}: run PODLAB_KUBECTL_FIXTURES=rewrite npx vitest run test/sim/kubectl/recapture.test.ts`);
  return JSON.parse(readFileSync(path, 'utf8')) as Captured;
}
