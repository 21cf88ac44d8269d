/** Calendar days in local time, as `YYYY-MM-DD`. Pure apart from the process time zone. */

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day before `date`'s day (by calendar, so DST days of 23 or 25 hours count as one). */
export function previousDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - 1, 12);
}

/** `days` with `day` added, sorted, without duplicates. */
export function withDay(days: readonly string[], day: string): readonly string[] {
  return days.includes(day) ? days : [...days, day].sort();
}
