import { cliText } from '../cli/messages.js';
import { EXIT, type CommandRun } from '../cli/context.js';

/** Stands in for a command that a later piece of work builds. */
export const run: CommandRun = async (ctx) => {
  ctx.io.err(cliText(ctx.lang)('notAvailable', { cmd: ctx.name }) + '\n');
  return EXIT.failed;
};
