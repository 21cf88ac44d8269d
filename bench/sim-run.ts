// The simulator benchmark's child process: `node sim-run.js <workload>` creates the workload's
// manifests through the API server path, runs the engine, and prints one JSON line (what ran,
// peak RSS, and with BENCH_DIGEST=1 a digest of everything observable, to compare two builds;
// BENCH_DUMP=1 also writes the parts to stderr, to find where two builds differ).
import { createObject } from '../src/sim/api/index.js';
import type { KubeObject } from '../src/sim/api/types.js';
import { getEvents, getLogs, getPods, getWatchRows, getWarnings, init, runUntil, type SimEvent } from '../src/sim/index.js';
import { WORKLOADS } from './sim-workloads.js';

const START = Date.UTC(2025, 0, 1);

/** FNV-1a over a string, folded into a running value: cheap and stable across runs. */
function fnv(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193) >>> 0;
  }
  return x;
}

function main(): void {
  const name = process.argv[2] ?? '';
  const make = WORKLOADS[name];
  if (!make) {
    process.stderr.write(`unknown workload ${name}; one of ${Object.keys(WORKLOADS).join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  const w = make();
  const objects: KubeObject[] = [];
  let rng = 1;
  for (const m of w.manifests) {
    const r = createObject(m, rng);
    if (!r.ok || !r.object) throw new Error(`${name}: manifest refused: ${JSON.stringify(r)}`);
    rng = r.rng;
    objects.push(r.object);
  }
  let state = init({ objects, startEpochMs: START }, 1);
  let events: SimEvent[];
  [state, events] = runUntil(state, w.untilMs);
  const pods = getPods(state);
  const out: Record<string, unknown> = {
    workload: name, describe: w.describe, pods: pods.length, events: events.length,
    running: pods.filter((p) => p.status?.phase === 'Running').length,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  // With --expose-gc: the live heap at the end (what the state holds, without garbage).
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    out.liveHeapMiB = Math.round(process.memoryUsage().heapUsed / 1048576);
  }
  if (process.env.BENCH_DIGEST === '1') {
    let h = 0x811c9dc5;
    for (const e of events) h = fnv(h, JSON.stringify(e));
    for (const e of getEvents(state)) h = fnv(h, JSON.stringify(e));
    for (const r of getWatchRows(state)) h = fnv(h, JSON.stringify(r));
    for (const p of pods) {
      h = fnv(h, JSON.stringify(p));
      for (const c of p.spec.containers) {
        for (const previous of [false, true]) {
          const logs = getLogs(state, { namespace: p.metadata.namespace, pod: p.metadata.name ?? '', container: c.name, previous });
          h = fnv(h, JSON.stringify(logs));
        }
      }
    }
    h = fnv(h, JSON.stringify(getWarnings(state)));
    out.digest = h.toString(16);
    if (process.env.BENCH_DUMP) {
      const parts = {
        events: events.map((e) => JSON.stringify(e)), all: getEvents(state).map((e) => JSON.stringify(e)),
        rows: getWatchRows(state).map((r) => JSON.stringify(r)), pods: pods.map((p) => JSON.stringify(p)),
      };
      process.stderr.write(Object.entries(parts).map(([k, v]) => v.map((x) => `${k} ${x}`).join('\n')).join('\n') + '\n');
    }
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main();
