// A seeded generator (mulberry32) kept in the simulator's state as one unsigned 32-bit number.
// Pure: each draw returns the value and the next state, so runs replay byte for byte.

/** The generator's whole state. */
export type RngState = number;

export function seedRng(seed: number): RngState {
  return seed >>> 0;
}

/** The float in [0, 1) that the state `next` (just advanced) gives. */
function drawFrom(next: RngState): number {
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** One draw: a float in [0, 1) and the next state. */
export function nextFloat(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  return [drawFrom(next), next];
}

/** An integer in [0, n). */
export function nextInt(state: RngState, n: number): [number, RngState] {
  const [f, next] = nextFloat(state);
  return [Math.floor(f * n), next];
}

const HEX_DIGITS = '0123456789abcdef';

/** `count` lowercase hexadecimal digits, e.g. for container IDs. */
export function nextHex(state: RngState, count: number): [string, RngState] {
  // The draws of `nextInt(s, 16)`, one per digit, without a pair per draw or a string per digit.
  const n = count > 0 ? Math.ceil(count) : 0;
  const digits = new Array<string>(n);
  let s = state;
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    digits[i] = HEX_DIGITS[Math.floor(drawFrom(s) * 16)];
  }
  return [digits.join(''), s];
}

/** An RFC 4122 version-4 shaped UID, like the API server assigns. */
export function nextUid(state: RngState): [string, RngState] {
  const [hex, next] = nextHex(state, 32);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const uid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return [uid, next];
}
