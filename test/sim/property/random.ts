// The seeded random source of the property and fuzz tests, over the simulator's own mulberry32
// generator: the same seed gives the same cases.
import { nextFloat, seedRng, type RngState } from '../../../src/sim/rng.js';

/** A small random source over the simulator's own mulberry32 generator. */
export class Gen {
  private state: RngState;
  constructor(seed: number) {
    this.state = seedRng(seed);
  }
  float(): number {
    const [f, next] = nextFloat(this.state);
    this.state = next;
    return f;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }
  bool(p = 0.5): boolean {
    return this.float() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)];
  }
  /** Some of `xs`, in order. */
  some<T>(xs: readonly T[], p = 0.5): T[] {
    return xs.filter(() => this.bool(p));
  }
}

/** `xs` in a random order. */
export function shuffle<T>(g: Gen, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = g.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
