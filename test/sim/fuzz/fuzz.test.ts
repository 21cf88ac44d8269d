// 10,000 fuzzed manifests through the API server's create path: each is either admitted or
// refused with a printable error, never thrown on. A sample of the admitted ones runs in the
// engine for simulated minutes, with a deletion, without throwing. A failure names its seed.
import { describe, expect, it } from 'vitest';
import { createObject, formatApiError, type KubeObject } from '../../../src/sim/api/index.js';
import { apply, init, runUntil } from '../../../src/sim/index.js';
import { seedRng } from '../../../src/sim/rng.js';
import { fuzzedManifest } from './mutate.js';

const TOTAL = 10_000;
const BATCH = 500;
/** One admitted manifest in this many also runs in the engine. */
const RUN_EVERY = 25;
const START = Date.UTC(2025, 0, 1);

const describeError = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 4).join('\n')}` : String(e));

/** Creates one fuzzed document; returns what went wrong, if anything. */
function check(seed: number, admitted: KubeObject[]): string | undefined {
  const raw = fuzzedManifest(seed);
  let r: ReturnType<typeof createObject>;
  try {
    r = createObject(raw, seedRng(7));
  } catch (e) {
    return `seed ${seed}: createObject threw ${describeError(e)}`;
  }
  if (r.ok) {
    if (r.object && seed % RUN_EVERY === 0) admitted.push(r.object);
    return undefined;
  }
  let text: string;
  try {
    text = formatApiError(r.error, { source: 'fuzz.yaml' });
  } catch (e) {
    return `seed ${seed}: formatApiError threw ${describeError(e)}`;
  }
  if (text.length === 0) return `seed ${seed}: empty error text`;
  for (const c of 'causes' in r.error ? r.error.causes : []) {
    if (typeof c.path !== 'string' || typeof c.message !== 'string' || c.message.length === 0) return `seed ${seed}: malformed cause ${JSON.stringify(c)}`;
  }
  return undefined;
}

/** Runs an admitted object in the engine: two minutes, a deletion, one more minute. */
function runInEngine(object: KubeObject, seed: number): string | undefined {
  try {
    let state = init({ objects: [object], startEpochMs: START }, seed);
    [state] = runUntil(state, 120_000);
    [state] = apply(state, { kind: 'delete', ref: { kind: object.kind, name: object.metadata.name ?? '', namespace: object.metadata.namespace } });
    runUntil(state, 180_000);
    return undefined;
  } catch (e) {
    return `seed ${seed}: the engine threw ${describeError(e)}`;
  }
}

describe('fuzzed manifests never throw', () => {
  const batches = Array.from({ length: TOTAL / BATCH }, (_, i) => i * BATCH);
  it.each(batches)('500 seeds from %i', (from) => {
    const problems: string[] = [];
    const admitted: KubeObject[] = [];
    for (let seed = from; seed < from + BATCH; seed++) {
      const p = check(seed, admitted);
      if (p) problems.push(p);
    }
    admitted.forEach((o, i) => {
      const p = runInEngine(o, from + i);
      if (p) problems.push(p);
    });
    expect(problems).toEqual([]);
  });
});
