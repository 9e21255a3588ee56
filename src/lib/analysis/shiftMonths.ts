import { dayOf, monthEnd } from './day.ts';

/**
 * The day `months` calendar months before (negative) or after `day`. A month end maps to the
 * target month's end (31 Mar − 1 month = 28 or 29 Feb, 29 Feb − 12 months = 28 Feb, 30 Apr − 1 month
 * = 31 Mar); any other day keeps its day of the month, clamped to the target month's length.
 */
export function shiftMonths(day: number, months: number): number {
  if (!Number.isInteger(months)) throw new RangeError(`invalid months: ${months} (expected an integer)`);
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const firstOfTarget = dayOf(y, m + 1, 1);
  const endOfTarget = monthEnd(firstOfTarget);
  if (monthEnd(day) === day) return endOfTarget;
  return Math.min(firstOfTarget + d.getUTCDate() - 1, endOfTarget);
}
