// `podlab clock [+DURATION | xSPEED]`: show the practice clusters' clock, jump it ahead, or set
// its speed. The clock is shared by every context's cluster, as time is in the real world.
import { formatRfc3339 } from '../sim/time.js';
import { clusterNow, formatAge, formatSpeed, jumpAhead, parseJump, parseSpeed, withSpeed } from './clock.js';
import { CLOCK_USAGE, practiceText } from './messages.js';
import type { PracticeSave } from './save.js';
import { withSave, type SaveIO } from './transact.js';

/** What `podlab clock` needs from outside. */
export interface ClockDeps extends SaveIO {
  readonly out: (text: string) => void;
}

function describe(save: PracticeSave, wallMs: number) {
  const now = clusterNow(save, wallMs);
  return { time: formatRfc3339(save.startEpochMs + now), age: formatAge(now), speed: formatSpeed(save.speed) };
}

/** Runs `podlab clock ARGS`; exit 0, 1 when the save cannot be used, 2 for a bad argument. */
export async function practiceClock(args: readonly string[], deps: ClockDeps): Promise<number> {
  const t = practiceText(deps.lang);
  const arg = args[0];
  if (arg === '--help' || arg === '-h') {
    deps.out(t('clockHelp') + '\n');
    return 0;
  }
  if (args.length > 1) {
    deps.warn(t('clockUsage') + '\n');
    return 2;
  }
  const jump = arg === undefined ? undefined : parseJump(arg);
  const speed = arg === undefined ? undefined : parseSpeed(arg);
  if (arg !== undefined && jump === undefined && speed === undefined) {
    deps.warn(t('badClockArg', { arg, usage: CLOCK_USAGE }) + '\n');
    return 2;
  }
  const done = await withSave(deps, ({ save, wallMs }) => {
    const next = jump !== undefined ? jumpAhead(save, jump) : speed !== undefined ? withSpeed(save, speed, wallMs) : undefined;
    return { value: wallMs, ...(next ? { next } : {}) };
  });
  if (!done.ok) {
    deps.warn(done.message + '\n');
    return 1;
  }
  const shown = describe(done.save, done.value);
  if (jump !== undefined) deps.out(t('jumped', { by: formatAge(jump), ...shown }) + '\n');
  else if (speed === 0) deps.out(t('speedStopped') + '\n');
  else if (speed !== undefined) deps.out(t('speedSet', { speed: shown.speed, speedNumber: speed }) + '\n');
  else {
    deps.out(t('clockNow', shown) + '\n');
    if (done.save.speed === 0) deps.out(t('clockStopped') + '\n');
  }
  return 0;
}
