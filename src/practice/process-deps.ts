// The real outside world for `podlab kubectl` and `podlab clock`: the wall clock, random seeds,
// timers, Ctrl+C and the user's editor. Tests pass their own.
import { randomInt } from 'node:crypto';
import type { CommandContext } from '../cli/context.js';
import { editFile } from './editor.js';
import type { PracticeDeps } from './kubectl.js';

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((done) => {
  const timer = setTimeout(done, ms);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    done();
  }, { once: true });
});

function onInterrupt() {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.on('SIGINT', stop);
  return { signal: controller.signal, dispose: () => void process.off('SIGINT', stop) };
}

/** Deps for a command run from the CLI. */
export function processDeps(ctx: CommandContext): PracticeDeps {
  return {
    env: ctx.env,
    lang: ctx.lang,
    cwd: ctx.cwd,
    out: ctx.io.out,
    warn: ctx.io.err,
    readStdin: ctx.io.readStdin,
    isLive: ctx.io.isInteractive,
    wallNow: () => Date.now(),
    newSeed: () => randomInt(0x7fffffff),
    sleep,
    onInterrupt,
    editFile: (extension) => editFile(extension, ctx.env),
  };
}
