// Fuzzing mutations of valid manifests: a value of the wrong type, a missing field, a garbage or
// unicode string, a huge or non-finite number, deep nesting, an unknown field, or a broken root.
import { Gen, validManifests, validPod, type Json } from '../property/gen.js';

/** Every [container, key] pair in a document (arrays by index), for picking a spot to mutate. */
function spots(value: unknown, out: [Json | unknown[], string | number][] = [], depth = 0): [Json | unknown[], string | number][] {
  if (depth > 40 || value === null || typeof value !== 'object') return out;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      spots(v, out, depth + 1);
    });
    return out;
  }
  for (const [k, v] of Object.entries(value as Json)) {
    out.push([value as Json, k]);
    spots(v, out, depth + 1);
  }
  return out;
}

const STRINGS = [
  '', ' ', '-', 'a'.repeat(300), 'x'.repeat(20_000), '\u0000', 'null', 'true', '0', '-1', '1e309', 'NaN', '0x1F', '${HOME}', '$(VAR)',
  '../../etc/passwd', '%s%n', 'line\nbreak', '\t\r', 'Ünïcödé', '😀🚀', '\u202Eevil', 'e\u0301', '\ud800', '\udfff\ud800', '日本語の名前',
  'UPPER', 'has space', 'a:b', 'a/b/c', '*', '[]', '{}', "'quoted'", '"dq"', '\\', '100Mi', '1.5.5Gi', '-100m', '1e3', '9999999999999999999999Ei',
  'Always', 'Never', 'OnFailure', 'TCP', 'exec', 'http', 'sh -c', 'busybox', 'nginx:1.27',
];
const NUMBERS = [0, -0, 1, -1, 0.5, -0.5, 3.14159, 65535, 65536, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, -(2 ** 53), 1e21, 1e308, -1e308, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE];

/** Whole numbers at the edges of int32 and int64 fields (they decode; validation judges them). */
const INTS = [-1, 0, 1, 2, 59, 3600, 65535, 2 ** 31 - 1, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1)];

/** What a YAML 1.1 reader or a JSON parser can hand over besides plain data and plain keys. */
function exotic(g: Gen): unknown {
  switch (g.int(0, 7)) {
    case 0: return new Date(Date.UTC(2025, 0, 1));
    case 1: return new Map([['a', 1]]);
    case 2: return new Set(['x']);
    case 3: return new Uint8Array([1, 2, 3]);
    case 4: return JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}');
    case 5: return Object.create(null);
    case 6: return { constructor: 'x', toString: 'y', hasOwnProperty: 1, valueOf: null };
    default: return g.pick([-0, 2 ** 63, Number.MAX_SAFE_INTEGER + 2]);
  }
}

function garbage(g: Gen, depth = 0): unknown {
  if (g.bool(0.1)) return exotic(g);
  switch (g.int(0, depth > 2 ? 4 : 7)) {
    case 0: return g.pick(STRINGS);
    case 1: return g.pick(NUMBERS);
    case 2: return g.bool();
    case 3: return null;
    case 4: return undefined;
    case 5: return Array.from({ length: g.int(0, 3) }, () => garbage(g, depth + 1));
    case 6: return Object.fromEntries(Array.from({ length: g.int(0, 3) }, () => [g.pick(STRINGS).slice(0, 20), garbage(g, depth + 1)]));
    default: return randomString(g);
  }
}

function randomString(g: Gen): string {
  const n = g.int(0, 40);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(g.pick([g.int(0, 0x7f), g.int(0x80, 0xffff), g.int(0x20, 0x7e)]));
  return s;
}

/** A value of another JSON type than `v`. */
function retype(g: Gen, v: unknown): unknown {
  const choices: unknown[] = [g.pick(STRINGS), g.pick(NUMBERS), g.bool(), null, [], {}, [v], { value: v }];
  const other = choices.filter((c) => typeof c !== typeof v || Array.isArray(c) !== Array.isArray(v));
  return g.pick(other.length > 0 ? other : choices);
}

