/** `podlab sim FILE... [--for DURATION] [--json] [--seed N] [--start RFC3339]`. */
import { EXIT, type CommandRun } from '../cli/context.js';
import { buildSimInput } from './sim-input.js';
import { DEFAULT_RUN_MS, durationFlag, seedFlag, timeFlag } from './sim-flags.js';
import { runJson } from './sim-json.js';
import { printRun } from './sim-print.js';
import { podlabVersion, problemLines, readInputs } from './sim-read.js';
import { runSimulation } from './sim-run.js';

export const run: CommandRun = async (ctx) => {
  const duration = durationFlag(ctx, 'for', DEFAULT_RUN_MS);
  const seed = seedFlag(ctx, 'seed', 1);
  // The CLI reads the clock; the engine never does.
  const start = timeFlag(ctx, 'start', Date.now);
  for (const flag of [duration, seed, start]) {
    if (!flag.ok) {
      ctx.io.err(flag.message + '\n');
      return EXIT.usage;
    }
  }
  if (!duration.ok || !seed.ok || !start.ok) return EXIT.usage;
  const read = await readInputs(ctx);
  const built = read.problems.length === 0 ? buildSimInput(read.docs, seed.value, start.value) : undefined;
  if (!built || !built.ok) {
    ctx.io.err(problemLines(built ? built.problems : read.problems, ctx.positionals));
    return EXIT.usage;
  }
  const result = runSimulation(built.input, seed.value, duration.value);
  const common = { startEpochMs: start.value, seed: seed.value, notes: built.notes, timeline: built.timeline };
  ctx.io.out(ctx.flags.json === true
    ? runJson(result, { ...common, version: podlabVersion() })
    : printRun(result, { ...common, lang: ctx.lang }));
  return EXIT.ok;
};
