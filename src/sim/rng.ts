// A seeded generator (mulberry32) kept in the simulator's state as one unsigned 32-bit number.
// Pure: each draw returns the value and the next state, so runs replay byte for byte.

/** The generator's whole state. */
export type RngState = number;

export function seedRng(seed: number): RngState {
  return seed >>> 0;
}

/** One draw: a float in [0, 1) and the next state. */
export function nextFloat(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** An integer in [0, n). */
export function nextInt(state: RngState, n: number): [number, RngState] {
  const [f, next] = nextFloat(state);
  return [Math.floor(f * n), next];
}

/** `count` lowercase hexadecimal digits, e.g. for container IDs. */
export function nextHex(state: RngState, count: number): [string, RngState] {
  let out = '';
  let s = state;
  while (out.length < count) {
    const [i, n] = nextInt(s, 16);
    out += i.toString(16);
    s = n;
  }
  return [out, s];
}

/** An RFC 4122 version-4 shaped UID, like the API server assigns. */
export function nextUid(state: RngState): [string, RngState] {
  const [hex, next] = nextHex(state, 32);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const uid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return [uid, next];
}
