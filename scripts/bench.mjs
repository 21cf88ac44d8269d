// `npm run bench`: whole-process timings, each pair run alternately, medians printed.
// Goals (the foundation issue): --version within 1.5x of bare node; the app's first frame within
// 1.2x of a minimal Ink app bundled the same way.
// Goals (the simulator issue), each a bundled script in its own process, timed spawn to exit:
// 24 simulated hours of a probed nginx and a crash loop within 0.5 s; 1,000 pods on 50 nodes
// for an hour within 2 s; 10,000 pods on 100 nodes within 12x of the 1,000-pod time.
// `node scripts/bench.mjs sim` (or `app`) runs one part only. BENCH_RUNS, BENCH_SIM_RUNS and
// BENCH_BIG_RUNS set the number of runs.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pty from '@lydell/node-pty';
import { buildOptions } from './build-options.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SIM_RUNS = Number(process.env.BENCH_SIM_RUNS ?? 7);
const BIG_RUNS = Number(process.env.BENCH_BIG_RUNS ?? 3);
const part = process.argv[2] ?? 'all';
const work = mkdtempSync(join(tmpdir(), 'podlab-bench-'));
const cli = resolve('dist/cli.js');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

function timeProcess(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'pipe', env: { ...process.env, PODLAB_HOME: work } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Time from spawn until the terminal shows `marker`. */
function timeFirstFrame(args, marker) {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const p = pty.spawn(process.execPath, args, {
      cols: 100, rows: 30, env: { ...process.env, CI: 'false', PODLAB_HOME: work, LANG: 'en_US.UTF-8' },
    });
    let out = '';
    let seen = false;
    const timer = setTimeout(() => { p.kill(); fail(new Error(`no first frame showing ${marker}: ${out}`)); }, 10_000);
    p.onData((d) => {
      out += d;
      if (!seen && out.includes(marker)) {
        seen = true;
        const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        p.kill();
        done(elapsed);
      }
    });
  });
}

async function pair(name, a, b, goal) {
  const xs = [];
  const ys = [];
  for (let i = 0; i < RUNS; i++) {
    xs.push(await a());
    ys.push(await b());
  }
  const ratio = median(xs) / median(ys);
  const verdict = ratio <= goal ? 'meets' : 'MISSES';
  console.log(`${name}: ${ms(median(xs))} vs ${ms(median(ys))} baseline, ratio ${ratio.toFixed(2)} (goal <= ${goal}: ${verdict})`);
}

const { entryPoints: _e, outdir: _o, splitting: _s, chunkNames: _c, ...same } = buildOptions;

/** One simulator run in its own process: wall time from spawn to exit, and what it reported. */
function timeSim(script, workload) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [script, workload], { stdio: 'pipe', encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`sim-run ${workload} exited ${r.status}: ${r.stderr}`);
  return { ms: elapsed, report: JSON.parse(r.stdout.trim().split('\n').pop()) };
}

/** Runs a workload `runs` times; prints the median wall time and the median peak RSS. */
function simSeries(script, workload, runs, label) {
  const out = [];
  for (let i = 0; i < runs; i++) out.push(timeSim(script, workload));
  const wall = median(out.map((o) => o.ms));
  const rss = median(out.map((o) => o.report.maxRssKiB)) / 1024;
  const r = out[0].report;
  console.log(`  ${label}: ${r.describe}`);
  console.log(`    ${ms(wall)} median of ${runs} (peak RSS ${rss.toFixed(0)} MiB; ${r.pods} pods, ${r.events} events)`);
  return wall;
}

const verdict = (ok) => (ok ? 'meets' : 'MISSES');

async function simBench() {
  const script = join(work, 'sim-run.js');
  await build({ ...same, entryPoints: ['bench/sim-run.ts'], outfile: script });
  console.log('simulator: bundled bench/sim-run.ts, one process per run, wall time spawn to exit');
  const probes = simSeries(script, 'probes24h', SIM_RUNS, 'probes24h');
  console.log(`  -> 24 h of probes and a crash loop: ${ms(probes)} (goal <= 500 ms: ${verdict(probes <= 500)})`);
  const small = simSeries(script, 'cluster1k', SIM_RUNS, 'cluster1k');
  console.log(`  -> 1,000 pods for 1 h: ${ms(small)} (goal <= 2000 ms: ${verdict(small <= 2000)})`);
  const big = simSeries(script, 'cluster10k', BIG_RUNS, 'cluster10k');
  const ratio = big / small;
  console.log(`  -> 10,000 pods for 1 h: ${ms(big)}, ${ratio.toFixed(1)}x the 1,000-pod time (goal <= 12x: ${verdict(ratio <= 12)})`);
}

async function appBench() {
  const minimal = join(work, 'minimal-ink.js');
  await build({ ...same, entryPoints: ['bench/minimal-ink.tsx'], outfile: minimal });
  console.log(`podlab bench: ${RUNS} runs of each, alternating, median wall time per whole process`);
  await pair('podlab --version vs node -e 0', () => timeProcess([cli, '--version']), () => timeProcess(['-e', '0']), 1.5);
  await pair('app first frame vs minimal Ink app', () => timeFirstFrame([cli], 'Lessons'), () => timeFirstFrame([minimal], 'minimal ink ready'), 1.2);
}

try {
  if (part !== 'sim') await appBench();
  if (part !== 'app') await simBench();
} finally {
  rmSync(work, { recursive: true, force: true });
}
