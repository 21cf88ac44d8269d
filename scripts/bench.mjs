// `npm run bench`: whole-process timings, each pair run alternately, medians printed.
// Goals (the foundation issue): --version within 1.5x of bare node; the app's first frame within
// 1.2x of a minimal Ink app bundled the same way.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pty from '@lydell/node-pty';
import { buildOptions } from './build-options.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
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

const minimal = join(work, 'minimal-ink.js');
const { entryPoints: _e, outdir: _o, splitting: _s, chunkNames: _c, ...same } = buildOptions;
await build({ ...same, entryPoints: ['bench/minimal-ink.tsx'], outfile: minimal });

console.log(`podlab bench: ${RUNS} runs of each, alternating, median wall time per whole process`);
await pair('podlab --version vs node -e 0', () => timeProcess([cli, '--version']), () => timeProcess(['-e', '0']), 1.5);
await pair('app first frame vs minimal Ink app', () => timeFirstFrame([cli], 'Lessons'), () => timeFirstFrame([minimal], 'minimal ink ready'), 1.2);
rmSync(work, { recursive: true, force: true });
