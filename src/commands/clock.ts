import type { CommandRun } from '../cli/context.js';
import { practiceClock } from '../practice/clock-run.js';
import { processDeps } from '../practice/process-deps.js';

/** `podlab clock [+DURATION | xSPEED]`: the practice clusters' clock. */
export const run: CommandRun = (ctx) => practiceClock(ctx.positionals, processDeps(ctx));
