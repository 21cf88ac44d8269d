/**
 * What is due, and when: for `--review`, the home screen and the progress dashboard. Cards may
 * be ts-fsrs cards or stored ones (dates as ISO strings); both are read the same way.
 */

/** Anything with a due date. */
export interface HasDue {
  readonly due: Date | string;
}

/** One answer of a question's history. */
export interface AnswerLike {
  readonly at: string;
  readonly correct: boolean;
}

const DAY_MS = 86_400_000;

function dueMs(card: HasDue): number {
  return typeof card.due === 'string' ? Date.parse(card.due) : card.due.getTime();
}

/** Ids of the cards due at `now`, most overdue first (ties by id). A card with no valid date is skipped. */
export function dueIds(cards: Readonly<Record<string, HasDue>>, now: Date): string[] {
  const at = now.getTime();
  return Object.entries(cards)
    .map(([id, card]) => [id, dueMs(card)] as const)
    .filter(([, ms]) => ms <= at)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id]) => id);
}

/** The earliest due date after `now`, if any card is not due yet. */
export function nextDue(cards: Readonly<Record<string, HasDue>>, now: Date): Date | undefined {
  const later = Object.values(cards).map(dueMs).filter((ms) => ms > now.getTime());
  return later.length === 0 ? undefined : new Date(Math.min(...later));
}

/** Ids whose latest answer (by time) was wrong. */
export function missedIds(answers: Readonly<Record<string, readonly AnswerLike[]>>): string[] {
  return Object.entries(answers)
    .filter(([, list]) => list.length > 0 && !list.reduce((a, b) => (Date.parse(b.at) >= Date.parse(a.at) ? b : a)).correct)
    .map(([id]) => id)
    .sort();
}

/** The review pool: due cards first (most overdue first), then missed questions not yet listed. */
export function reviewIds(
  cards: Readonly<Record<string, HasDue>>,
  answers: Readonly<Record<string, readonly AnswerLike[]>>,
  now: Date,
): string[] {
  const due = dueIds(cards, now);
  const seen = new Set(due);
  return [...due, ...missedIds(answers).filter((id) => !seen.has(id))];
}

/** Cards due on one calendar day. */
export interface ForecastDay {
  /** `YYYY-MM-DD` in the caller's time zone. */
  readonly date: string;
  readonly count: number;
}

export interface ForecastOptions {
  /** How many days, today included. Default 14. */
  readonly days?: number;
  /**
   * Minutes east of UTC of the learner's time zone (`-new Date().getTimezoneOffset()`), so days
   * break at local midnight. Default 0 (UTC).
   */
  readonly utcOffsetMinutes?: number;
}

function dayNumber(ms: number, offsetMs: number): number {
  return Math.floor((ms + offsetMs) / DAY_MS);
}

/** Reviews due per day from today on; today also counts every overdue card. */
export function forecast(cards: Readonly<Record<string, HasDue>>, now: Date, options: ForecastOptions = {}): ForecastDay[] {
  const days = options.days ?? 14;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`forecast: days must be a whole number of at least 1, got ${days}`);
  const offsetMs = (options.utcOffsetMinutes ?? 0) * 60_000;
  const today = dayNumber(now.getTime(), offsetMs);
  const counts = new Array<number>(days).fill(0);
  for (const card of Object.values(cards)) {
    const ms = dueMs(card);
    if (Number.isNaN(ms)) continue;
    const index = Math.max(0, dayNumber(ms, offsetMs) - today);
    if (index < days) counts[index]++;
  }
  return counts.map((count, i) => ({ date: new Date((today + i) * DAY_MS).toISOString().slice(0, 10), count }));
}
