/**
 * mulberry32: a small seeded generator whose whole state is one unsigned 32-bit number, so a
 * session can be replayed from its seed. Each draw returns the value and the next state.
 */

/** The generator's state. */
export type Rng = number;

/** Any finite number becomes a state; the same seed always gives the same sequence. */
export function seedRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seedRng: the seed must be a finite number, got ${seed}`);
  return Math.trunc(seed) >>> 0;
}

/** A float in [0, 1) and the next state. */
export function nextFloat(state: Rng): [number, Rng] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** An integer in [0, n). */
export function nextInt(state: Rng, n: number): [number, Rng] {
  const [f, next] = nextFloat(state);
  return [Math.floor(f * n), next];
}

/** A shuffled copy (Fisher–Yates) and the next state. The input is left as it is. */
export function shuffle<T>(items: readonly T[], state: Rng): [T[], Rng] {
  const out = [...items];
  let rng = state;
  for (let i = out.length - 1; i > 0; i--) {
    let j: number;
    [j, rng] = nextInt(rng, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return [out, rng];
}
