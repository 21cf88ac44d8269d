import { EXIT, type CommandRun } from '../cli/context.js';
import { cliText } from '../cli/messages.js';

/** Commands that work without a terminal, named when the app cannot open. */
const NON_INTERACTIVE = [
  'podlab lessons --json',
  'podlab quiz --plain',
  'podlab sim FILE...',
  'podlab explain FILE|-',
  'podlab kubectl ARGS...',
  'podlab validate [DIR]',
  'podlab progress [--json]',
];

/** `podlab` and `podlab lesson ID`: the full-screen app. */
export const run: CommandRun = async (ctx) => {
  if (!ctx.io.isInteractive) {
    const commands = NON_INTERACTIVE.map((c) => '  ' + c).join('\n');
    ctx.io.err(cliText(ctx.lang)('noTty', { commands }) + '\n');
    return EXIT.usage;
  }
  const { openApp } = await import('./app-wiring.js');
  return openApp(ctx);
};
