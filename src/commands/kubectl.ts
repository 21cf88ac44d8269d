import type { CommandRun } from '../cli/context.js';
import { practiceKubectl } from '../practice/kubectl.js';
import { processDeps } from '../practice/process-deps.js';

/** `podlab kubectl ARGS...`: kubectl against the saved practice cluster. */
export const run: CommandRun = (ctx) => practiceKubectl(ctx.positionals, processDeps(ctx));
