// Helpers shared by the simulated programs.

import type { CmdCtx } from '../../shell/command-types.js';
import type { SignalAction, Stream, TimedLog } from '../behaviour-types.js';

export const MiB = 1024 * 1024;

/** A log line `afterMs` after the program started. */
export const line = (afterMs: number, text: string, stream: Stream = 'stdout'): TimedLog => ({ afterMs, text, stream });
export const errLine = (afterMs: number, text: string): TimedLog => line(afterMs, text, 'stderr');

/**
 * Go programs: the runtime handles SIGTERM, SIGINT, SIGHUP and SIGQUIT itself (even as PID 1)
 * and exits with status 2 when the program did not ask for them (os/signal docs).
 */
export const GO_SIGNALS: Readonly<Partial<Record<'SIGTERM' | 'SIGINT' | 'SIGHUP' | 'SIGQUIT', SignalAction>>> = {
  SIGTERM: { exitCode: 2 }, SIGINT: { exitCode: 2 }, SIGHUP: { exitCode: 2 }, SIGQUIT: { exitCode: 2 },
};

/** The image's software version when the image is `kind`, else `fallback` (a program run elsewhere). */
export function versionOf(ctx: CmdCtx, kind: string, fallback: string): string {
  return ctx.world.image.kind === kind ? ctx.world.image.version : fallback;
}

/** Reads a file, '' when missing. */
export const readText = (ctx: CmdCtx, path: string) => ctx.world.fs.read(path) ?? '';