function nest(g: Gen, v: unknown): unknown {
  let out = v;
  const depth = g.pick([20, 200, 2000, 20_000]);
  for (let i = 0; i < depth; i++) out = g.bool() ? [out] : { a: out };
  return out;
}

/** Another value of the same JSON type: the kind of mistake that passes decoding. */
function sameType(g: Gen, v: unknown): unknown {
  if (typeof v === 'string') return g.bool(0.7) ? g.pick(STRINGS) : randomString(g);
  if (typeof v === 'number') return g.pick([g.pick(NUMBERS), g.pick(INTS), g.pick(INTS), g.int(-1000, 1_000_000)]);
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return g.pick([[], [...v, ...v], v.slice(1), [...v].reverse()]);
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0) return v;
    const { [g.pick(keys)]: _dropped, ...rest } = v as Json;
    return rest;
  }
  return v;
}

type Mutation = (g: Gen, target: Json | unknown[], key: string | number) => void;

const set = (target: Json | unknown[], key: string | number, v: unknown): void => {
  (target as Record<string | number, unknown>)[key] = v;
};
const get = (target: Json | unknown[], key: string | number): unknown => (target as Record<string | number, unknown>)[key];

const MUTATIONS: readonly Mutation[] = [
  (g, t, k) => set(t, k, sameType(g, get(t, k))),
  (g, t, k) => set(t, k, sameType(g, get(t, k))),
  (g, t, k) => set(t, k, sameType(g, get(t, k))),
  (g, t, k) => set(t, k, retype(g, get(t, k))),
  (_g, t, k) => {
    if (Array.isArray(t)) t.splice(Number(k), 1);
    else delete t[String(k)];
  },
  (g, t, k) => set(t, k, g.pick(STRINGS)),
  (g, t, k) => set(t, k, randomString(g)),
  (g, t, k) => set(t, k, g.pick(NUMBERS)),
  (g, t, k) => set(t, k, nest(g, get(t, k))),
  (g, t, k) => {
    const v = get(t, k);
    const key = g.pick(['unknownField', 'spec', 'metadata', '', '😀', 'x'.repeat(100), '__proto__', 'constructor', 'toString']);
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.defineProperty(v, key, { value: garbage(g), enumerable: true, writable: true, configurable: true });
    else set(t, k, garbage(g));
  },
  (g, t, k) => set(t, k, garbage(g)),
];

/** Something other than a mapping at the root, or a mapping without the type fields. */
function brokenRoot(g: Gen, doc: Json): unknown {
  switch (g.int(0, 6)) {
    case 0: return g.pick([null, undefined, 42, 'Pod', true, [], [doc]]);
    case 1: return { ...doc, apiVersion: g.pick([undefined, null, 1, 'v2', 'apps/v1', '', ['v1']]) };
    case 2: return { ...doc, kind: g.pick([undefined, null, 7, 'pod', 'Scenario', 'DaemonSet', 'List', '']) };
    case 3: return { ...doc, metadata: garbage(g) };
    case 4: return { ...doc, spec: garbage(g) };
    case 5: return { apiVersion: 'podlab.dev/v1', kind: 'Scenario', spec: garbage(g) };
    default: return nest(g, doc);
  }
}

/** One fuzzed document: a valid one with 1-4 mutations (or a broken root now and then). */
export function fuzzedManifest(seed: number): unknown {
  const g = new Gen(seed);
  const docs = g.bool(0.7) ? [validPod(g, 'fuzz')] : validManifests(g).docs;
  const doc = structuredClone(g.pick(docs));
  if (g.bool(0.08)) return brokenRoot(g, doc);
  const n = g.int(1, 4);
  for (let i = 0; i < n; i++) {
    const all = spots(doc);
    if (all.length === 0) break;
    const [target, key] = g.pick(all);
    g.pick(MUTATIONS)(g, target, key);
  }
  return doc;
}
