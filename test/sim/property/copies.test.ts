// Properties of the engine's own helpers: `jsonEqual` agrees with comparing JSON text, names are
// measured in UTF-8 as TextEncoder would, and a process copy is equal to the original, shares no
// changeable part with it, and steps the same.
import { describe, expect, it } from 'vitest';
import { byteLength } from '../../../src/sim/api/validate-names.js';
import { jsonEqual } from '../../../src/sim/json-equal.js';
import { cloneProc } from '../../../src/sim/proc/clone.js';
import { stepProcess } from '../../../src/sim/proc/index.js';
import { sh } from '../proc/driver.js';
import { Gen } from './gen.js';

const LEAVES: readonly unknown[] = [0, -0, 1, 2.5, Number.NaN, Infinity, -Infinity, '', 'a', 'b', true, false, null, undefined];

/** A random plain value; `near` makes one that differs from it in at most one place. */
function value(g: Gen, depth = 0): unknown {
  if (depth > 3 || g.bool(0.4)) return g.pick(LEAVES);
  if (g.bool()) return Array.from({ length: g.int(0, 3) }, () => value(g, depth + 1));
  return Object.fromEntries(Array.from({ length: g.int(0, 3) }, () => [g.pick(['a', 'b', 'c', '1', '0']), value(g, depth + 1)]));
}

function near(g: Gen, v: unknown): unknown {
  if (g.bool(0.3) || v === null || typeof v !== 'object') return g.bool(0.5) ? v : g.pick(LEAVES);
  if (Array.isArray(v)) return v.map((x) => (g.bool(0.3) ? near(g, x) : x));
  const entries = Object.entries(v);
  if (g.bool(0.2)) entries.reverse();
  return Object.fromEntries(entries.map(([k, x]) => [k, g.bool(0.3) ? near(g, x) : x]));
}

describe('jsonEqual is JSON.stringify equality', () => {
  it.each(Array.from({ length: 400 }, (_, i) => i))('seed %i', (seed) => {
    const g = new Gen(seed);
    const a = value(g);
    const b = g.bool(0.5) ? near(g, a) : value(g);
    expect(jsonEqual(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
  });
});

describe('byteLength is the UTF-8 length', () => {
  it.each(Array.from({ length: 200 }, (_, i) => i))('seed %i', (seed) => {
    const g = new Gen(seed);
    let text = '';
    const n = g.int(0, 30);
    // ASCII, two- and three-byte characters, pairs, and lone halves of pairs.
    for (let i = 0; i < n; i++) text += String.fromCharCode(g.pick([g.int(0x20, 0x7e), g.int(0x80, 0x7ff), g.int(0x800, 0xffff), 0xd83d, 0xde00]));
    expect(byteLength(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('a process copy', () => {
  const SCRIPTS = [
    'i=0; while true; do i=$((i+1)); echo "tick $i $(date +%s)"; sleep 3; done',
    'trap "echo bye; exit 0" TERM; while true; do sleep 1; done',
    'sleep 2 & sleep 5 & wait; echo done',
    'for x in a b c; do echo $x; sleep 1; done; f() { echo in-f; }; f',
  ];
  it.each(SCRIPTS)('%s', (script) => {
    const d = sh(script).advanceTo(4500);
    const copy = cloneProc(d.proc);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(d.proc));
    d.tw.now = 9000;
    const before = JSON.stringify(d.proc);
    const a = stepProcess(d.proc, d.tw.world());
    const b = stepProcess(copy, d.tw.world());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // Stepping either one leaves the other as it was.
    expect(JSON.stringify(d.proc)).toBe(before);
  });
});
