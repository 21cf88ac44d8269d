import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseManifestText } from '../../../src/manifest/read.js';
import { explainInputs, explainPod, type PodExplanation } from '../../../src/sim/explain/index.js';
import { parseRfc3339 } from '../../../src/sim/status/index.js';

// Every fixture is a `kubectl get pod -o yaml` snapshot with the time it was taken on its first
// line (`# now: ...`). Most were dumped from simulator runs; the rest were edited by hand from
// them (each says so) for statuses a run does not produce.
export const DIR = resolve(__dirname, '../../fixtures/explain');

export function explainFixture(file: string, lang: 'en' | 'ko' = 'en'): PodExplanation[] {
  const text = readFileSync(join(DIR, file), 'utf8');
  const now = parseRfc3339(/^# now: (\S+)/.exec(text)?.[1] ?? '2025-01-01T00:10:00Z')!;
  return parseManifestText(file, text).docs.flatMap((d) => explainInputs(d.value))
    .flatMap((i) => (i.kind === 'pod' ? [explainPod(i.pod, now, lang)] : []));
}

