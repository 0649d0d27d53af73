/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

const MS_PER_DAY = 86_400_000;

function toUtcMs(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/**
 * Whole days from `from` to `to`; negative when `to` is earlier.
 * @example daysBetween('2026-03-31', '2026-04-10') // 10
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** The date `days` after `isoDate`. @example addDays('2026-03-31', 1) // '2026-04-01' */
export function addDays(isoDate: string, days: number): string {
  return new Date(toUtcMs(isoDate) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "2026-03" for a date, the month a deadline falls in. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
