// `clock` in the lab: the lab's own clock, paused or playing at one of its speeds, and jumps.
import type { Lang } from '../../i18n/index.js';
import { formatAge, parseJump } from '../clock.js';
import { advanceLab, labNow, type LabLive } from './lab-live.js';
import { LAB_SPEEDS, type LabSpeed } from './lab-run.js';
import { labText } from './messages.js';

/** `x10`, `10x`, `10` → a lab speed; undefined when it is not one the lab offers. */
export function parseLabSpeed(word: string): LabSpeed | undefined {
  const m = /^[x×]?(\d+)[x×]?$/i.exec(word);
  return m ? LAB_SPEEDS.find((s) => s === Number(m[1])) : undefined;
}

/** The clock's state in one line. */
export function clockLine(lab: LabLive, lang: Lang): string {
  const t = labText(lang);
  return t('clockState', { time: formatAge(labNow(lab)), state: lab.isPaused ? t('paused') : t('playing', { speed: lab.speed }) });
}

/** Runs `clock [ARG]`; the line to print. */
export function runClock(lab: LabLive, args: readonly string[], lang: Lang): { readonly text: string; readonly isError: boolean } {
  const t = labText(lang);
  const [arg, extra] = args;
  if (extra !== undefined) return { text: t('clockUsage'), isError: true };
  if (arg === undefined) return { text: clockLine(lab, lang), isError: false };
  if (arg === 'pause' || arg === 'stop') lab.isPaused = true;
  else if (arg === 'play' || arg === 'start' || arg === 'resume') lab.isPaused = false;
  else if (arg.startsWith('+')) {
    const ms = parseJump(arg);
    if (ms === undefined) return { text: t('clockUsage'), isError: true };
    advanceLab(lab, labNow(lab) + ms);
    return { text: t('jumped', { by: arg.slice(1), time: formatAge(labNow(lab)) }), isError: false };
  } else {
    const speed = parseLabSpeed(arg);
    if (speed === undefined) return { text: t('clockUsage'), isError: true };
    lab.speed = speed;
    lab.isPaused = false;
  }
  return { text: clockLine(lab, lang), isError: false };
}
